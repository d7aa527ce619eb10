/** LinkedIn and X have no separate link field: the link goes at the end of the text unless it is already there. */
export function inlineLink(text: string, link?: string | null): string {
  if (!link || text.includes(link)) return text;
  return `${text}\n\n${link}`;
}
