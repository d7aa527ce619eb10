// Apart from networks.ts, which loads twitter-text: the calendar's first load reads these names
// (best times → learning notes) and must not carry X's length counter with them.
import type { Network } from "./networks";

/** How each network writes its own name. */
export const NETWORK_NAMES: Record<Network, string> = { linkedin: "LinkedIn", facebook: "Facebook", x: "X" };

/** A platform as people write it ("LinkedIn"); one the app does not plan for (the sandbox) as stored. */
export const networkName = (platform: string): string => NETWORK_NAMES[platform as Network] ?? platform;
