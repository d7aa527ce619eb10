"use client";

import { useState } from "react";

/**
 * A person's local copy of a saved value. It follows the saved value while untouched; when the value
 * changes under an edit (a teammate's save, a move, another field's save), the edit is kept. A new `key`
 * (another post) starts over.
 */
export function useDraft<T>(saved: T, key: string, same: (a: T, b: T) => boolean = Object.is) {
  const [state, setState] = useState({ key, base: saved, value: saved });
  let next = state;
  if (state.key !== key) next = { key, base: saved, value: saved };
  else if (!same(state.base, saved))
    next = { key, base: saved, value: same(state.value, state.base) ? saved : state.value };
  // Adjusting state while rendering, as React documents for state derived from props.
  if (next !== state) setState(next);
  const set = (value: T | ((previous: T) => T)) =>
    setState((s) => ({ ...s, value: value instanceof Function ? value(s.value) : value }));
  return [next.value, set] as const;
}

export const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);
