/** An id the sandbox publisher made up: the network is not connected, so nothing was posted there. */
export function isSandboxRemoteId(remoteId: string | null | undefined): boolean {
  return remoteId?.startsWith("sandbox_") ?? false;
}
