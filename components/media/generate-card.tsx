"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch, ApiError } from "@/components/api-client";
import { Button } from "@/components/ui/button";
import type { CreatedCardResponse } from "@/app/api/posts/[id]/card/route";
import type { PostDto } from "@/lib/plans/post-dto";
import { mediaKey, useMediaLibrary } from "./media-picker";

const KINDS = [
  { kind: "card", label: "generateCard", working: "generatingCard" },
  { kind: "illustration", label: "generateIllustration", working: "generatingIllustration" },
] as const;
const KNOWN_FALLBACKS = ["no_image_model", "unreachable", "not_an_image", "bad_response"];

/**
 * "Generate card": the post's hook and key line on the brand's colors and logo, at the network's size, added
 * to the library and attached. With an image model configured, "Generate an illustration" too, the card
 * being what the post gets whenever the model fails.
 */
export function GenerateCard({
  post,
  brandRef,
  blockedBy,
}: {
  post: PostDto;
  brandRef: string;
  /** why generating would lose or conflict with something (unsaved picks, a full post), or null */
  blockedBy: string | null;
}) {
  const t = useTranslations("cards");
  const qc = useQueryClient();
  const illustrations = useMediaLibrary(brandRef).data?.pages[0]?.illustrations ?? false;
  const [note, setNote] = useState<string | null>(null);
  const make = useMutation({
    mutationFn: (kind: "card" | "illustration") =>
      apiFetch<CreatedCardResponse>(`/api/posts/${post.id}/card`, {
        method: "POST",
        body: { version: post.version, kind },
      }),
    onMutate: () => setNote(null),
    onSuccess: (made) => {
      qc.setQueriesData<{ posts: PostDto[] }>({ queryKey: ["posts"] }, (d) =>
        d?.posts ? { ...d, posts: d.posts.map((p) => (p.id === made.post.id ? (made.post as PostDto) : p)) } : d,
      );
      void qc.invalidateQueries({ queryKey: ["posts"] });
      void qc.invalidateQueries({ queryKey: mediaKey(brandRef) });
      setNote(
        made.fallback_reason
          ? t("fallback", {
              why: KNOWN_FALLBACKS.includes(made.fallback_reason)
                ? t(`why.${made.fallback_reason}`)
                : t("why.failed", { reason: made.fallback_reason }),
            })
          : made.kind === "illustration"
            ? t("illustrationAdded")
            : t("cardAdded"),
      );
    },
  });
  const busy = make.isPending;
  return (
    <div className="mt-2 space-y-1" data-testid="generate-visual">
      <div className="flex flex-wrap gap-2">
        {(illustrations ? KINDS : KINDS.slice(0, 1)).map(({ kind, label, working }) => (
          <Button
            key={kind}
            variant="secondary"
            data-testid={`generate-${kind}`}
            disabled={busy || !!blockedBy}
            onClick={() => make.mutate(kind)}
          >
            {busy && make.variables === kind ? t(working) : t(label)}
          </Button>
        ))}
      </div>
      <p role="status" className="text-xs text-slate-600">
        {busy ? t("rendering") : [note, blockedBy].filter(Boolean).join(" ")}
      </p>
      {make.error ? (
        <p role="alert" className="text-sm text-rose-700">
          {make.error instanceof ApiError ? make.error.message : t("failed")}
        </p>
      ) : null}
    </div>
  );
}
