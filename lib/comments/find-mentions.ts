/**
 * "@nina", "@nina@example.com" or "@Nina.Rossi" mention a member by email, by the email's local part,
 * or by name with spaces written as dots; matching ignores case. Unknown handles are plain text.
 */
export function findMentions(body: string, members: { id: string; email: string; name: string }[]): string[] {
  const handles = [...body.matchAll(/(?:^|[^\w@])@([\w.+-]+(?:@[\w-]+(?:\.[\w-]+)+)?)/g)].map((m) =>
    m[1].replace(/\.+$/, "").toLowerCase(),
  );
  const ids = new Set<string>();
  for (const h of handles) {
    for (const m of members) {
      const email = m.email.toLowerCase();
      const names = [email, email.split("@")[0], m.name.toLowerCase().trim().replace(/\s+/g, ".")];
      if (names.includes(h)) ids.add(m.id);
    }
  }
  return [...ids];
}
