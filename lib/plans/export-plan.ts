import type { Db } from "@/lib/db";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { csvDocument, type CsvDelimiter } from "@/lib/csv";
import { localTime } from "@/lib/dates/zoned";
import { utcDay } from "@/lib/dates/days";

async function exportRows(db: Db, workspaceId: string, ref: string) {
  const brand = await resolveBrand({ db, workspaceId, ref });
  const posts = await db.post.findMany({
    where: { brandId: brand.id, archivedAt: null },
    include: { publication: true },
    orderBy: [{ date: "asc" }, { platform: "asc" }],
  });
  return { brand, posts };
}

/** RFC 5545 TEXT: backslash, comma and semicolon escaped, every line break (CRLF, CR or LF) as \n, no other controls. */
const icsText = (s: string) =>
  s
    .replace(/\\/g, "\\\\")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/([,;])/g, "\\$1")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
const icsStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/** RFC 5545 lines are folded at 75 octets, never inside a character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = "";
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > 75) {
      out.push(current);
      current = " ";
      bytes = 1;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join("\r\n");
}

export async function exportIcs({
  db,
  workspaceId,
  ref,
  now,
}: {
  db: Db;
  workspaceId: string;
  ref: string;
  now: Date;
}) {
  const { brand, posts } = await exportRows(db, workspaceId, ref);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Social CM Orchestrator//EN",
    `X-WR-CALNAME:${icsText(brand.name)} social calendar`,
    "CALSCALE:GREGORIAN",
  ];
  for (const p of posts) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${p.id}@social-cm-orchestrator`,
      `DTSTAMP:${icsStamp(now)}`,
      `DTSTART:${icsStamp(p.scheduledAt)}`,
      "DURATION:PT15M",
      `SUMMARY:${icsText(`[${p.platform}] ${p.pillar}: ${p.hook}`)}`,
      `DESCRIPTION:${icsText(p.body)}`,
      `STATUS:${p.status === "skipped" ? "CANCELLED" : p.status === "draft" ? "TENTATIVE" : "CONFIRMED"}`,
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return { filename: `${brand.slug}.ics`, body: lines.map(fold).join("\r\n") + "\r\n" };
}

export async function exportCsv({
  db,
  workspaceId,
  ref,
  delimiter = ",",
}: {
  db: Db;
  workspaceId: string;
  ref: string;
  delimiter?: CsvDelimiter;
}) {
  const { brand, posts } = await exportRows(db, workspaceId, ref);
  const header = [
    "id",
    "date",
    "time",
    "platform",
    "status",
    "pillar",
    "angle",
    "hook",
    "cta",
    "format",
    "body",
    "hashtags",
    "link",
    "remote_url",
  ];
  const rows = posts.map((p) => [
    p.id,
    utcDay(p.date),
    localTime(p.scheduledAt, brand.timezone),
    p.platform,
    p.status,
    p.pillar,
    p.angle,
    p.hook,
    p.cta,
    p.format,
    p.body,
    p.hashtags.join(" "),
    p.link,
    p.publication?.remoteUrl,
  ]);
  return { filename: `${brand.slug}.csv`, body: csvDocument([header, ...rows], { delimiter }) };
}
