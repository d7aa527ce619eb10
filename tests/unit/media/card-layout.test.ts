import sharp from "sharp";
import { describe, expect, it } from "vitest";
import {
  CARD_SIZES,
  cardLayout,
  contrastRatio,
  DEFAULT_CARD_COLORS,
  fitText,
  textColorOn,
  textWidth,
  wrapLines,
} from "@/lib/media/card-layout";
import { cardText } from "@/lib/media/card-text";
import { renderCard } from "@/lib/media/render-card";
import { hexColor } from "@/lib/schemas/common";

const base = {
  hook: "Here is what building Acme Analytics taught us.",
  keyLine: "The simplest analytics platform for small marketing teams.",
  brandName: "Acme Analytics",
  primaryColor: "#1d4ed8",
  accentColor: "#f59e0b",
};

describe("card layout", () => {
  it("is sized for each network: LinkedIn 1200×627, Facebook 1200×630, X 1600×900", () => {
    expect(CARD_SIZES).toEqual({
      linkedin: { width: 1200, height: 627 },
      facebook: { width: 1200, height: 630 },
      x: { width: 1600, height: 900 },
    });
    const li = cardLayout({ ...base, network: "linkedin" });
    const x = cardLayout({ ...base, network: "x" });
    expect([li.width, li.height]).toEqual([1200, 627]);
    expect([x.width, x.height]).toEqual([1600, 900]);
    // The wider card scales its type and margins with it.
    expect(x.hook.fontSize).toBeGreaterThan(li.hook.fontSize);
    expect(x.padding).toBeGreaterThan(li.padding);
  });

  it("fits a short hook large and a long one smaller, never over three lines nor wider than the box", () => {
    const short = cardLayout({ ...base, network: "linkedin", hook: "Less is more." });
    const long = cardLayout({
      ...base,
      network: "linkedin",
      hook: "The most common mistake we see in small marketing teams is trying to fix every single report at once",
    });
    expect(short.hook.fontSize).toBe(68);
    expect(long.hook.fontSize).toBeLessThan(short.hook.fontSize);
    for (const l of [short, long]) {
      const lines = wrapLines(l.hook.text, l.hook.fontSize, l.textWidth, true);
      expect(lines.length).toBeLessThanOrEqual(3);
      for (const line of lines) expect(textWidth(line, l.hook.fontSize, true)).toBeLessThanOrEqual(l.textWidth);
    }
  });

  it("shortens text that cannot fit even at the smallest size, at a word, with an ellipsis", () => {
    const fitted = fitText("word ".repeat(200).trim(), {
      width: 600,
      maxLines: 2,
      maxSize: 40,
      minSize: 30,
      bold: false,
    });
    expect(fitted.fontSize).toBe(30);
    expect(fitted.text.endsWith("…")).toBe(true);
    expect(fitted.text).not.toMatch(/wor…$/);
    expect(fitted.lines).toBeLessThanOrEqual(2);
  });

  it("uses the brand's colors, the defaults without them, and text that contrasts with the background", () => {
    const branded = cardLayout({ ...base, network: "facebook" });
    expect(branded.colors).toEqual({ background: "#1d4ed8", text: "#ffffff", accent: "#f59e0b" });
    const plain = cardLayout({ ...base, network: "facebook", primaryColor: null, accentColor: null });
    expect(plain.colors.background).toBe(DEFAULT_CARD_COLORS.primary);
    expect(plain.colors.accent).toBe(DEFAULT_CARD_COLORS.accent);
    expect(textColorOn("#fde68a")).toBe("#0f172a");
    for (const bg of ["#1d4ed8", "#fde68a", "#ffffff", "#000000", "#10b981", "#e11d48"])
      expect(contrastRatio(bg, textColorOn(bg))).toBeGreaterThanOrEqual(4.5);
  });

  it("accepts #rgb and #rrggbb colors only, stored as lowercase #rrggbb", () => {
    expect(hexColor.parse(" #0A3 ")).toBe("#00aa33");
    expect(hexColor.parse("#1D4ED8")).toBe("#1d4ed8");
    for (const bad of ["blue", "#12345", "1d4ed8", "#ggg", "#1d4ed8ff"])
      expect(hexColor.safeParse(bad).success).toBe(false);
  });
});

describe("card text", () => {
  it("takes the post's first paragraph as the hook and the next plain line, skipping links, hashtags and emoji", () => {
    const text = cardText({
      hook: "Old generated hook",
      body: "3 idées à reprendre dès cette semaine. 🧵\n\nQuel conseil auriez-vous aimé connaître plus tôt ?\n\n👉 Abonnez-vous : https://example.com/n\n\n#Acme #Astuces\n\n1/4",
      parts: [],
    });
    expect(text.hook).toBe("3 idées à reprendre dès cette semaine.");
    expect(text.keyLine).toBeNull();
  });

  it("reads a thread's second part for the key line when the first tweet is only the hook and the link", () => {
    const text = cardText({
      hook: "h",
      body: "Most teams get this wrong. Here is why.\n\nBook a demo: https://example.com/d\n\n1/3",
      parts: ["ignored: this is the body", "Reporting takes 5 hours a week. It should take 5 minutes. 2/3"],
    });
    expect(text).toEqual({
      hook: "Most teams get this wrong. Here is why.",
      keyLine: "Reporting takes 5 hours a week. It should take 5 minutes.",
    });
  });
});

describe("renderCard", () => {
  it("renders a PNG of the network's size whose background is the brand's primary color", async () => {
    const png = await renderCard({ ...base, network: "x", logo: null });
    const img = sharp(png);
    expect(await img.metadata()).toMatchObject({ format: "png", width: 1600, height: 900 });
    const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
    const corner = (info.height - 2) * info.width * info.channels;
    expect([data[corner], data[corner + 1], data[corner + 2]]).toEqual([0x1d, 0x4e, 0xd8]);
    // Text was drawn: plenty of white pixels.
    let white = 0;
    for (let i = 0; i < data.length; i += info.channels)
      if (data[i]! > 245 && data[i + 1]! > 245 && data[i + 2]! > 245) white++;
    expect(white).toBeGreaterThan(10_000);
  }, 30_000);
});
