import { json, readJson, withAuth, type JsonOf } from "@/lib/http";
import { recordRemoteLink } from "@/lib/orchestration/record-remote-link";
import { linkBody, linkParams } from "@/lib/schemas/orchestrator";
import { parseWith } from "@/lib/validate";

export type RecordLinkResponse = JsonOf<typeof recordRemoteLink>;

export const PUT = withAuth<{ date: string; platform: string }>(
  async ({ req, db, auth, params }) => {
    const { date, platform } = parseWith(linkParams, params, "The date or platform is invalid.");
    const input = await readJson(req, linkBody);
    const result = await recordRemoteLink(db, {
      workspaceId: auth.workspaceId,
      brand: input.brand,
      date,
      platform,
      url: input.remote_url,
      actor: auth.actor,
    });
    return json(result);
  },
  { role: "editor" },
);
