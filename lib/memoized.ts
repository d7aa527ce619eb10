/** `make` called once per key, its result kept: for values costly to build from a few distinct keys (Intl formatters per language or zone). */
export function memoized<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key)!;
  };
}
