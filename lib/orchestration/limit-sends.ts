import type { Publisher } from "@/lib/networks/publisher";

export type Limit = <T>(fn: () => Promise<T>) => Promise<T>;

/** At most `n` wrapped calls run at once; the others wait their turn, first come first served. */
export function concurrencyLimit(n: number): Limit {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (fn) => {
    if (active < n) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await fn();
    } finally {
      // The slot passes straight to the next waiter, so `active` never dips while work is queued.
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

/**
 * The publisher with its sends and lookups under a per-network limit. The wait happens before the
 * adapter starts its request timer, so a queued send never times out as "may have arrived".
 */
export function limitSends(publisher: Publisher, limit: Limit): Publisher {
  return {
    network: publisher.network,
    buildRequest: (req, opts) => publisher.buildRequest(req, opts),
    publish: (req) => limit(() => publisher.publish(req)),
    findRecent: (req) => limit(() => publisher.findRecent(req)),
    ...(publisher.uploadImage ? { uploadImage: (req) => limit(() => publisher.uploadImage!(req)) } : {}),
    ...(publisher.uploadDocument ? { uploadDocument: (req) => limit(() => publisher.uploadDocument!(req)) } : {}),
    ...(publisher.planUpload ? { planUpload: (kind, file, opts) => publisher.planUpload!(kind, file, opts) } : {}),
    ...(publisher.comment ? { comment: (req) => limit(() => publisher.comment!(req)) } : {}),
    ...(publisher.buildComment ? { buildComment: (req, opts) => publisher.buildComment!(req, opts) } : {}),
    ...(publisher.findComments ? { findComments: (req) => limit(() => publisher.findComments!(req)) } : {}),
    ...(publisher.remove ? { remove: (req) => limit(() => publisher.remove!(req)) } : {}),
    ...(publisher.edit ? { edit: (req) => limit(() => publisher.edit!(req)) } : {}),
  };
}
