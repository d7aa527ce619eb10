import { describe, expect, it } from "vitest";
import { fillSavedReply, generalizeReply } from "@/lib/listening/fill-saved-reply";

describe("fillSavedReply", () => {
  it("puts the commenter's first name where {name} is, every time", () => {
    expect(fillSavedReply("Thanks {name}! See you soon, {name}.", "Camille Durand")).toBe(
      "Thanks Camille! See you soon, Camille.",
    );
    expect(fillSavedReply("Merci {name}\u00a0!", "  Léa  ")).toBe("Merci Léa\u00a0!");
  });

  it("drops {name} and the space before it when the commenter has no name", () => {
    expect(fillSavedReply("Thanks {name}! We ship to Belgium.", null)).toBe("Thanks! We ship to Belgium.");
    expect(fillSavedReply("{name}, thanks for asking.", "")).toBe("thanks for asking.");
    expect(fillSavedReply("Hi {name}, thanks.", "  ")).toBe("Hi, thanks.");
    expect(fillSavedReply("No placeholder here.", undefined)).toBe("No placeholder here.");
  });
});

describe("generalizeReply", () => {
  it("puts {name} where the commenter's first name was, as a whole word only", () => {
    expect(generalizeReply("Thanks Léa! Léa, we ship to Europe. Léandre too.", "Léa Bernard")).toBe(
      "Thanks {name}! {name}, we ship to Europe. Léandre too.",
    );
    expect(generalizeReply("Hi (a.b)!", "(a.b) Smith")).toBe("Hi {name}!");
    expect(generalizeReply("Thanks Sam!", null)).toBe("Thanks Sam!");
  });
});
