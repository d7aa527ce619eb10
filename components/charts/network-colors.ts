/**
 * One distinct color per network: LinkedIn's blue, Facebook's lighter blue would read as the same line, so
 * Facebook takes violet. Legends name each series next to a filled swatch instead of relying on dash styles.
 */
const NETWORK_STYLE: Record<string, { label: string; color: string }> = {
  linkedin: { label: "LinkedIn", color: "#0a66c2" },
  facebook: { label: "Facebook", color: "#7c3aed" },
  x: { label: "X", color: "#111827" },
  sandbox: { label: "Sandbox", color: "#b45309" },
};

const NETWORK_ORDER = ["linkedin", "facebook", "x", "sandbox"];

export function networkStyle(key: string) {
  return NETWORK_STYLE[key] ?? { label: key, color: "#64748b" };
}

export const networkLabel = (key: string) => networkStyle(key).label;

export const sortNetworks = (keys: string[]) =>
  [...keys].sort((a, b) => (NETWORK_ORDER.indexOf(a) + 1 || 99) - (NETWORK_ORDER.indexOf(b) + 1 || 99));
