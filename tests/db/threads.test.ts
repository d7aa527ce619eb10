import { spawn } from "node:child_process";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { runDaily } from "@/lib/orchestration/run-daily";
import { updatePost } from "@/lib/plans/update-post";
import { updatePostExtras } from "@/lib/plans/update-post-extras";
import { getTestDb, resetDb } from "../setup/db";
import { FAKE_TOKENS, startFakes } from "../fakes/start-fakes";
import { useRouteEnv } from "./support/route-env";
import { DAY, dailyInput, type Fakes, fakeEnv, ledger, makeDeps, seedPublishing } from "./support/orchestration";
import { waitForLeaseEnd } from "./support/lease";

let db: Db;
let url: string;
let fakes: Fakes;

beforeAll(async () => {
  db = await useRouteEnv();
  url = (await getTestDb()).url;
  fakes = await startFakes();
});
afterAll(async () => fakes.stop());
beforeEach(async () => {
  await resetDb(db);
  fakes.reset();
});

const day = new Date(`${DAY}T00:00:00Z`);
const later = (hours: number) => () => new Date(Date.now() + hours * 3600_000);

/** Turns the day's X post into a 4-part thread; returns its parts. */
async function makeThread(brandId: string): Promise<string[]> {
  const post = await db.post.findFirstOrThrow({ where: { brandId, platform: "x", date: day } });
  const parts = [post.body, "Part two of the thread. 2/4", "Part three of the thread. 3/4", "The end. 4/4"];
  await db.post.update({ where: { id: post.id }, data: { format: "thread", parts } });
  return parts;
}

const steps = (publicationId: string) =>
  db.publicationStep.findMany({ where: { publicationId }, orderBy: [{ kind: "asc" }, { index: "asc" }] });

function expectChain(parts: string[]) {
  const posts = fakes.fakes.x.posts;
  expect(posts.map((p) => p.sentText)).toEqual(parts);
  expect(posts[0].inReplyTo).toBeNull();
  for (let i = 1; i < posts.length; i++) expect(posts[i].inReplyTo).toBe(posts[i - 1].id);
}

describe("X threads on the ledger", () => {
  it("posts every part as a reply to the one before, and records each part", async () => {
    const { ws, brand } = await seedPublishing(db);
    const parts = await makeThread(brand.id);
    await runDaily(
      makeDeps(db, fakes, () => new Date()),
      dailyInput(ws.id, { platforms: ["x"] }),
    );
    expectChain(parts);
    const row = (await ledger(db, brand.id)).x;
    expect(row.state).toBe("published");
    expect(row.remoteId).toBe(fakes.fakes.x.posts[0].id);
    expect((await steps(row.id)).map((s) => s.remoteId)).toEqual(fakes.fakes.x.posts.map((p) => p.id));
  });

  it("fails at part 3 and the retry resumes at part 3: nothing is posted twice", async () => {
    const { ws, brand } = await seedPublishing(db);
    const parts = await makeThread(brand.id);
    fakes.fakes.x.failNext("5xx", { on: "create", skip: 2 });
    await runDaily(
      makeDeps(db, fakes, () => new Date()),
      dailyInput(ws.id, { platforms: ["x"] }),
    );
    let row = (await ledger(db, brand.id)).x;
    expect(row.state).toBe("failed");
    expect(row.failureClass).toBe("retryable");
    expect(row.lastError).toMatch(/^Part 3 of 4/);
    expect(fakes.fakes.x.posts).toHaveLength(2);
    expect((await steps(row.id)).map((s) => s.index)).toEqual([0, 1]);

    await runDaily(makeDeps(db, fakes, later(2)), dailyInput(ws.id, { platforms: ["x"] }));
    row = (await ledger(db, brand.id)).x;
    expect(row.state).toBe("published");
    expectChain(parts);
    // 2 parts, the failed third, then the third and fourth once: no part was sent again.
    expect(fakes.fakes.x.receivedCreates).toBe(5);
    expect(row.remoteId).toBe(fakes.fakes.x.posts[0].id);
  });

  it("a process killed after X accepted part 2 but before it was recorded: found, not re-sent", async () => {
    const { ws, brand } = await seedPublishing(db);
    const parts = await makeThread(brand.id);
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "tests/db/support/crash-child.ts", url, ws.id, DAY, "sent:part:1", "x"],
      { env: { ...process.env, ...fakeEnv(fakes), PUBLISH_TIMEOUT_MS: "10000" } },
    );
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const signal = await new Promise<string | null>((r) => child.on("exit", (_c, s) => r(s)));
    expect(signal, stderr).toBe("SIGKILL");
    expect(fakes.fakes.x.posts).toHaveLength(2);
    const stuck = (await ledger(db, brand.id)).x;
    expect((await steps(stuck.id)).map((s) => s.index)).toEqual([0]);

    await waitForLeaseEnd(db, brand.id, "x");
    await runDaily(
      makeDeps(db, fakes, () => new Date()),
      dailyInput(ws.id, { platforms: ["x"] }),
    );
    const row = (await ledger(db, brand.id)).x;
    expect(row.state).toBe("published");
    expectChain(parts);
    expect(fakes.fakes.x.receivedCreates).toBe(4);
    expect((await steps(row.id)).map((s) => s.remoteId)).toEqual(fakes.fakes.x.posts.map((p) => p.id));
    // a child process (tsx compiling the app) is started and killed: slow on a busy machine
  }, 120_000);
});

describe("a first comment", () => {
  it("goes under the post on LinkedIn and Facebook, and as a reply on X, recorded on the ledger", async () => {
    const { ws, brand } = await seedPublishing(db);
    await db.post.updateMany({
      where: { brandId: brand.id, date: day },
      data: { firstComment: "The link: https://acme.example.com" },
    });
    await runDaily(
      makeDeps(db, fakes, () => new Date()),
      dailyInput(ws.id),
    );
    const rows = await ledger(db, brand.id);
    for (const network of ["linkedin", "facebook"] as const) {
      const fake = fakes.fakes[network];
      expect(rows[network].state).toBe("published");
      expect(fake.posts).toHaveLength(1);
      expect(fake.comments).toEqual([
        expect.objectContaining({ postId: rows[network].remoteId, text: "The link: https://acme.example.com" }),
      ]);
      const [step] = await steps(rows[network].id);
      expect(step).toMatchObject({ kind: "comment", index: 0, remoteId: fake.comments[0].id });
    }
    const x = fakes.fakes.x.posts;
    expect(x.at(-1)).toMatchObject({ sentText: "The link: https://acme.example.com", inReplyTo: rows.x.remoteId });
  });

  it("a dry run shows the first comment's request, the one the run then sends, on every network", async () => {
    const { ws, brand } = await seedPublishing(db);
    const comment = "The link: https://acme.example.com & more";
    await db.post.updateMany({ where: { brandId: brand.id, date: day }, data: { firstComment: comment } });
    const dry = await runDaily(
      makeDeps(db, fakes, () => new Date()),
      dailyInput(ws.id, { dryRun: true }),
    );
    if (!dry.dry_run) throw new Error("expected a dry run");
    for (const network of ["linkedin", "facebook", "x"] as const) expect(fakes.fakes[network].requests).toHaveLength(0);
    await runDaily(
      makeDeps(db, fakes, () => new Date()),
      dailyInput(ws.id),
    );
    const rows = await ledger(db, brand.id);
    for (const network of ["linkedin", "facebook", "x"] as const) {
      const planned = dry.results.find((r) => r.platform === network)!.requests;
      expect(planned.map((r) => r.label)).toEqual(["Post", "First comment"]);
      const placeholder = "<id of the post>";
      const id = rows[network].remoteId!;
      const expected = planned[1];
      const sent = fakes.fakes[network].requests.filter((r) => r.method === "POST").at(-1)!;
      expect(sent.body).toBe(expected.body.split(JSON.stringify(placeholder).slice(1, -1)).join(id));
      const url = expected.url.split(encodeURIComponent(placeholder)).join(encodeURIComponent(id));
      expect(url.endsWith(sent.path)).toBe(true);
      expect(JSON.stringify(expected)).not.toContain(FAKE_TOKENS[network]);
    }
  });

  it("a comment that fails with a server error is retried alone: the post is not sent again", async () => {
    const { ws, brand } = await seedPublishing(db);
    await db.post.updateMany({
      where: { brandId: brand.id, date: day, platform: "linkedin" },
      data: { firstComment: "Read more below." },
    });
    fakes.fakes.linkedin.failNext("5xx", { on: "other" });
    await runDaily(
      makeDeps(db, fakes, () => new Date()),
      dailyInput(ws.id, { platforms: ["linkedin"] }),
    );
    let row = (await ledger(db, brand.id)).linkedin;
    expect(row.state).toBe("failed");
    expect(row.lastError).toMatch(/^First comment/);
    expect(fakes.fakes.linkedin.comments).toHaveLength(0);
    await runDaily(makeDeps(db, fakes, later(2)), dailyInput(ws.id, { platforms: ["linkedin"] }));
    row = (await ledger(db, brand.id)).linkedin;
    expect(row.state).toBe("published");
    expect(fakes.fakes.linkedin.posts).toHaveLength(1);
    expect(fakes.fakes.linkedin.receivedCreates).toBe(1);
    expect(fakes.fakes.linkedin.comments).toHaveLength(1);
    expect(row.remoteId).toBe(fakes.fakes.linkedin.posts[0].id);
  });
});

describe("two brands on one X account", () => {
  /** Brand A publishes first; brand B shares its X account. */
  async function twoBrands() {
    const a = await seedPublishing(db);
    const b = await seedPublishing(db);
    const run = (ws: string) =>
      runDaily(
        makeDeps(db, fakes, () => new Date()),
        dailyInput(ws, { platforms: ["x"] }),
      );
    return { a, b, run };
  }

  it("a thread part that repeats the other brand's part is not taken for ours: rejected, the other tweet not recorded", async () => {
    const { a, b, run } = await twoBrands();
    await makeThread(a.brand.id);
    await run(a.ws.id);
    const partsB = await makeThread(b.brand.id);
    await db.post.updateMany({
      where: { brandId: b.brand.id, platform: "x", date: day },
      data: { body: `${partsB[0]} (B)`, parts: [`${partsB[0]} (B)`, ...partsB.slice(1)] },
    });
    await run(b.ws.id);
    const row = (await ledger(db, b.brand.id)).x;
    expect(row.state).toBe("failed");
    expect(row.failureClass).toBe("rejected");
    expect(row.lastError).toMatch(/^Part 2 of 4: X reports a duplicate.*not this thread's\. Edit this part/);
    const aTweets = new Set((await steps((await ledger(db, a.brand.id)).x.id)).map((s) => s.remoteId));
    const bSteps = await steps(row.id);
    expect(bSteps.map((s) => s.index)).toEqual([0]);
    expect(bSteps.some((s) => aTweets.has(s.remoteId))).toBe(false);

    // The person edits the repeated parts as the message says and approves again: the thread continues
    // under B's part 1, which is not sent again.
    const post = await db.post.findUniqueOrThrow({ where: { id: row.postId } });
    const edited = [post.parts[0]!, ...post.parts.slice(1).map((p) => `${p} (B)`)];
    await updatePostExtras({
      db,
      actor: b.actor,
      id: post.id,
      input: { version: post.version, parts: edited },
      now: new Date(),
    });
    const draft = await db.post.findUniqueOrThrow({ where: { id: post.id } });
    expect(draft.status).toBe("draft");
    await updatePost({
      db,
      actor: b.actor,
      id: post.id,
      input: { version: draft.version, status: "approved" },
      now: new Date(),
    });
    const creates = fakes.fakes.x.receivedCreates;
    await run(b.ws.id);
    expect((await ledger(db, b.brand.id)).x.state).toBe("published");
    expect(fakes.fakes.x.receivedCreates).toBe(creates + 3);
    const chain = (await steps(row.id)).map((s) => s.remoteId);
    const sent = chain.map((id) => fakes.fakes.x.posts.find((p) => p.id === id)!);
    expect(sent.map((p) => p.sentText)).toEqual(edited);
    for (let i = 1; i < sent.length; i++) expect(sent[i].inReplyTo).toBe(sent[i - 1].id);
  });

  it("a post whose text the other brand already published is rejected, not recorded as the other brand's tweet", async () => {
    const { a, b, run } = await twoBrands();
    await run(a.ws.id);
    const aRow = (await ledger(db, a.brand.id)).x;
    const aPost = await db.post.findUniqueOrThrow({ where: { id: aRow.postId } });
    await db.post.updateMany({
      where: { brandId: b.brand.id, platform: "x", date: day },
      data: { body: aPost.body, parts: aPost.parts },
    });
    await run(b.ws.id);
    const row = (await ledger(db, b.brand.id)).x;
    expect(row.remoteId).toBeNull();
    expect(row.state).toBe("failed");
    expect(row.failureClass).toBe("rejected");
    expect(row.lastError).toContain(aRow.remoteId);
    expect(fakes.fakes.x.posts).toHaveLength(aPost.parts.length || 1);
  });
});
