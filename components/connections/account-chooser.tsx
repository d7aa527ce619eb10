"use client";

import { useTranslations } from "next-intl";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { apiFetch } from "@/components/api-client";
import { AccountAvatar } from "./connection-identity";
import type { AccountChoiceResponse, ChosenAccountResponse } from "@/app/api/oauth/choices/[id]/route";
import type { ChooseAccountInput } from "@/lib/schemas/connections";

const NAMES: Record<string, string> = { linkedin: "LinkedIn", facebook: "Facebook", x: "X" };

/** After an OAuth grant that manages several Pages or organizations: which one this brand publishes as. */
export function AccountChooser({ id }: { id: string }) {
  const t = useTranslations("connections.chooser");
  const router = useRouter();
  const qc = useQueryClient();
  const choice = useQuery({
    queryKey: ["oauth-choice", id],
    queryFn: () => apiFetch<AccountChoiceResponse>(`/api/oauth/choices/${encodeURIComponent(id)}`),
    retry: false,
  });
  const pick = useMutation({
    mutationFn: (body: ChooseAccountInput) =>
      apiFetch<ChosenAccountResponse>(`/api/oauth/choices/${encodeURIComponent(id)}`, {
        method: "POST",
        body,
      }),
    onSuccess: (r) => {
      qc.invalidateQueries({ queryKey: ["connections", r.brand] });
      router.replace(`/settings/connections?connected=${r.platform}&brand=${encodeURIComponent(r.brand)}`);
    },
  });
  if (choice.isPending) return <p className="text-sm text-slate-500">{t("loading")}</p>;
  if (choice.error)
    return (
      <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">
        {choice.error.message}
      </p>
    );
  const c = choice.data;
  const network = NAMES[c.platform] ?? c.platform;
  return (
    <section data-testid="account-chooser" className="rounded-xl border border-brand-100 bg-white p-4">
      <h2 className="font-semibold">{t("title", { network, brand: c.brand.name })}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("intro", { network })}</p>
      <ul className="mt-3 divide-y divide-slate-100">
        {c.accounts.map((a) => (
          <li key={a.account_id} className="flex items-center justify-between gap-3 py-2">
            <div className="flex min-w-0 items-center gap-2">
              <AccountAvatar url={a.avatar_url} name={a.display_name} size={32} />
              <div className="min-w-0">
                <p className="truncate text-sm font-medium">{a.display_name}</p>
                <p className="truncate text-xs text-slate-500">
                  {t.has(`kind.${a.kind}`) ? t(`kind.${a.kind}`) : a.kind}
                  {a.handle ? ` · ${a.handle}` : ""}
                </p>
              </div>
            </div>
            <Button
              data-testid={`choose-account-${a.account_id}`}
              disabled={pick.isPending}
              onClick={() => pick.mutate({ account_id: a.account_id })}
            >
              {t("publishAs", { name: a.display_name })}
            </Button>
          </li>
        ))}
      </ul>
      {pick.error ? (
        <p role="alert" className="mt-2 text-sm text-rose-700">
          {pick.error.message}
        </p>
      ) : null}
    </section>
  );
}
