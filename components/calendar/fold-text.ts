/** The part of a post a network shows before "see more": never cut between the halves of an emoji. */
export function foldText(body: string, cut: number): string {
  if (body.length <= cut) return body;
  const end = /[\uD800-\uDBFF]/.test(body[cut - 1] ?? "") ? cut - 1 : cut;
  return body.slice(0, end).trimEnd();
}
