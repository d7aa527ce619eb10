"use client";

import { useTranslations } from "next-intl";
import { useFormats } from "@/components/i18n/formats";

import { useState } from "react";
import { networkLabel } from "@/components/charts/network-colors";
import { errorText } from "@/components/api-client";
import { Button } from "@/components/ui/button";
import { useCompetitorChanges, useCompetitors } from "./use-listening";

/** Which accounts the brand follows, what each network allows, and the form to follow one more. */
export function CompetitorForm({ brand, canEdit }: { brand: string; canEdit: boolean }) {
  const t = useTranslations("listening.followed");
  const f = useFormats();
  const followed = useCompetitors(brand);
  const { add, remove } = useCompetitorChanges(brand);
  const [platform, setPlatform] = useState("x");
  const [handle, setHandle] = useState("");
  const allowed = followed.data?.networks_allowed ?? [];
  return (
    <section aria-labelledby="followed-h" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="followed-h" className="text-base font-semibold">
        {t("title")}
      </h2>
      <ul className="space-y-1 text-sm text-slate-700" data-testid="networks-allowed">
        {allowed.map((n) => (
          <li key={n.platform}>
            <strong className={n.allowed ? "" : "text-slate-500"}>
              {t("networkLead", { network: networkLabel(n.platform) })}
            </strong>{" "}
            {t(`networkNote.${n.platform}`)}
          </li>
        ))}
      </ul>
      {followed.data?.competitors.length ? (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="followed-list">
          {followed.data.competitors.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-2 py-2">
              <span className="font-medium">{c.name}</span>
              <span className="text-slate-500">
                {networkLabel(c.platform)} · {c.platform === "x" ? `@${c.handle}` : c.handle}
              </span>
              <span className="text-xs text-slate-500">
                {c.last_collected_at ? t("collected", { at: f.dateTime(c.last_collected_at) }) : t("notYet")}
              </span>
              {c.last_error ? (
                <span role="note" className="w-full text-xs text-amber-800">
                  {c.last_error}
                </span>
              ) : null}
              {canEdit ? (
                <Button
                  variant="ghost"
                  className="ml-auto"
                  aria-label={t("stop", { name: c.name })}
                  onClick={() => remove.mutate(c.id)}
                >
                  {t("remove")}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : followed.isSuccess ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : null}
      {canEdit ? (
        <form
          method="post"
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate({ platform, handle }, { onSuccess: () => setHandle("") });
          }}
        >
          <label className="text-xs text-slate-600">
            {t("network")}
            <select
              className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
              value={platform}
              onChange={(e) => setPlatform(e.target.value)}
            >
              <option value="x">X</option>
              <option value="facebook">Facebook</option>
            </select>
          </label>
          <label className="text-xs text-slate-600">
            {platform === "x" ? t("username") : t("page")}
            <input
              className="mt-1 block rounded-md border border-slate-300 px-2 py-1 text-sm"
              value={handle}
              onChange={(e) => setHandle(e.target.value)}
              placeholder={platform === "x" ? t("usernameExample") : t("pageExample")}
              required
            />
          </label>
          <Button type="submit" disabled={add.isPending}>
            {t("follow")}
          </Button>
          {add.error ? (
            <p role="alert" className="w-full text-sm text-rose-700">
              {errorText(add.error)}
            </p>
          ) : null}
        </form>
      ) : null}
    </section>
  );
}
