"use client";

import { useTranslations } from "next-intl";

import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";
import { switchWorkspaceAction } from "@/lib/actions/account";

export function WorkspaceSwitcher({
  current,
  stale,
  workspaces,
}: {
  current: string;
  /** the chosen workspace is one the person left: the page shows `current`, and their changes must go there */
  stale: boolean;
  workspaces: { slug: string; name: string; role: string }[];
}) {
  const t = useTranslations("shell");
  const router = useRouter();
  const [pending, start] = useTransition();
  useEffect(() => {
    if (stale) void switchWorkspaceAction(current);
  }, [stale, current]);
  return (
    <select
      aria-label={t("workspace")}
      disabled={pending}
      className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-800 max-sm:max-w-[8rem] max-sm:px-1"
      value={current}
      onChange={(e) =>
        start(async () => {
          await switchWorkspaceAction(e.target.value);
          router.push("/calendar");
          router.refresh();
        })
      }
    >
      {workspaces.map((w) => (
        <option key={w.slug} value={w.slug}>
          {w.name}
        </option>
      ))}
    </select>
  );
}
