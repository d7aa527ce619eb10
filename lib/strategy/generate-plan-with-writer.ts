import type { WriteResult, WriterSlot } from "./ai-writer";
import { writeWithAi } from "./ai-writer";
import { briefSchema, type Brief } from "./brief";
import { generatePlan, type GeneratePlanInput } from "./generate-plan";
import { measureLength } from "./networks";
import type { Plan, PlannedPost } from "./types";

export type Writer = (args: { slot: WriterSlot; brief: Brief; limit: number }) => Promise<WriteResult>;

export interface WrittenPost extends PlannedPost {
  writer: "ai" | "template";
  /** why the template was kept, when it was */
  writerNote?: string;
}

interface WrittenPlan extends Omit<Plan, "posts"> {
  posts: WrittenPost[];
}

export function createAiWriter(config: {
  baseUrl: string;
  apiKey: string;
  model: string;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}): Writer {
  return ({ slot, brief, limit }) => writeWithAi({ ...config, slot, brief, limit });
}

/**
 * Decides the plan with the template generator, then lets the writer rewrite each body.
 * Every decision (pillar, hook, angle, CTA, format) stays; any refusal keeps the template body,
 * so a broken or slow model degrades the month instead of failing it.
 */
export async function generatePlanWithWriter(input: GeneratePlanInput, writer: Writer): Promise<WrittenPlan> {
  const plan = generatePlan(input);
  const brief = briefSchema.parse(input.brief);
  const bodies = new Set(plan.posts.map((p) => p.body));
  const posts: WrittenPost[] = [];
  for (const post of plan.posts) {
    let result: WriteResult;
    try {
      result = await writer({ slot: post, brief, limit: post.limit });
    } catch (err) {
      result = { ok: false, reason: `writer_error: ${err instanceof Error ? err.message : String(err)}` };
    }
    if (result.ok && bodies.has(result.body)) result = { ok: false, reason: "duplicate" };
    if (result.ok && measureLength(post.network, result.body) > post.limit) result = { ok: false, reason: "too_long" };
    if (!result.ok) {
      posts.push({ ...post, writer: "template", writerNote: result.reason });
      continue;
    }
    bodies.delete(post.body);
    bodies.add(result.body);
    const written: WrittenPost = {
      ...post,
      body: result.body,
      length: measureLength(post.network, result.body),
      link: post.link && result.body.includes(post.link) ? post.link : null,
      hashtags: post.hashtags.filter((t) => result.body.includes(t)),
      writer: "ai",
    };
    if (post.threadParts) written.threadParts = [result.body, ...post.threadParts.slice(1)];
    posts.push(written);
  }
  return { ...plan, posts };
}
