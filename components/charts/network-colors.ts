/** One readable color (and a dash pattern, for color-blind readers) per network. */
const NETWORK_STYLE: Record<string, { label: string; color: string; dash?: string }> = {
  linkedin: { label: "LinkedIn", color: "#0a66c2" },
  facebook: { label: "Facebook", color: "#4267B2", dash: "6 3" },
  x: { label: "X", color: "#111827", dash: "2 3" },
  sandbox: { label: "Sandbox", color: "#94a3b8", dash: "1 3" },
};

const NETWORK_ORDER = ["linkedin", "facebook", "x", "sandbox"];

export function networkStyle(key: string) {
  return NETWORK_STYLE[key] ?? { label: key, color: "#64748b" };
}

export const networkLabel = (key: string) => networkStyle(key).label;

export const sortNetworks = (keys: string[]) =>
  [...keys].sort((a, b) => (NETWORK_ORDER.indexOf(a) + 1 || 99) - (NETWORK_ORDER.indexOf(b) + 1 || 99));
