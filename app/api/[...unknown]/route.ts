import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http";

// Any /api path no other route claims: a JSON 404 in the one error shape instead of Next's HTML page.
const notFound = async () => errorResponse(new AppError("not_found", "There is no API endpoint at this path."));

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
