import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { runPublishJob } from "@/lib/orchestration/run-publish-job";
import { DAY, type Fakes, makeDeps, seedPublishing } from "./support/orchestration";
import { withPublishingFakes } from "./support/publishing-fakes";

let db: Db;
let fakes: Fakes;
withPublishingFakes((ctx) => ({ db, fakes } = ctx));

/** The database, with the signals step's brand query failing as a broken feed or bad row could make it. */
function signalsDown(real: Db): Db {
  return new Proxy(real, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (key === "$queryRaw")
        return (sql: { sql?: string }, ...rest: unknown[]) => {
          if (String(sql.sql ?? "").includes("pg_timezone_names")) throw new Error("signals down");
          return (value as (...a: unknown[]) => unknown).call(target, sql, ...rest);
        };
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

describe("the scheduled publishing job", () => {
  it("publishes the due posts first, so a failing signals step neither stops nor delays a send", async () => {
    const { brand } = await seedPublishing(db);
    const clock = () => new Date(`${DAY}T23:30:00Z`);
    const res = await runPublishJob(makeDeps(signalsDown(db), fakes, clock), { catchupDays: 2 });
    expect(res.counts).toMatchObject({ published: 3 });
    expect(res.signals).toEqual([{ error: "signals down" }]);
    expect(await db.publication.count({ where: { brandId: brand.id, state: "published" } })).toBe(3);
  });
});
