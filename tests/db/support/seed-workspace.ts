import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import { createApiToken } from "@/lib/api-tokens/create-api-token";

/** A workspace with one user per role and an API token for each, as a test's own starting point. */
export async function seedWorkspace(db: Db, slug = `ws-${randomUUID().slice(0, 8)}`) {
  const workspace = await db.workspace.create({ data: { slug, name: `Workspace ${slug}` } });
  const tokens = {} as Record<"owner" | "editor" | "viewer", string>;
  const users = {} as Record<"owner" | "editor" | "viewer", string>;
  for (const role of ["owner", "editor", "viewer"] as const) {
    const user = await db.user.create({
      data: { email: `${role}-${slug}@example.com`, name: role, passwordHash: "x" },
    });
    await db.membership.create({ data: { userId: user.id, workspaceId: workspace.id, role } });
    users[role] = user.id;
    tokens[role] = (await createApiToken({ db, workspaceId: workspace.id, name: role, role })).token;
  }
  return { workspace, tokens, users };
}

/** The least a brand needs: POST /api/brands with a name added. */
export const BRAND_BODY = {
  positioning: "p",
  target_audience: "a",
  value_props: ["v"],
  tone: "friendly",
  language: "en-US",
  timezone: "UTC",
  cta_targets: [{ key: "demo", url: "https://example.com/demo" }],
};

export const BRIEF = {
  brand_name: "Acme Analytics",
  positioning: "Analytics that turns product data into same-day decisions",
  target_audience: "Product managers at B2B SaaS companies",
  value_props: ["Dashboards in minutes", "Plain-language answers", "Privacy-first"],
  start_date: "2030-01-01",
  duration_days: 31,
  language: "en-US",
  tone: "professional",
  website: "https://acme-analytics.example.com",
  cta_targets: ["demo", "newsletter"],
  timezone: "Europe/Paris",
  seed: 42,
};
