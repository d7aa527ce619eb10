import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { ADVICE, adviceKey } from "@/lib/orchestration/failure-advice";

const row = (state: string, failure_class: string | null, next_attempt_at: string | null = null) => ({
  state,
  failure_class,
  next_attempt_at,
});

describe("adviceKey", () => {
  it("tells a person what to do for each way a post can fail to go out", () => {
    expect(adviceKey(row("failed", "needs_reconnect"))).toBe("needs_reconnect");
    expect(adviceKey(row("failed", "rejected"))).toBe("rejected");
    // a duplicate whose live post is not ours is refused: the text must change
    expect(adviceKey(row("failed", "already_published"))).toBe("rejected");
    expect(adviceKey(row("failed", "retryable", "2026-12-05T10:00:00Z"))).toBe("retry_at");
    expect(adviceKey(row("failed", "retryable"))).toBe("gave_up");
    expect(adviceKey(row("unknown", "retryable", "2026-12-05T10:00:00Z"))).toBe("unknown");
    expect(adviceKey(row("missed", null))).toBe("missed");
  });

  it("has nothing to say about a post that is on its way or out", () => {
    for (const state of ["pending", "claimed", "sending", "published"]) expect(adviceKey(row(state, null))).toBeNull();
  });

  it("has every advice in English and in French", () => {
    for (const key of [...ADVICE, "reconnect", "detail"]) {
      expect(en.runs.advice).toHaveProperty(key);
      expect(fr.runs.advice).toHaveProperty(key);
    }
  });
});
