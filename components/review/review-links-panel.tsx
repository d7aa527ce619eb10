"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { MoreButton } from "@/components/ui/more-button";
import { apiFetch, errorText } from "@/components/api-client";
import { usePages } from "@/components/use-pages";
import { useFormats } from "@/components/i18n/formats";
import { networkName } from "@/lib/strategy/network-names";
import type { ReviewLinksResponse } from "@/app/api/brands/[brand]/review-links/route";

type Link = ReviewLinksResponse["links"][number];

/** The brand's client review links: which ones a client can still open, and closing one at once. */
export function ReviewLinksPanel({ brand, canEdit }: { brand: string; canEdit: boolean }) {
  const t = useTranslations("review.links");
  const qc = useQueryClient();
  const [all, setAll] = useState(false);
  const base = `/api/brands/${encodeURIComponent(brand)}/review-links`;
  const list = usePages<ReviewLinksResponse>(["review-links", brand, all], all ? base : `${base}?state=active`);
  const revoke = useMutation({
    mutationFn: (id: string) => apiFetch<{ revoked: boolean }>(base, { method: "DELETE", body: { id } }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["review-links", brand] }),
  });
  const links = list.data?.pages.flatMap((p) => p.links) ?? [];
  return (
    <section
      id="review-links"
      data-testid="review-links"
      aria-labelledby="review-links-h"
      className="max-w-3xl space-y-3 rounded-xl border border-slate-200 bg-white p-6"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="review-links-h" className="font-semibold">
          {t("title")}
        </h2>
        <label className="flex items-center gap-2 text-sm text-slate-600">
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
          {t("showAll")}
        </label>
      </div>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      {list.isSuccess && links.length === 0 ? (
        <p data-testid="review-links-empty" className="text-sm text-slate-600">
          {all ? t("none") : t("noneActive")}
        </p>
      ) : null}
      <ul className="divide-y divide-slate-100">
        {links.map((l) => (
          <LinkRow
            key={l.id}
            link={l}
            canEdit={canEdit}
            revoking={revoke.isPending && revoke.variables === l.id}
            onRevoke={() => revoke.mutate(l.id)}
          />
        ))}
      </ul>
      <MoreButton list={list} label={t("older")} loading={t("loading")} testId="review-links-older" />
      {revoke.error ? (
        <p role="alert" className="text-sm text-rose-700">
          {errorText(revoke.error)}
        </p>
      ) : null}
    </section>
  );
}

function LinkRow({
  link,
  canEdit,
  revoking,
  onRevoke,
}: {
  link: Link;
  canEdit: boolean;
  revoking: boolean;
  onRevoke: () => void;
}) {
  const t = useTranslations("review.links");
  const f = useFormats();
  const period = f.range(link.from, link.to);
  const networks = link.platforms.length ? link.platforms.map(networkName).join(", ") : t("allNetworks");
  return (
    <li
      data-testid={`review-link-${link.id}`}
      data-state={link.state}
      className="flex flex-wrap items-center gap-3 py-2"
    >
      <span className="font-medium">{period}</span>
      <span className="text-sm text-slate-600">{networks}</span>
      <span className="text-sm text-slate-600">
        {link.state === "active" ? t("until", { date: f.dateTime(link.expires_at) }) : t(`state.${link.state}`)}
      </span>
      {canEdit && link.state === "active" ? (
        <Button
          variant="secondary"
          className="ml-auto"
          data-testid="revoke-review-link"
          disabled={revoking}
          onClick={() => window.confirm(t("confirmRevoke", { period })) && onRevoke()}
        >
          {t("revoke")}
        </Button>
      ) : null}
    </li>
  );
}
