import { describe, expect, it } from "vitest";
import { groupActivity } from "@/components/settings/group-activity";

const ev = (id: string, actor: string, action = "post.card", brand: string | null = "acme") => ({
  id,
  actor,
  action,
  brand,
});

describe("groupActivity", () => {
  it("folds a run of automatic events into one row and keeps people's events apart", () => {
    const events = [
      ev("1", "ann@example.com", "post.edit"),
      ev("2", "cards"),
      ev("3", "cards"),
      ev("4", "cards"),
      ev("5", "cards"),
      ev("6", "ann@example.com", "post.move"),
    ];
    const rows = groupActivity(events);
    expect(rows.map((r) => (r.kind === "one" ? r.event.id : r.events.map((e) => e.id).join("+")))).toEqual([
      "1",
      "2+3+4+5",
      "6",
    ]);
  });

  it("leaves short runs, other brands and a person's events as they are", () => {
    const events = [ev("1", "cards"), ev("2", "cards"), ev("3", "cards", "post.card", "other"), ev("4", "bob@x.io")];
    expect(groupActivity(events).every((r) => r.kind === "one")).toBe(true);
    const people = [
      ev("1", "bob@x.io", "post.edit"),
      ev("2", "bob@x.io", "post.edit"),
      ev("3", "bob@x.io", "post.edit"),
    ];
    expect(groupActivity(people)).toHaveLength(3);
  });
});
