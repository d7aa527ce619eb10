export const NETWORK_NAME: Record<string, string> = { linkedin: "LinkedIn", facebook: "Facebook", x: "X" };

/** "LinkedIn, Facebook and X" in the reader's language; all three when the networks are not known. */
export function networkList(networks: readonly string[] | undefined, locale: string): string {
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(
    (networks ?? Object.keys(NETWORK_NAME)).map((n) => NETWORK_NAME[n]),
  );
}

/** Each network's own color, dark enough for white text and a 3:1 edge against white. */
export const NETWORK_COLOR: Record<string, string> = { linkedin: "#0a66c2", facebook: "#7c3aed", x: "#111827" };

const PATHS: Record<string, string> = {
  linkedin:
    "M4.98 3.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5zM3 9.5h4V21H3zM9.5 9.5h3.8v1.6h.1c.5-1 1.8-2 3.8-2 4 0 4.8 2.6 4.8 6V21h-4v-5.2c0-1.2 0-2.8-1.7-2.8s-2 1.3-2 2.7V21h-4z",
  facebook:
    "M14 8.5V6.8c0-.8.2-1.3 1.4-1.3H17V2.2A21 21 0 0 0 14.6 2C12.2 2 10.5 3.5 10.5 6.2v2.3H8V12h2.5v10H14V12h2.7l.4-3.5z",
  x: "M17.8 3h3.1l-6.8 7.7L22 21h-6.2l-4.9-6.4L5.3 21H2.2l7.2-8.3L1.8 3h6.4l4.4 5.8zm-1.1 16.2h1.7L7.4 4.7H5.6z",
};

/** The network's mark in its color: a chip is recognizable before its text is read. */
export function NetworkIcon({ network, className = "h-3.5 w-3.5" }: { network: string; className?: string }) {
  return (
    <svg aria-hidden viewBox="0 0 24 24" className={`shrink-0 ${className}`} fill={NETWORK_COLOR[network] ?? "#475569"}>
      <path d={PATHS[network] ?? ""} />
    </svg>
  );
}
