import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { errorResponse, readerLocale } from "@/lib/http";

// Any /api path no other route claims: a JSON 404 in the one error shape instead of Next's HTML page.
const noEndpoint = async (req: Request) => errorResponse(notFound("endpoint"), await readerLocale(req, getDb(), null));

export { noEndpoint as GET, noEndpoint as POST, noEndpoint as PUT, noEndpoint as PATCH, noEndpoint as DELETE };
