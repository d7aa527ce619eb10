import { json, readJson, readQuery, withAuth, type JsonOf } from "@/lib/http";
import { createTokenSchema, listTokensQuery } from "@/lib/schemas/account";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";

export type TokensResponse = JsonOf<typeof listApiTokens>;
export type CreatedTokenResponse = JsonOf<typeof createApiToken>;

export const GET = withAuth(
  async ({ req, db, auth }) =>
    json(await listApiTokens({ db, workspaceId: auth.workspaceId, ...readQuery(req, listTokensQuery) })),
  { role: "owner" },
);

export const POST = withAuth(
  async ({ req, db, auth }) => {
    const input = await readJson(req, createTokenSchema);
    const token = await createApiToken({
      db,
      workspaceId: auth.workspaceId,
      actor: auth.actor,
      maker: auth.userId ?? auth.tokenMakerId,
      ...input,
    });
    return json(token, 201);
  },
  { role: "owner" },
);
