import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Providers } from "@/components/shell/providers";
import { ClientMessages } from "@/components/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: { default: "Social CM Orchestrator", template: "%s · Social CM" }, description: t("description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page render per request, so Next can put the proxy's CSP nonce on its scripts.
  await headers();
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        <ClientMessages file="app/layout.tsx">
          <Providers>{children}</Providers>
        </ClientMessages>
      </body>
    </html>
  );
}
