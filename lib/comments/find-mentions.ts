/**
 * "@nina", "@nina@example.com" or "@Nina.Rossi" mention a member by email, by the email's local part,
 * or by name with spaces written as dots; "@Nina" also names the one member whose first name it is.
 * Matching ignores case. Unknown or ambiguous handles are plain text.
 */
export function findMentions(body: string, members: { id: string; email: string; name: string }[]): string[] {
  const handles = [...body.matchAll(/(?:^|[^\w@])@([\w.+-]+(?:@[\w-]+(?:\.[\w-]+)+)?)/g)].map((m) =>
    m[1].replace(/\.+$/, "").toLowerCase(),
  );
  const ids = new Set<string>();
  const first = (m: { name: string }) => m.name.toLowerCase().trim().split(/\s+/)[0];
  for (const h of handles) {
    let named = false;
    for (const m of members) {
      const email = m.email.toLowerCase();
      const names = [email, email.split("@")[0], m.name.toLowerCase().trim().replace(/\s+/g, ".")];
      if (names.includes(h)) {
        ids.add(m.id);
        named = true;
      }
    }
    const byFirstName = members.filter((m) => first(m) === h);
    if (!named && byFirstName.length === 1) ids.add(byFirstName[0].id);
  }
  return [...ids];
}
