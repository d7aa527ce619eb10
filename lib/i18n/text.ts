export type TextValues = Record<string, string | number>;

/**
 * A sentence the server writes for a person (an error, a notification): a catalogue key and its values,
 * rendered in the reader's language only when it reaches them (render-text.ts), so the same error reads in
 * French for one person and in English for an API client. This file holds no catalogue: code the browser
 * also loads may write messages.
 */
export interface Text {
  key: string;
  values?: TextValues;
}

export const msg = (key: string, values?: TextValues): Text => (values ? { key, values } : { key });

const TEXT_SHAPE = { key: true, values: true };
export const isText = (v: unknown): v is Text =>
  !!v && typeof v === "object" && typeof (v as Text).key === "string" && Object.keys(v).every((k) => k in TEXT_SHAPE);
