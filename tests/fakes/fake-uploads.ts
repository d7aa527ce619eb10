import type { Ctx } from "./fake-server";

/** A multipart/form-data body as the networks' upload endpoints receive it. */
export async function multipart(ctx: Ctx): Promise<FormData | null> {
  const type = ctx.headers["content-type"];
  if (typeof type !== "string" || !type.startsWith("multipart/form-data")) return null;
  try {
    return await new Response(new Uint8Array(ctx.raw), { headers: { "content-type": type } }).formData();
  } catch {
    return null;
  }
}

/** The bytes of an uploaded file field, when they start like a JPEG, PNG, GIF or WebP image. */
export async function imageField(form: FormData, name: string): Promise<Buffer | null> {
  const file = form.get(name);
  if (!file || typeof file === "string") return null;
  const bytes = Buffer.from(await file.arrayBuffer());
  return isImage(bytes) ? bytes : null;
}

export function isImage(b: Buffer): boolean {
  return (
    (b[0] === 0xff && b[1] === 0xd8) ||
    b.subarray(0, 4).toString("latin1") === "\u0089PNG" ||
    b.subarray(0, 3).toString("latin1") === "GIF" ||
    (b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP")
  );
}
