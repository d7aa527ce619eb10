import { readdirSync } from "node:fs";
import path from "node:path";
import type { callRoute } from "./call-route";

const APP = path.resolve(import.meta.dirname, "../../../app");

/** Every route.ts under app/api, as its folder path relative to app/ (e.g. "api/brands/[brand]"). */
export function listRouteFiles(dir = path.join(APP, "api")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return listRouteFiles(full);
    return e.name === "route.ts" ? [path.relative(APP, dir).split(path.sep).join("/")] : [];
  });
}

type Handler = Parameters<typeof callRoute>[0];
export async function loadRoute(route: string): Promise<Record<string, Handler>> {
  return (await import(/* @vite-ignore */ path.join(APP, route, "route.ts"))) as Record<string, Handler>;
}
