import { describe, expect, it } from "vitest";
import { detectLanguage } from "@/lib/listening/detect-language";
import { extractTopics } from "@/lib/listening/extract-topics";
import { labelOf, scoreSentiment } from "@/lib/listening/sentiment";
import { refineSentiment } from "@/lib/listening/refine-sentiment";

describe("extractTopics", () => {
  it("ranks the words posts keep coming back to, once per post, without stop words, links or mentions", () => {
    const topics = extractTopics([
      "Sourdough workshop this Saturday! Sourdough sourdough https://example.com/sourdough @baker",
      "Our sourdough starter turns ten. Let's celebrate the workshop",
      "L'atelier levain de samedi : le levain, c'est la vie",
      "Winter hours for the bakery",
    ]);
    expect(topics[0]).toEqual({ word: "sourdough", posts: 2 });
    expect(topics).toContainEqual({ word: "workshop", posts: 2 });
    const words = topics.map((t) => t.word);
    for (const w of ["https", "baker", "this", "let's", "the", "levain"]) expect(words).not.toContain(w);
  });

  it("keeps single mentions when there are too few posts to find repeats", () => {
    expect(extractTopics(["Atelier levain samedi"]).map((t) => t.word)).toEqual(["atelier", "levain", "samedi"]);
    expect(extractTopics([])).toEqual([]);
  });
});

describe("detectLanguage", () => {
  it("tells English from French by their common words and accents, and gives up on neither", () => {
    expect(detectLanguage("Is there a free trial for this?")).toBe("en");
    expect(detectLanguage("Très déçu par la qualité cette fois.")).toBe("fr");
    expect(detectLanguage("Bravo !")).toBe("und");
  });
});

describe("scoreSentiment", () => {
  it("scores offline with the shipped lexicons, using the network's language when it gives one", async () => {
    expect(await scoreSentiment("I love this, great work!")).toMatchObject({ label: "positive", language: "en" });
    expect(await scoreSentiment("Service client lamentable, je veux être remboursé.")).toMatchObject({
      label: "negative",
      language: "fr",
    });
    expect((await scoreSentiment("Which countries do you ship to?")).label).toBe("neutral");
    expect((await scoreSentiment("Horrible", "en")).language).toBe("en");
  });

  it("leaves scores within ±0.1 neutral", () => {
    expect([labelOf(0.1), labelOf(-0.1), labelOf(0.11), labelOf(-0.2)]).toEqual([
      "neutral",
      "neutral",
      "positive",
      "negative",
    ]);
  });
});

describe("refineSentiment (the optional writer)", () => {
  const answering = (content: unknown, status = 200) =>
    (async (_url: string | URL | Request, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body));
      expect(body.messages[1].content).toContain("A word list scored it positive");
      return new Response(JSON.stringify({ choices: [{ message: { content } }] }), { status });
    }) as typeof fetch;
  const ask = (fetchImpl: typeof fetch) =>
    refineSentiment({
      baseUrl: "http://ai.local/v1/",
      apiKey: "k",
      model: "m",
      text: "Great, another outage.",
      offline: "positive",
      fetchImpl,
    });

  it("takes a clean one-word label, and keeps the offline one for anything else", async () => {
    expect(await ask(answering(" Negative."))).toBe("negative");
    expect(await ask(answering("I think it is sarcastic"))).toBeNull();
    expect(await ask(answering("negative", 500))).toBeNull();
    expect(await ask((async () => Promise.reject(new Error("down"))) as typeof fetch)).toBeNull();
  });
});
