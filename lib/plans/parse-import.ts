import { isIsoDate } from "@/lib/dates/days";
import { existingWallTime } from "@/lib/dates/zoned";
import { measureLength, NETWORK_LIMITS, type Network } from "@/lib/strategy/networks";
import { msg, type Text } from "@/lib/i18n/render-text";

export const IMPORT_COLUMNS = ["date", "time", "network", "text", "link"] as const;
type Column = (typeof IMPORT_COLUMNS)[number];
export const MAX_IMPORT_ROWS = 1000;

export interface ImportError {
  /** 1-based line of the file (the header, when there is one, is line 1) */
  row: number;
  column: Column | null;
  message: Text;
}

export interface ImportRow {
  network: Network;
  date: string;
  time: string;
  scheduledAt: Date;
  text: string;
  link: string | null;
}

const NETWORK_NAMES: Record<string, Network> = {
  linkedin: "linkedin",
  facebook: "facebook",
  fb: "facebook",
  x: "x",
  twitter: "x",
};

/**
 * Cells of a CSV (RFC 4180: quoted cells may hold commas, quotes and line breaks) or of a spreadsheet paste
 * (tab-separated, which is what copying cells puts on the clipboard). The delimiter is the first line's.
 * `unclosed`: the row whose quoted cell never ends (it would swallow every row after it), or null.
 */
export function splitCells(content: string): string[][] & { unclosed?: number | null } {
  const text = content.replace(/^\uFEFF/, "");
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const sep = firstLine.includes("\t") ? "\t" : firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let openedOn = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === "") {
      quoted = true;
      openedOn = rows.length + 1;
    } else if (c === sep) {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length) rows.push([...row, cell]);
  return Object.assign(rows, { unclosed: quoted ? openedOn : null });
}

/**
 * Every row checked before anything is written: each problem is reported with its line and column, and a file
 * with any problem imports nothing. `today` and `now` are the brand's, so nothing lands in the past.
 */
export function parseImport(content: string, opts: { timeZone: string; today: string; now: Date }) {
  const lines = splitCells(content);
  const errors: ImportError[] = [];
  const rows: ImportRow[] = [];
  if (lines.unclosed)
    return { rows, errors: [{ row: lines.unclosed, column: null, message: msg("errors.import.openQuote") }] };
  const header = lines[0]?.map((c) => c.trim().toLowerCase());
  const hasHeader = !!header && header.includes("date") && header.includes("network");
  const order: Column[] = hasHeader ? (header as Column[]) : [...IMPORT_COLUMNS];
  if (hasHeader) {
    for (const c of ["date", "time", "network", "text"] as const) {
      if (!order.includes(c)) errors.push({ row: 1, column: c, message: msg("errors.import.noColumn", { column: c }) });
    }
    const unknown = order.filter((c) => c && !IMPORT_COLUMNS.includes(c));
    if (unknown.length) {
      errors.push({
        row: 1,
        column: null,
        message: msg("errors.import.unknownColumns", { columns: unknown.join(", ") }),
      });
    }
    if (errors.length) return { rows, errors };
  }
  const body = lines.map((cells, i) => ({ cells, line: i + 1 })).slice(hasHeader ? 1 : 0);
  const data = body.filter((r) => r.cells.some((c) => c.trim() !== ""));
  if (data.length === 0) errors.push({ row: 1, column: null, message: msg("errors.import.noRows") });
  if (data.length > MAX_IMPORT_ROWS) {
    errors.push({
      row: 1,
      column: null,
      message: msg("errors.import.tooMany", { max: MAX_IMPORT_ROWS, count: data.length }),
    });
    return { rows, errors };
  }
  for (const { cells, line } of data) {
    const get = (c: Column) => (cells[order.indexOf(c)] ?? "").trim();
    const fail = (column: Column | null, message: Text) => errors.push({ row: line, column, message });
    const network = NETWORK_NAMES[get("network").toLowerCase()];
    if (!network) fail("network", msg("errors.import.network", { value: get("network") }));
    const date = get("date");
    const dateOk = isIsoDate(date);
    if (!dateOk) fail("date", msg("errors.import.date", { value: date }));
    else if (date < opts.today) fail("date", msg("errors.import.pastDate", { date, today: opts.today }));
    const t = /^(\d{1,2}):(\d{2})$/.exec(get("time"));
    const time = t && Number(t[1]) < 24 && Number(t[2]) < 60 ? `${t[1].padStart(2, "0")}:${t[2]}` : null;
    if (!time) fail("time", msg("errors.import.time", { value: get("time") }));
    // A wall time the clocks skip would land an hour off: refused as the editor's move refuses it.
    const scheduledAt = dateOk && time ? existingWallTime(date, time, opts.timeZone) : null;
    if (dateOk && time && !scheduledAt)
      fail("time", msg("errors.import.skippedTime", { date, time, zone: opts.timeZone }));
    else if (scheduledAt && date >= opts.today && scheduledAt < opts.now)
      fail("time", msg("errors.import.pastTime", { date, time: time! }));
    const text = get("text");
    if (!text) fail("text", msg("errors.import.emptyText"));
    else if (network && measureLength(network, text) > NETWORK_LIMITS[network]) {
      fail(
        "text",
        msg("errors.import.tooLong", { length: measureLength(network, text), network, limit: NETWORK_LIMITS[network] }),
      );
    }
    const link = get("link") || null;
    if (link && !isHttpUrl(link)) fail("link", msg("errors.import.link", { value: link }));
    if (network && scheduledAt && time && text && !errors.some((e) => e.row === line)) {
      rows.push({ network, date, time, scheduledAt, text, link });
    }
  }
  return { rows, errors };
}

function isHttpUrl(s: string) {
  try {
    const u = new URL(s);
    return (u.protocol === "http:" || u.protocol === "https:") && !!u.hostname;
  } catch {
    return false;
  }
}
