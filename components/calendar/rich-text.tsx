import { Fragment } from "react";

const TOKEN = /(https?:\/\/[^\s]+|[#＃][\p{L}\p{N}_]+|@[\p{L}\p{N}_.]+)/gu;

/** Hashtags, mentions and links in the network's link color, the rest as typed. */
export function RichText({ text, color, bold = false }: { text: string; color: string; bold?: boolean }) {
  const parts = text.split(TOKEN);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} data-testid="preview-tag" style={{ color }} className={bold ? "font-semibold" : undefined}>
            {part}
          </span>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}
