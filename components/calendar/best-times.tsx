"use client";

import type { BestTimesResponse } from "@/app/api/brands/[brand]/best-times/route";
import { NETWORK_NAME, NetworkIcon } from "./network-meta";

type NetworkBest = BestTimesResponse["networks"][number];
type Slot = NetworkBest["slots"][number];

const weekdayName = (weekday: number, language: string) =>
  new Intl.DateTimeFormat(language, { weekday: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2024, 0, 7 + weekday)),
  );

/** "Tuesdays 09:00 earn 1.3× your median on LinkedIn, 14 posts", or the general guidance, said as such. */
export function slotReason(slot: Slot, best: NetworkBest, language: string) {
  const day = `${weekdayName(slot.weekday, language)}s ${slot.time}`;
  if (best.source === "guidance") return `${day}: general guidance for ${NETWORK_NAME[best.network]}`;
  return `${day} earn ${slot.lift.toFixed(1)}× your median on ${NETWORK_NAME[best.network]}, ${slot.posts} posts`;
}

/** Why a network's slots come from guidance: too few of the brand's own results so far. */
export function guidanceNote(best: NetworkBest) {
  return best.source === "guidance"
    ? `Not enough of your own results on ${NETWORK_NAME[best.network]} yet (${best.posts} published with metrics), so these follow each network's published general guidance.`
    : null;
}

/** The best three slots of each network (or of one), with their reasons. */
export function BestTimesList({
  networks,
  language,
  only,
}: {
  networks: NetworkBest[];
  language: string;
  only?: string;
}) {
  const shown = networks.filter((n) => !only || n.network === only);
  return (
    <div data-testid="best-times" className="space-y-2 text-xs text-slate-700">
      {shown.map((best) => (
        <div key={best.network}>
          <p className="flex items-center gap-1 font-semibold text-slate-800">
            <NetworkIcon network={best.network} /> Best times on {NETWORK_NAME[best.network]}
          </p>
          <ul className="ml-5 list-disc">
            {best.slots.map((s) => (
              <li key={`${s.weekday}-${s.time}`} data-testid="best-slot">
                {slotReason(s, best, language)}
              </li>
            ))}
          </ul>
          {guidanceNote(best) ? <p className="ml-5 text-slate-600">{guidanceNote(best)}</p> : null}
        </div>
      ))}
    </div>
  );
}
