import { useLocale } from "next-intl";

/**
 * The CSV downloads' `delimiter` for the reader's spreadsheet: Excel set to French opens a comma file as
 * one column, so a French reader gets semicolons (and decimal commas). The API's default stays the comma,
 * for scripts.
 */
export function useSpreadsheetDelimiter(): Record<string, string> {
  return useLocale() === "fr" ? { delimiter: "semicolon" } : {};
}
