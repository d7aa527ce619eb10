// What a person reads when a request is refused: the API's error as one clean line, in their language.
import { describe, expect, it } from "vitest";
import { ApiError, errorText } from "@/components/api-client";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/render-text";
import { parseWith } from "@/lib/validate";
import { performanceQuery } from "@/lib/schemas/analytics";
import type { Locale } from "@/lib/i18n/locales";

/** The error as the browser receives it: the server's body, rendered in the reader's language. */
function received(err: unknown, locale: Locale): ApiError {
  if (!(err instanceof AppError)) throw err;
  return new ApiError(err.status, err.toBody(locale).error);
}

// the refusal update-post throws for a time the clocks skip, with its field marker
const skipped = () =>
  new AppError(
    "validation_error",
    msg("errors.post.skippedTime", { day: "2030-03-31", time: "02:30", zone: "Europe/Paris" }),
    [{ path: "time", message: msg("errors.detail.skippedTime") }],
  );

describe("errorText", () => {
  it("reads a refusal's message once, without its field marker tacked on", () => {
    expect(errorText(received(skipped(), "en"))).toBe(
      "02:30 does not exist on 2030-03-31 in Europe/Paris: the clocks go forward then. Pick another time.",
    );
    expect(errorText(received(skipped(), "fr"))).toBe(
      "02:30 n’existe pas le 2030-03-31 à l’heure de Europe/Paris\u00a0: on avance les horloges ce jour-là. Choisissez une autre heure.",
    );
    const past = new AppError("validation_error", msg("errors.post.pastTime", { day: "d", time: "t", zone: "z" }), [
      { path: "date", message: msg("errors.detail.inThePast") },
    ]);
    expect(errorText(received(past, "en"))).toBe("Cannot move a post into the past (d t in z).");
    const locked = new AppError("validation_error", msg("errors.post.locked"), [
      { path: "status", message: "published" },
    ]);
    expect(errorText(received(locked, "en"))).toBe(
      "This post is published or being published; it can no longer change.",
    );
  });

  it("names what the schema refused after its generic message, as sentences", () => {
    let refused: unknown;
    try {
      parseWith(performanceQuery, { from: "2026-01-01", to: "2027-06-01" });
    } catch (e) {
      refused = e;
    }
    expect(errorText(received(refused, "en"))).toBe("The request is invalid. The range is at most 366 days.");
    expect(errorText(received(refused, "fr"))).toMatch(/^La requête .+\. La période fait au plus 366 jours\.$/);
  });

  it("reads any other error by its message", () => {
    expect(errorText(new Error("Failed to fetch"))).toBe("Failed to fetch");
    expect(errorText("offline")).toBe("offline");
  });
});
