import { describe, expect, it } from "vitest";
import { partFailureMessage, partFailureText } from "@/lib/orchestration/part-failure-text";
import { renderText } from "@/lib/i18n/render-text";

// Exactly what the ledger stored before the framing was translated at display time.
const STORED = "Part 2 of 4: X said 503 Service Unavailable";
const STORED_DUPLICATE =
  "Part 3 of 3: Duplicate content; no post with this text replies to the part before it, so the copy the network has is not this thread's. Edit this part so its text differs, then approve the post again.";

describe("a thread part's failure in the ledger", () => {
  it("reads in the reader's language, for rows stored before and after", () => {
    const fr = (s: string) => renderText(partFailureMessage(s)!, "fr");
    expect(fr(STORED)).toBe("Partie 2 sur 4\u00a0: X said 503 Service Unavailable");
    expect(fr(STORED_DUPLICATE)).toMatch(/^Partie 3 sur 3\u00a0: Duplicate content\u00a0; aucune publication/);
    expect(fr(STORED_DUPLICATE)).not.toMatch(/Edit this part/);
    expect(renderText(partFailureMessage(STORED)!, "en")).toBe(STORED);
    expect(renderText(partFailureMessage(STORED_DUPLICATE)!, "en")).toBe(STORED_DUPLICATE);
  });

  it("writes what it reads back, and leaves other errors alone", () => {
    expect(partFailureText(2, 4, "X said 503 Service Unavailable")).toBe(STORED);
    expect(partFailureText(3, 3, "Duplicate content", true)).toBe(STORED_DUPLICATE);
    expect(partFailureMessage("Carousel document: too large")).toBeNull();
    expect(partFailureMessage("X said: Part 2 of 4: nested")).toBeNull();
  });
});
