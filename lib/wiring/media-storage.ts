import path from "node:path";
import { envPick } from "@/lib/env";
import { localStorage, type MediaStorage } from "@/lib/media/storage";
import { s3Storage } from "@/lib/media/s3-storage";

const KEYS = [
  "MEDIA_DIR",
  "EMBEDDED_PG_DIR",
  "S3_BUCKET",
  "S3_ENDPOINT",
  "S3_REGION",
  "S3_ACCESS_KEY_ID",
  "S3_SECRET_ACCESS_KEY",
] as const;

let cached: { key: string; storage: MediaStorage } | undefined;

/**
 * An S3-compatible bucket when all five S3_* variables are set, else a folder: MEDIA_DIR, or media/ in
 * the data directory npm start uses (EMBEDDED_PG_DIR, default .data), so nothing needs setting up.
 */
export function mediaStorageFromEnv(source: Record<string, string | undefined> = process.env): MediaStorage {
  const env = envPick(KEYS, source);
  const key = JSON.stringify(env);
  if (cached?.key === key) return cached.storage;
  const { S3_BUCKET, S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = env;
  const storage =
    S3_BUCKET && S3_ENDPOINT && S3_REGION && S3_ACCESS_KEY_ID && S3_SECRET_ACCESS_KEY
      ? s3Storage({
          bucket: S3_BUCKET,
          endpoint: S3_ENDPOINT,
          region: S3_REGION,
          accessKeyId: S3_ACCESS_KEY_ID,
          secretAccessKey: S3_SECRET_ACCESS_KEY,
        })
      : // a folder chosen at run time: nothing under it belongs in the build's traced files
        localStorage(
          path.resolve(/*turbopackIgnore: true*/ env.MEDIA_DIR ?? path.join(env.EMBEDDED_PG_DIR ?? ".data", "media")),
        );
  cached = { key, storage };
  return storage;
}
