import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/render-text";
import { measureLength } from "@/lib/strategy/networks";
import { REPLY_LIMITS } from "@/lib/schemas/listening";

/** A reply no longer than the network takes, counted as the network counts it (X weighted); else a 422. */
export function assertReplyFits(network: keyof typeof REPLY_LIMITS, text: string) {
  const length = measureLength(network, text);
  const max = REPLY_LIMITS[network];
  if (length > max)
    throw new AppError("validation_error", msg("errors.listening.replyTooLong", { max, length }), [
      { path: "text", message: `${length} > ${max}` },
    ]);
}
