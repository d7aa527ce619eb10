// Issue #8, finding 12: the embedded PostgreSQL is protected by a generated password kept with the other
// generated secrets, never by the fixed "postgres", and a cluster made with that one is moved off it.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/scripts/lib/db/embedded";

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function connects(port: number, password: string): Promise<true | string> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password, database: "postgres" });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

const secretsOf = async (dir: string) =>
  JSON.parse(await readFile(join(dir, "secrets.json"), "utf8")) as Record<string, string>;

describe("finding 12: the embedded database's password", () => {
  it("is generated into secrets.json beside the data, kept across restarts, and 'postgres' is refused", async () => {
    const dir = await mkdtemp(join(tmpdir(), "scm-pgpw-"));
    dirs.push(dir);
    const first = await startEmbeddedPostgres({ dataDir: join(dir, "pg"), ephemeral: true });
    const password = (await secretsOf(dir)).EMBEDDED_PG_PASSWORD;
    try {
      expect(password).toMatch(/^[\w-]{32}$/);
      expect(new URL(first.url).password).toBe(password);
      expect(await connects(first.port, password)).toBe(true);
      expect(await connects(first.port, "postgres")).toBe("28P01");
    } finally {
      await first.stop();
    }
    const again = await startEmbeddedPostgres({ dataDir: join(dir, "pg"), ephemeral: true });
    try {
      expect((await secretsOf(dir)).EMBEDDED_PG_PASSWORD).toBe(password);
      expect(await connects(again.port, password)).toBe(true);
    } finally {
      await again.stop();
    }
  }, 120_000);

  it("moves a cluster created with the old fixed password onto a generated one", async () => {
    const dir = await mkdtemp(join(tmpdir(), "scm-pgpw-"));
    dirs.push(dir);
    const legacy = await startEmbeddedPostgres({ dataDir: join(dir, "pg"), password: "postgres", ephemeral: true });
    await legacy.stop();
    const upgraded = await startEmbeddedPostgres({ dataDir: join(dir, "pg"), ephemeral: true });
    try {
      const password = (await secretsOf(dir)).EMBEDDED_PG_PASSWORD;
      expect(password).not.toBe("postgres");
      expect(await connects(upgraded.port, password)).toBe(true);
      expect(await connects(upgraded.port, "postgres")).toBe("28P01");
    } finally {
      await upgraded.stop();
    }
  }, 120_000);
});
