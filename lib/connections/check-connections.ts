import { checkConnection, type CheckDeps } from "./check-connection";

/**
 * The daily check of every live connection: refresh the tokens that expire within 7 days (every X
 * token, which lives 2 hours), then ask the network who the token belongs to. A token the network
 * refuses marks the connection needs_reconnect (which notifies); a token nobody can refresh that
 * expires within 7 days warns the owners once per expiry. A network that cannot be reached changes nothing.
 */
export async function checkConnections(deps: CheckDeps) {
  const { db } = deps;
  const conns = await db.channelConnection.findMany({
    where: { status: "active", archivedAt: null, platform: { not: "sandbox" }, brand: { archivedAt: null } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const counts = { checked: 0, refreshed: 0, needs_reconnect: 0, expiring_warned: 0, unreachable: 0, errors: 0 };
  for (const { id } of conns) {
    try {
      const outcome = await checkConnection(deps, id);
      counts.checked++;
      if (outcome.refreshed) counts.refreshed++;
      if (outcome.result === "needs_reconnect") counts.needs_reconnect++;
      if (outcome.result === "unreachable") counts.unreachable++;
      if (outcome.warned) counts.expiring_warned++;
    } catch (err) {
      // One connection's surprise must not stop the others' checks.
      console.error(`[connections] checking ${id} failed`, err);
      counts.errors++;
    }
  }
  return counts;
}
