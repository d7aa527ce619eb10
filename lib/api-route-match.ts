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

/** The route file Next would pick for this path, or null. */
export function matchApiRoute(routes: ApiRoute[], pathname: string): ApiRoute | null {
  const path = pathname.split("/").filter(Boolean);
  const found = routes
    .map((r) => ({ r, segs: r.pattern.split("/").filter(Boolean) }))
    .filter((x) => matches(x.segs, path));
  found.sort((a, b) => {
    for (let i = 0; i < Math.max(a.segs.length, b.segs.length); i++) {
      const d = segmentRank(a.segs[i] ?? "[...]") - segmentRank(b.segs[i] ?? "[...]");
      if (d) return d;
    }
    return 0;
  });
  return found[0]?.r ?? null;
}

/** The Allow header for a route: its methods plus what Next adds (HEAD with GET, OPTIONS). */
export function allowedMethods(route: ApiRoute): string[] {
  const set = new Set([...route.methods, "OPTIONS"]);
  if (set.has("GET")) set.add("HEAD");
  return [...set].sort();
}
