/**
 * CSV text by RFC 4180 quoting rules, so labels such as `observe:grip, left` or
 * `the "cup"` survive a round trip through spreadsheets, pandas and R. Records end
 * in LF (what those tools write and read by default on every platform).
 */

export type CsvValue = string | number | boolean | null | undefined;

/**
 * One field: quoted when it holds a comma, a double quote, a line break, or
 * leading/trailing white space (which some readers would trim); quotes inside are
 * doubled. null and undefined are empty fields; numbers use JavaScript's shortest
 * exact form (e.g. 0.1, 1e-7, NaN).
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document: the header, then one record per row, each ending in LF. */
export function csvDocument(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return `${lines.join('\n')}\n`;
}
