import { z } from "zod";
import { json, readQuery, withAuth, type JsonOf } from "@/lib/http";
import { getSentimentReport } from "@/lib/listening/get-sentiment-report";
import { platformName } from "@/lib/schemas/common";
import { listeningRangeQuery } from "@/lib/schemas/listening";

export type SentimentResponse = JsonOf<typeof getSentimentReport>;

const query = z.intersection(listeningRangeQuery, z.object({ platform: platformName.optional() }));

export const GET = withAuth<{ brand: string }>(async ({ req, db, auth, params, now }) =>
  json(
    await getSentimentReport({
      db,
      workspaceId: auth.workspaceId,
      ref: params.brand,
      now,
      query: readQuery(req, query),
    }),
  ),
);
