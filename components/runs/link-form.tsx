"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { errorText } from "@/components/api-client";
import { useRecordLink } from "./use-runs";
import { NETWORK_LABEL } from "./state-badge";
import type { PostNetwork } from "@/lib/orchestration/types";

/** Shown on a published post the network never gave an id for: paste its link from the network. */
export function LinkForm({ date, brand, platform }: { date: string; brand: string; platform: PostNetwork }) {
  const t = useTranslations("runs.link");
  const id = useId();
  const [url, setUrl] = useState("");
  const save = useRecordLink(date);
  const network = NETWORK_LABEL[platform];
  return (
    <form
      method="post"
      data-testid={`link-form-${brand}-${platform}`}
      className="mt-2 space-y-1"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ platform, brand, remote_url: url.trim() });
      }}
    >
      <p className="text-xs text-slate-600">{t("why")}</p>
      <label htmlFor={id} className="sr-only">
        {t("label", { network })}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          type="url"
          required
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder={t("label", { network })}
          className="min-w-0 flex-1 rounded-md border border-slate-300 px-2 py-1 text-sm"
        />
        <Button type="submit" variant="secondary" disabled={save.isPending || !url.trim()}>
          {save.isPending ? t("saving") : t("save")}
        </Button>
      </div>
      {save.error ? (
        <p role="alert" className="text-xs text-rose-700">
          {errorText(save.error)}
        </p>
      ) : null}
    </form>
  );
}
