/** For useSyncExternalStore reading a value that never changes once the page runs (client-only reads). */
export const noSubscription = () => () => {};
