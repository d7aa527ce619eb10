"use client";

import { useQueryClient } from "@tanstack/react-query";
import { workspaceHeader } from "@/components/api-client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ModalDialog } from "@/components/ui/modal-dialog";
import type { ImportResponse } from "@/app/api/brands/[brand]/import/route";

const EXAMPLE = "date,time,network,text,link\n2027-01-12,09:00,linkedin,Our new guide is out,https://example.com/guide";

/** A CSV file or cells pasted from a spreadsheet become drafts; any bad row imports nothing and is listed. */
export function ImportDialog({
  brand,
  onDone,
  onClose,
}: {
  brand: string;
  onDone: (created: number) => void;
  onClose: () => void;
}) {
  const t = useTranslations("import");
  const qc = useQueryClient();
  const [content, setContent] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ImportResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    setPending(true);
    setError(null);
    setResult(null);
    try {
      const res = await fetch(`/api/brands/${encodeURIComponent(brand)}/import`, {
        method: "POST",
        headers: { ...workspaceHeader(), "content-type": "application/json" },
        body: JSON.stringify({ content }),
      });
      const data = (await res.json()) as ImportResponse & { error?: { message: string } };
      if (res.status === 201) {
        await qc.invalidateQueries({ queryKey: ["posts", brand] });
        onDone(data.created);
      } else if (data.errors?.length) setResult(data);
      else setError(data.error?.message ?? res.statusText);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setPending(false);
    }
  }

  return (
    <ModalDialog
      title={t("title")}
      titleId="import-h"
      testId="import-dialog"
      busy={pending}
      onClose={onClose}
      width="max-w-2xl"
    >
      <p className="mt-1 text-sm text-slate-700">
        {t.rich("intro", { code: (c) => <code>{c}</code>, columns: "date,time,network,text,link", max: 1000 })}
      </p>
      <label className="mt-3 block text-sm font-medium text-slate-800">
        {t("file")}
        <input
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
          data-testid="import-file"
          className="mt-1 block w-full text-sm"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            setFileName(file.name);
            setContent(await file.text());
            setResult(null);
          }}
        />
      </label>
      <label className="mt-3 block text-sm font-medium text-slate-800">
        {fileName ? t("contentsOf", { name: fileName }) : t("paste")}
        <textarea
          data-testid="import-content"
          rows={8}
          value={content}
          placeholder={EXAMPLE}
          onChange={(e) => {
            setContent(e.target.value);
            setResult(null);
          }}
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-xs"
        />
      </label>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-rose-700">
          {error}
        </p>
      ) : null}
      {result?.errors.length ? (
        <div role="alert" data-testid="import-errors" className="mt-3 rounded-lg border border-rose-300 bg-rose-50 p-3">
          <p className="text-sm font-medium text-rose-900">{t("nothingImported", { count: result.errors.length })}</p>
          <table className="mt-2 w-full text-left text-xs">
            <thead>
              <tr>
                <th scope="col">{t("row")}</th>
                <th scope="col">{t("column")}</th>
                <th scope="col">{t("problem")}</th>
              </tr>
            </thead>
            <tbody>
              {result.errors.slice(0, 200).map((e, i) => (
                <tr key={i} data-testid="import-error" className="border-t border-rose-200 align-top">
                  <td className="py-1 pr-2 tabular-nums">{e.row}</td>
                  <td className="pr-2">{e.column ?? "—"}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className="mt-5 flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose} disabled={pending}>
          {t("cancel")}
        </Button>
        <Button data-testid="import-submit" onClick={submit} disabled={pending || !content.trim()}>
          {pending ? t("checking") : t("submit")}
        </Button>
      </div>
    </ModalDialog>
  );
}
