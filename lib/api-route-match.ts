interface ApiRoute {
  pattern: string;
  methods: string[];
}

/** Next's precedence: a static segment beats [param], which beats [...catchAll]. */
function segmentRank(seg: string): number {
  if (seg.startsWith("[...") || seg.startsWith("[[...")) return 2;
  return seg.startsWith("[") ? 1 : 0;
}

function matches(pattern: string[], path: string[]): boolean {
  for (let i = 0; i < pattern.length; i++) {
    if (segmentRank(pattern[i]) === 2) return path.length > i;
    if (i >= path.length) return false;
    if (segmentRank(pattern[i]) === 0 && pattern[i] !== path[i]) return false;
  }
  return pattern.length === path.length;
}

function byPrecedence(a: string[], b: string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = segmentRank(a[i] ?? "[...]") - segmentRank(b[i] ?? "[...]");
    if (d) return d;
  }
  return 0;
}

/** A function giving the route file Next would pick for a path, or null; the routes are split and ranked once. */
export function apiRouteMatcher<R extends ApiRoute>(routes: R[]): (pathname: string) => R | null {
  const ranked = routes
    .map((r) => ({ r, segs: r.pattern.split("/").filter(Boolean) }))
    .sort((a, b) => byPrecedence(a.segs, b.segs));
  return (pathname) => {
    const path = pathname.split("/").filter(Boolean);
    return ranked.find((x) => matches(x.segs, path))?.r ?? null;
  };
}

/** The Allow header for a route: its methods plus what Next adds (HEAD with GET, OPTIONS). */
export function allowedMethods(route: ApiRoute): string[] {
  const set = new Set([...route.methods, "OPTIONS"]);
  if (set.has("GET")) set.add("HEAD");
  return [...set].sort();
}
