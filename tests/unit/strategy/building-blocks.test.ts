import { describe, expect, it } from "vitest";
import { allocateCounts, allocatePillars } from "@/lib/strategy/allocate-pillars";
import { truncateWords } from "@/lib/strategy/fit-text";
import { formatForNetwork, SLIDE_TEXT_MAX, threadParts, type PostParts } from "@/lib/strategy/format-for-network";
import { measureLength, NETWORK_LIMITS } from "@/lib/strategy/networks";
import { PILLAR_KEYS } from "@/lib/strategy/pillars";
import { mulberry32 } from "@/lib/strategy/random";
import { resolvePublishTime } from "@/lib/strategy/schedule";
import { applyTypography } from "@/lib/strategy/typography";

describe("resolvePublishTime", () => {
  it("prefers an explicit time, then a learned hour above average", () => {
    expect(resolvePublishTime("x", "08:15", { "10": 2 })).toBe("08:15");
    expect(resolvePublishTime("facebook", undefined, { "10": 1.4, "facebook:19": 1.8, "x:07": 3 })).toBe("19:30");
    expect(resolvePublishTime("linkedin", undefined, { "10": 0.8 })).toBe("09:00");
  });
});

describe("allocatePillars", () => {
  it("spreads pillars evenly without weights and never repeats a day", () => {
    const seq = allocatePillars({ days: 31, keys: PILLAR_KEYS, rng: mulberry32(1) });
    const counts = PILLAR_KEYS.map((k) => seq.filter((s) => s === k).length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    seq.forEach((s, i) => i && expect(s).not.toBe(seq[i - 1]));
  });

  it("follows weights, keeps one slot each and respects the no-repeat ceiling", () => {
    const counts = allocateCounts(31, PILLAR_KEYS, { education: 20 }, mulberry32(2));
    expect(counts.get("education")).toBe(16);
    for (const k of PILLAR_KEYS) expect(counts.get(k)).toBeGreaterThanOrEqual(1);
    const seq = allocatePillars({ days: 31, keys: PILLAR_KEYS, weights: { education: 20 }, rng: mulberry32(2) });
    expect(seq.filter((s) => s === "education")).toHaveLength(16);
    seq.forEach((s, i) => i && expect(s).not.toBe(seq[i - 1]));
  });
});

describe("typography and truncation", () => {
  it("puts U+00A0 before French double punctuation, leaving URLs and times alone", () => {
    expect(applyTypography("fr-FR", "Prêt ? Oui ! Voici : https://x.com/a?b=1 à 09:00 ; «merci»")).toBe(
      "Prêt\u00A0? Oui\u00A0! Voici\u00A0: https://x.com/a?b=1 à 09:00\u00A0; «\u00A0merci\u00A0»",
    );
    expect(applyTypography("fr-FR", "Vraiment ?!")).toBe("Vraiment\u00A0?!");
    // two marks in a row each get their space (a property test found "»!" keeping none before "!")
    const quoted = applyTypography("fr-FR", 'Hook B: "»!');
    expect(quoted).toBe('Hook B\u00A0: "\u00A0»\u00A0!');
    expect(applyTypography("fr-FR", quoted)).toBe(quoted);
    expect(applyTypography("en-US", "Ready\u00A0? Go")).toBe("Ready ? Go");
  });

  it("cuts at a word boundary and marks the cut", () => {
    expect(truncateWords("one two three four", 12)).toBe("one two…");
    expect(truncateWords("abcdefghijklmnop", 6)).toBe("abcde…");
    expect(truncateWords("short", 10)).toBe("short");
  });
});

const parts = (over: Partial<PostParts> = {}): PostParts => ({
  language: "en-US",
  format: "single",
  hook: "What if it could be simpler?",
  lead: "Here is a simple method.",
  intro: "Step by step:",
  bullets: ["Save time", "One dashboard"],
  point: "Save time.",
  outro: "Try it.",
  question: "What slows you down?",
  pollQuestion: "Which one?",
  pollOptions: ["A", "B"],
  cta: "Book a demo",
  link: "https://example.com/demo?utm_source=x",
  hashtags: ["#Acme", "#Tips"],
  emoji: false,
  listAngle: true,
  ...over,
});

describe("formatForNetwork", () => {
  it("builds a LinkedIn post with the hook first, the link and hashtags at the end", () => {
    const out = formatForNetwork("linkedin", parts({ format: "text", hashtags: ["#Acme", "#Tips", "#Data"] }));
    expect(out.body.startsWith("What if it could be simpler?\n\n")).toBe(true);
    expect(out.body).toContain("→ Save time\n→ One dashboard");
    expect(out.body.endsWith("Book a demo: https://example.com/demo?utm_source=x\n\n#Acme #Tips #Data")).toBe(true);
    expect(out.limit).toBe(NETWORK_LIMITS.linkedin);
  });

  it("lays out polls", () => {
    expect(formatForNetwork("linkedin", parts({ format: "poll" })).body).toContain("Poll: Which one?\n○ A\n○ B");
  });

  it("makes a carousel real slides, the text only introducing the document", () => {
    const out = formatForNetwork("linkedin", parts({ format: "carousel_outline", emoji: true }));
    expect(out.slides).toEqual(["Step by step:", "Save time", "One dashboard", "Try it.", "Book a demo"]);
    expect(out.body).not.toMatch(/Slide \d|→/);
    expect(out.body).toBe(
      [
        "What if it could be simpler?",
        "Here is a simple method.",
        "The essentials fit in a few slides: swipe through the document below.",
        "👉 Book a demo: https://example.com/demo?utm_source=x",
        "#Acme #Tips",
      ].join("\n\n"),
    );
    // Only LinkedIn publishes a carousel as a document; the other formats carry no slides.
    expect(formatForNetwork("linkedin", parts({ format: "text" })).slides).toBeUndefined();
    expect(formatForNetwork("facebook", parts({ format: "carousel_outline" })).slides).toBeUndefined();
  });

  it("keeps every slide short, in French typography", () => {
    const out = formatForNetwork(
      "linkedin",
      parts({
        language: "fr-FR",
        format: "carousel_outline",
        intro: "Le point clé : tout commence ici",
        bullets: ["Gagnez du temps ! " + "vraiment ".repeat(30)],
        outro: "Et vous ?",
        cta: "Réservez une démo",
      }),
    );
    expect(out.slides).toHaveLength(4);
    expect(out.slides![0]).toBe("Le point clé\u00A0: tout commence ici");
    expect(out.slides![1]).toMatch(/^Gagnez du temps\u00A0! vraiment .*…$/);
    expect(out.slides![1]!.length).toBeLessThanOrEqual(SLIDE_TEXT_MAX);
    expect(out.slides![2]).toBe("Et vous\u00A0?");
    expect(out.body).toContain("L’essentiel tient en quelques pages\u00A0: faites défiler le document ci-dessous.");
  });

  it("drops hashtags, then whole paragraphs, to fit X", () => {
    const long = parts({ hook: "word ".repeat(50).trim(), lead: "other ".repeat(40).trim(), listAngle: true });
    const out = formatForNetwork("x", long);
    expect(out.length).toBeLessThanOrEqual(280);
    expect(out.length).toBe(measureLength("x", out.body));
    expect(out.hashtags).toEqual([]);
    expect(out.body).toBe(`${"word ".repeat(50).trim()}\n\nhttps://example.com/demo?utm_source=x`);
    expect(out.cut).toBe(false);
  });

  it("shortens an X post by whole sentences, never ending on half of one", () => {
    const vp =
      "Battery lasts a full week of commuting, so you charge once on Sunday night and ride to work and back all week long with no range anxiety at all, rain or shine";
    const myth = "Myth: you need a bigger budget to get results. Fact: you need a clearer focus.";
    const out = formatForNetwork("x", parts({ hook: `${vp}. Here is how.`, intro: myth, listAngle: false }));
    expect(out.length).toBeLessThanOrEqual(280);
    expect(out.body).not.toContain("…");
    expect(out.body).not.toContain("Myth");
    expect(out.body.startsWith(`${vp}. Here is how.\n\nBook a demo: https://`)).toBe(true);
    // with no room for the hook's second sentence, the first stays whole
    const tight = formatForNetwork("x", parts({ hook: `${vp}. ${vp}.`, intro: myth, listAngle: false }));
    expect(tight.body).toBe(`${vp}.\n\nBook a demo: https://example.com/demo?utm_source=x`);
    expect(tight.cut).toBe(false);
  });

  it("numbers thread parts, each within 280, the body being the first", () => {
    const p = parts({ format: "thread", lead: "A long paragraph. " + "long ".repeat(80).trim() });
    const out = formatForNetwork("x", p);
    expect(out.threadParts).toEqual(threadParts(p));
    // the lead cannot fit a tweet as a whole paragraph: it is left out rather than cut
    expect(out.threadParts).toHaveLength(3);
    out.threadParts!.forEach((t, i) => {
      expect(t.endsWith(`${i + 1}/3`)).toBe(true);
      expect(measureLength("x", t)).toBeLessThanOrEqual(280);
      expect(t).not.toContain("…");
    });
    expect(out.threadParts![2]).toContain("#Acme #Tips");
    expect(out.body).toBe(out.threadParts![0]);
    expect(out.body).toContain("Book a demo");
  });
});
