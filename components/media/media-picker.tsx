"use client";

import { useTranslations } from "next-intl";

import { useRef, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { usePages } from "@/components/use-pages";
import { ApiError, workspaceHeader } from "@/components/api-client";
import type { ErrorBody } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import type { MediaListResponse, UploadedMediaResponse } from "@/app/api/brands/[brand]/media/route";

export const mediaKey = (brandRef: string) => ["media", brandRef];

/** The brand's library, page by page; the first page also says whether an image model is configured. */
export function useMediaLibrary(brandRef: string) {
  return usePages<MediaListResponse>(mediaKey(brandRef), `/api/brands/${encodeURIComponent(brandRef)}/media`);
}

/**
 * The brand's image library as a grid: upload (JPEG, PNG, WebP or GIF, 10 MB), then pick images in
 * order. `limit` is the post's network's own limit, said next to the grid.
 */
export function MediaPicker({
  brandRef,
  selected,
  limit,
  limitNote,
  disabled,
  onChange,
}: {
  brandRef: string;
  selected: string[];
  limit: number;
  limitNote: string;
  disabled: boolean;
  onChange: (ids: string[]) => void;
}) {
  const t = useTranslations("media");
  const qc = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const key = mediaKey(brandRef);
  const library = useMediaLibrary(brandRef);
  const items = library.data?.pages.flatMap((p) => p.media) ?? [];

  async function upload(files: FileList | null) {
    if (!files?.length) return;
    setUploading(true);
    setError(null);
    // Each upload adds to the ones before it in this batch, not to the selection the batch started from.
    let picked = selected;
    try {
      for (const file of Array.from(files)) {
        const res = await fetch(
          `/api/brands/${encodeURIComponent(brandRef)}/media?filename=${encodeURIComponent(file.name)}`,
          { method: "POST", body: file, headers: { ...workspaceHeader(), "content-type": "application/octet-stream" } },
        );
        const body = (await res.json()) as UploadedMediaResponse | ErrorBody;
        if (!res.ok) throw new ApiError(res.status, (body as ErrorBody).error);
        const added = body as UploadedMediaResponse;
        if (picked.length < limit) {
          picked = [...picked, added.id];
          onChange(picked);
        } else setError(t("full", { limit }));
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : t("uploadFailed"));
    } finally {
      // The files uploaded before a failure are in the library too.
      await qc.invalidateQueries({ queryKey: key });
      setUploading(false);
      if (input.current) input.current.value = "";
    }
  }

  const toggle = (id: string) => {
    setError(null);
    if (selected.includes(id)) onChange(selected.filter((s) => s !== id));
    else if (limit === 1) onChange([id]);
    else if (selected.length >= limit) setError(t("full", { limit }));
    else onChange([...selected, id]);
  };

  return (
    <div data-testid="media-picker" className="space-y-2">
      <div className="flex items-center justify-between">
        <p className="text-xs text-slate-500">
          {selected.length} / {limit} · {limitNote}
        </p>
        {!disabled ? (
          <label className="cursor-pointer text-sm text-brand-600 hover:underline">
            {uploading ? t("uploading") : t("upload")}
            <input
              ref={input}
              data-testid="media-upload"
              type="file"
              accept="image/jpeg,image/png,image/webp,image/gif"
              multiple
              className="sr-only"
              disabled={uploading}
              onChange={(e) => void upload(e.target.files)}
            />
          </label>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="text-sm text-rose-700">
          {error}
        </p>
      ) : null}
      {library.isLoading ? <p className="text-sm text-slate-500">{t("loading")}</p> : null}
      {!library.isLoading && items.length === 0 ? <p className="text-sm text-slate-500">{t("empty")}</p> : null}
      <ul className="grid grid-cols-4 gap-2">
        {items.map((m) => {
          const at = selected.indexOf(m.id);
          return (
            <li key={m.id}>
              <button
                type="button"
                data-testid={`media-item-${m.id}`}
                aria-pressed={at >= 0}
                aria-label={`${m.filename}, ${m.width}×${m.height}${at >= 0 ? `, ${t("imageN", { n: at + 1 })}` : ""}`}
                disabled={disabled}
                onClick={() => toggle(m.id)}
                className={`relative block aspect-square w-full overflow-hidden rounded border-2 ${at >= 0 ? "border-brand-600" : "border-transparent"}`}
              >
                <img src={m.thumb_url} alt="" className="h-full w-full object-cover" />
                {at >= 0 ? (
                  <span className="absolute top-1 left-1 rounded bg-brand-600 px-1 text-xs text-white">{at + 1}</span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ul>
      {library.hasNextPage ? (
        <Button variant="ghost" onClick={() => void library.fetchNextPage()} disabled={library.isFetchingNextPage}>
          {t("more")}
        </Button>
      ) : null}
    </div>
  );
}
