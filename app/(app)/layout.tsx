import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Suspense } from "react";
import { cookies } from "next/headers";
import { getDb } from "@/lib/db";
import { WORKSPACE_COOKIE } from "@/lib/auth";
import { pageBrands, requirePageAuth } from "@/lib/page-auth";
import { AppNav } from "@/components/shell/app-nav";
import { BrandSwitcher } from "@/components/shell/brand-switcher";
import { WorkspaceSwitcher } from "@/components/shell/workspace-switcher";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { NotificationBell } from "@/components/notifications/bell";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const auth = await requirePageAuth();
  const chosen = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  const t = await getTranslations("shell");
  const tr = await getTranslations("roles");
  const db = getDb();
  const [memberships, brands] = await Promise.all([
    db.membership.findMany({
      where: { userId: auth.userId! },
      include: { workspace: true },
      orderBy: { createdAt: "asc" },
    }),
    pageBrands(auth.workspaceId),
  ]);
  return (
    <ClientMessages file="app/(app)/layout.tsx">
      <div className="min-h-screen" data-workspace={auth.workspaceSlug}>
        {/* The first Tab stop: past the header's dozen controls straight to the page. */}
        <a
          href="#main"
          data-testid="skip-link"
          className="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium text-brand-700 shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50"
        >
          {t("skipToContent")}
        </a>
        {/* On a phone the header is two short rows that scroll away, so the calendar keeps the screen. */}
        <header className="top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur sm:sticky">
          <div className="mx-auto flex max-w-[1400px] flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 max-sm:gap-x-1 max-sm:px-2 max-sm:py-1">
            <span className="mr-2 text-sm font-bold text-brand-700 max-sm:hidden">Social CM</span>
            <AppNav />
            <div className="ml-auto flex flex-wrap items-center gap-2 max-sm:gap-1">
              <WorkspaceSwitcher
                current={auth.workspaceSlug}
                stale={!!chosen && chosen !== auth.workspaceSlug}
                workspaces={memberships.map((m) => ({ slug: m.workspace.slug, name: m.workspace.name, role: m.role }))}
              />
              <Suspense>
                <BrandSwitcher brands={brands.map(({ slug, name }) => ({ slug, name }))} />
              </Suspense>
              <NotificationBell />
              <span className="hidden text-xs text-slate-500 md:inline" title={t("yourRole")}>
                {tr(auth.role)}
              </span>
              <SignOutButton />
            </div>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-[1400px] px-4 py-6 outline-none max-sm:px-2 max-sm:py-3">
          {children}
        </main>
      </div>
    </ClientMessages>
  );
}
