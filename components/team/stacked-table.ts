// On a phone a four-column table runs its cells together ("marie@acme.testowner"): below the sm breakpoint
// each row becomes a small card, the name and email on lines of their own, the role and action beside
// each other. The header stays for screen readers only.
export const stacked = {
  table: "mt-4 w-full text-left text-sm max-sm:block",
  head: "text-xs uppercase text-slate-500 max-sm:sr-only",
  body: "max-sm:block",
  row: "border-t border-slate-100 max-sm:flex max-sm:flex-wrap max-sm:items-center max-sm:gap-x-3 max-sm:py-2",
  /** the row's first cell: its own line on a phone */
  first: "py-2 pr-3 max-sm:w-full max-sm:py-0 max-sm:font-medium",
  /** an email or other long word: wraps anywhere rather than pushing into the next cell */
  long: "pr-3 [overflow-wrap:anywhere] max-sm:w-full",
  cell: "pr-3",
  action: "text-right max-sm:ml-auto",
};
