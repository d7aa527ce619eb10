"use client";

import { useLocale, useTranslations } from "next-intl";
import type { BestTimesResponse } from "@/app/api/brands/[brand]/best-times/route";
import { useFormats } from "@/components/i18n/formats";
import { NETWORK_NAME, NetworkIcon } from "./network-meta";

type NetworkBest = BestTimesResponse["networks"][number];

const weekdayName = (weekday: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2024, 0, 7 + weekday)),
  );

/** The best three slots of each network (or of one), with their reasons: "Tuesdays 09:00 earn 1.3× your median…". */
export function BestTimesList({ networks, only }: { networks: NetworkBest[]; only?: string }) {
  const t = useTranslations("bestTimes");
  const locale = useLocale();
  const f = useFormats();
  const shown = networks.filter((n) => !only || n.network === only);
  return (
    <div data-testid="best-times" className="space-y-2 text-xs text-slate-700">
      {shown.map((best) => {
        const network = NETWORK_NAME[best.network];
        return (
          <div key={best.network}>
            <p className="flex items-center gap-1 font-semibold text-slate-800">
              <NetworkIcon network={best.network} /> {t("title", { network })}
            </p>
            <ul className="ml-5 list-disc">
              {best.slots.map((s) => {
                const day = weekdayName(s.weekday, locale);
                return (
                  <li key={`${s.weekday}-${s.time}`} data-testid="best-slot">
                    {best.source === "guidance"
                      ? t("guidanceSlot", { day, time: s.time, network })
                      : t("learnedSlot", { day, time: s.time, lift: f.decimal(s.lift), network, posts: s.posts })}
                  </li>
                );
              })}
            </ul>
            {best.source === "guidance" ? (
              <p className="ml-5 text-slate-600">{t("guidanceNote", { network, posts: best.posts })}</p>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
