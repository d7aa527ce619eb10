import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeWithAi, type WriterSlot } from "@/lib/strategy/ai-writer";
import { briefSchema } from "@/lib/strategy/brief";
import { createAiWriter, generatePlanWithWriter } from "@/lib/strategy/generate-plan-with-writer";
import { generatePlan } from "@/lib/strategy/generate-plan";
import { measureLength } from "@/lib/strategy/networks";
import { acmeEn, acmeFr } from "./fixtures";
import { typographyViolations } from "./plan-rules";

/** A fake OpenAI-compatible server: the model name picks the behaviour. */
type Behaviour = (body: { model: string; messages: { role: string; content: string }[] }, res: ServerResponse) => void;
const requests: {
  path: string;
  auth: string | undefined;
  body: { model: string; temperature: number; messages: { content: string }[] };
}[] = [];

const reply = (res: ServerResponse, content: string) => {
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify({ choices: [{ message: { role: "assistant", content } }] }));
};
const linkOf = (body: { messages: { content: string }[] }) =>
  /https?:\/\/\S+/.exec(body.messages[1]!.content)?.[0] ?? "";

const behaviours: Record<string, Behaviour> = {
  good: (b, res) => reply(res, `Vous gagnez du temps avec nous : voici comment nous aidons les équipes. ${linkOf(b)}`),
  "good-en": (b, res) =>
    reply(res, `You and your team deserve reports that write themselves. Here is how we do it. ${linkOf(b)}`),
  outline: (b, res) =>
    reply(
      res,
      `Our method for you and your team, in three slides.\nSlide 1 — The hook\nSlide 2 — The proof ${linkOf(b)}`,
    ),
  slow: (_, res) => setTimeout(() => reply(res, "Trop tard pour vous et pour nous."), 500),
  empty: (_, res) => reply(res, "   "),
  long: (_, res) => reply(res, `Vous et nous, ${"toujours plus de texte pour les équipes ".repeat(100)}`),
  english: (_, res) => reply(res, "This is the best tool for you and your team, and it is what you need."),
  error: (_, res) => {
    res.writeHead(500);
    res.end("boom");
  },
};

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const body = JSON.parse(raw);
      requests.push({ path: req.url ?? "", auth: req.headers.authorization, body });
      (behaviours[body.model] ?? behaviours.error!)(body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const brief = briefSchema.parse(acmeFr);
const slot: WriterSlot = {
  network: "x",
  format: "single",
  pillar: "education",
  angle: "faq",
  hook: "Et si c’était plus simple ?",
  cta: "Réservez une démo",
  link: "https://example.com/demo?utm_source=x&utm_content=2025-03-01-x",
  hashtags: ["#Acme"],
  body: "Et si c’était plus simple ?",
};
const write = (model: string, timeoutMs = 2000) =>
  writeWithAi({ baseUrl, apiKey: "sk-test", model, slot, brief, limit: 280, timeoutMs });

describe("writeWithAi", () => {
  it("calls POST /chat/completions and returns a French, typeset body that fits", async () => {
    const result = await write("good");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.body).toContain("nous\u00A0: voici");
    expect(result.body).toContain(slot.link);
    expect(typographyViolations(result.body, "fr-FR")).toEqual([]);
    expect(measureLength("x", result.body)).toBeLessThanOrEqual(280);
    const last = requests.at(-1)!;
    expect(last.path).toBe("/v1/chat/completions");
    expect(last.auth).toBe("Bearer sk-test");
    expect(last.body).toMatchObject({ model: "good", temperature: expect.any(Number) });
  });

  it("gives up on a timeout", async () => {
    expect(await write("slow", 100)).toEqual({ ok: false, reason: "timeout" });
  });

  it("refuses empty, too long and wrong-language output, and HTTP errors", async () => {
    expect(await write("empty")).toEqual({ ok: false, reason: "empty" });
    expect(await write("long")).toEqual({ ok: false, reason: "too_long" });
    expect(await write("english")).toEqual({ ok: false, reason: "wrong_language" });
    expect(await write("error")).toEqual({ ok: false, reason: "http_500" });
  });

  it("refuses a carousel's text that lists the slides again, but not a plain post saying the word", async () => {
    const carousel = {
      ...slot,
      network: "linkedin" as const,
      format: "carousel_outline",
      slides: ["The hook", "The proof"],
    };
    const args = { baseUrl, apiKey: "k", model: "outline", brief: briefSchema.parse(acmeEn), limit: 3000 };
    expect(await writeWithAi({ ...args, slot: carousel })).toEqual({ ok: false, reason: "lists_slides" });
    expect((await writeWithAi({ ...args, slot: { ...carousel, slides: undefined } })).ok).toBe(true);
  });

  it("reports an unreachable endpoint", async () => {
    const res = await writeWithAi({
      baseUrl: "http://127.0.0.1:1",
      apiKey: "k",
      model: "good",
      slot,
      brief,
      limit: 280,
      timeoutMs: 2000,
    });
    expect(res).toEqual({ ok: false, reason: "network_error" });
  });
});

describe("generatePlanWithWriter", () => {
  const input = { startDate: "2025-03-01", durationDays: 2, networks: ["linkedin", "x"] as const, seed: 1 };

  it("uses the AI body when it passes every check", async () => {
    const plan = await generatePlanWithWriter(
      { ...input, brief: acmeEn },
      createAiWriter({ baseUrl, apiKey: "k", model: "good-en" }),
    );
    expect(plan.posts).toHaveLength(4);
    for (const post of plan.posts) {
      expect(post.writer).toBe("ai");
      expect(post.body).toContain(post.link!);
      expect(post.length).toBe(measureLength(post.network, post.body));
    }
  });

  it("falls back to the template body with the reason", async () => {
    for (const [model, reason] of [
      ["slow", "timeout"],
      ["long", "too_long"],
      ["empty", "empty"],
      ["english", "wrong_language"],
    ] as const) {
      const plan = await generatePlanWithWriter(
        { ...input, brief: acmeFr },
        // Only the slow model should time out: on a busy machine 100 ms is too short for the others' answers.
        createAiWriter({ baseUrl, apiKey: "k", model, timeoutMs: model === "slow" ? 100 : 10_000 }),
      );
      for (const post of plan.posts) {
        expect(post).toMatchObject({ writer: "template", writerNote: reason });
      }
    }
  });

  it("keeps a carousel's slides whoever writes its text, and tells the model what they say", async () => {
    const month = { startDate: "2025-03-01", durationDays: 28, networks: ["linkedin"] as const, seed: 1 };
    const template = generatePlan({ ...month, brief: acmeEn });
    const carousels = template.posts.filter((p) => p.slides);
    expect(carousels.length).toBeGreaterThan(0);
    const sent = requests.length;
    const written = await generatePlanWithWriter(
      { ...month, brief: acmeEn },
      createAiWriter({ baseUrl, apiKey: "k", model: "good-en" }),
    );
    const fallback = await generatePlanWithWriter({ ...month, brief: acmeEn }, async () => {
      throw new Error("quota");
    });
    for (const plan of [written, fallback])
      for (const post of carousels) {
        const same = plan.posts.find((p) => p.date === post.date)!;
        expect(same.slides).toEqual(post.slides);
      }
    expect(written.posts.filter((p) => p.slides).every((p) => p.writer === "ai")).toBe(true);
    const prompts = requests.slice(sent).map((r) => r.body.messages[1]!.content);
    const first = carousels[0]!;
    const prompt = prompts.find((m) => m.includes(`Draft to improve:\n${first.body}`))!;
    expect(prompt).toContain(`The post carries a document of ${first.slides!.length} slides`);
    expect(prompt).toContain(`1. ${first.slides![0]}`);
  });

  it("keeps the template when the writer throws or repeats a body", async () => {
    const throwing = await generatePlanWithWriter({ ...input, brief: acmeEn }, async () => {
      throw new Error("quota");
    });
    expect(throwing.posts.every((p) => p.writer === "template" && p.writerNote === "writer_error: quota")).toBe(true);
    const same = await generatePlanWithWriter({ ...input, brief: acmeEn }, async () => ({
      ok: true,
      body: "You and the team, the same text for us.",
    }));
    expect(same.posts.filter((p) => p.writer === "ai")).toHaveLength(1);
    expect(same.posts.filter((p) => p.writerNote === "duplicate")).toHaveLength(3);
  });
});
