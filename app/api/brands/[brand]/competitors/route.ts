import { json, readJson, withAuth, type JsonOf } from "@/lib/http";
import { addCompetitor } from "@/lib/listening/add-competitor";
import { listCompetitors } from "@/lib/listening/list-competitors";
import { competitorInput } from "@/lib/schemas/listening";

export type CompetitorsResponse = JsonOf<typeof listCompetitors>;

export const GET = withAuth<{ brand: string }>(async ({ db, auth, params }) =>
  json(await listCompetitors({ db, workspaceId: auth.workspaceId, ref: params.brand })),
);

export const POST = withAuth<{ brand: string }>(
  async ({ req, db, auth, params }) => {
    const input = await readJson(req, competitorInput);
    return json(await addCompetitor({ db, actor: auth.actor, ref: params.brand, input }), 201);
  },
  { role: "editor" },
);
