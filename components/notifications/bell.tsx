"use client";

import { useTranslations } from "next-intl";
import { useFormats } from "@/components/i18n/formats";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiFetch } from "@/components/api-client";
import type { NotificationsResponse } from "@/app/api/notifications/route";
import type { MarkReadResponse } from "@/app/api/notifications/read/route";

export function NotificationBell() {
  const t = useTranslations("notifications");
  const f = useFormats();
  const qc = useQueryClient();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const list = useQuery({
    queryKey: ["notifications"],
    queryFn: () => apiFetch<NotificationsResponse>("/api/notifications"),
    refetchInterval: 15_000,
  });
  const read = useMutation({
    mutationFn: (body: { ids?: string[]; all?: boolean }) =>
      apiFetch<MarkReadResponse>("/api/notifications/read", { method: "POST", body }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["notifications"] }),
  });
  const unread = list.data?.unread ?? 0;
  // Older pages, fetched on demand; the first page keeps refreshing on its own.
  const [older, setOlder] = useState<{ items: NotificationsResponse["notifications"]; cursor: string | null }>();
  const cursor = older ? older.cursor : (list.data?.next_cursor ?? null);
  const more = useMutation({
    mutationFn: (c: string) => apiFetch<NotificationsResponse>(`/api/notifications?cursor=${encodeURIComponent(c)}`),
    onSuccess: (page) =>
      setOlder({ items: [...(older?.items ?? []), ...page.notifications], cursor: page.next_cursor }),
  });
  const shown = [...(list.data?.notifications ?? []), ...(older?.items ?? [])];
  return (
    <div className="relative">
      <button
        type="button"
        data-testid="bell"
        aria-label={t("bell", { count: unread })}
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        className="relative rounded-md px-2 py-1.5 text-slate-600 hover:bg-slate-100"
      >
        {/* drawn, not an emoji: many Linux desktops have no emoji font and showed an empty box */}
        <svg aria-hidden viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor">
          <path d="M10 2a5 5 0 0 0-5 5v3.6l-1.7 2.7A1 1 0 0 0 4.1 15h11.8a1 1 0 0 0 .8-1.7L15 10.6V7a5 5 0 0 0-5-5Zm-2 14a2 2 0 0 0 4 0H8Z" />
        </svg>
        {unread > 0 ? (
          <span
            data-testid="bell-count"
            className="absolute -top-1 -right-1 rounded-full bg-rose-600 px-1.5 text-[10px] font-bold text-white"
          >
            {unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <div
          role="menu"
          className="absolute right-0 z-50 mt-1 w-96 rounded-lg border border-slate-200 bg-white p-2 text-sm shadow-xl"
        >
          <div className="flex items-center justify-between px-2 py-1">
            <strong>{t("menu")}</strong>
            {unread > 0 ? (
              <button className="text-xs text-brand-700 underline" onClick={() => read.mutate({ all: true })}>
                {t("markAll")}
              </button>
            ) : null}
          </div>
          <ul className="max-h-96 overflow-y-auto">
            {shown.map((n) => (
              <li key={n.id}>
                <button
                  role="menuitem"
                  data-testid={`notification-${n.kind}`}
                  className={`w-full rounded px-2 py-2 text-left hover:bg-slate-50 ${n.read ? "text-slate-500" : "font-medium"}`}
                  onClick={() => {
                    if (!n.read) read.mutate({ ids: [n.id] });
                    setOpen(false);
                    if (n.url) router.push(n.url);
                  }}
                >
                  {n.title}
                  <span className="block text-xs font-normal text-slate-500">{f.dateTime(n.created_at)}</span>
                </button>
              </li>
            ))}
            {list.data && shown.length === 0 ? <li className="px-2 py-3 text-slate-500">{t("empty")}</li> : null}
            {cursor ? (
              <li>
                <button
                  data-testid="older-notifications"
                  className="w-full px-2 py-2 text-left text-xs text-brand-700 underline"
                  disabled={more.isPending}
                  onClick={() => more.mutate(cursor)}
                >
                  {t("older")}
                </button>
              </li>
            ) : null}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
