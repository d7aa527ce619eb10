"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { draftKey } from "./draft-key";

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

/**
 * The editor's post text as a draft, and whether the panel holds work not saved yet (the text, or the
 * extras the extras editor reports), told to the calendar so that leaving asks first.
 */
export function useEditorText(post: { id: string; body: string }, onUnsavedChange: (unsaved: boolean) => void) {
  const t = useTranslations("editor");
  const [body, setBody] = useDraft(post.body, post.id);
  const [extrasDirty, setExtrasDirty] = useState(false);
  const textDirty = body !== post.body;
  // The saved text the person started from. A teammate's save that lands under the edit (a background
  // refetch) changes the saved text but not this, and must not be overwritten without being told.
  // Once the person has pressed Save on this edit, they have been told of any conflict (here or by the
  // server's 409) and the next Save puts their text in place.
  const [origin, setOrigin] = useState({ id: post.id, body: post.body, told: false });
  const stale = origin.id !== post.id || (!textDirty && (origin.body !== post.body || origin.told));
  const followed = stale ? { id: post.id, body: post.body, told: false } : origin;
  if (followed !== origin) setOrigin(followed);
  const changedUnder = textDirty && !followed.told && followed.body !== post.body;
  const saveWith = (save: (body: string, changedUnder: boolean) => void) => {
    save(body, changedUnder);
    setOrigin({ ...followed, told: true });
  };
  const unsaved = textDirty || extrasDirty;
  useEffect(() => {
    if (textDirty) sessionStorage.setItem(draftKey(post.id), body);
    else sessionStorage.removeItem(draftKey(post.id));
  }, [textDirty, body, post.id]);
  useEffect(() => onUnsavedChange(unsaved), [unsaved, onUnsavedChange]);
  useEffect(() => () => onUnsavedChange(false), [onUnsavedChange]);
  /** Regenerate, restore and a suggestion replace the text: typing not saved yet goes only if the person says so. */
  const replacingText = (go: () => void) => () => {
    if (textDirty && !window.confirm(t("discardText"))) return;
    setBody(post.body);
    go();
  };
  return { body, setBody, textDirty, setExtrasDirty, replacingText, saveWith };
}
