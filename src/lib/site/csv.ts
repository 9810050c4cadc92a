/** CSV as spreadsheets read it (RFC 4180, each row written by d3-dsv): fields quoted when they hold a comma, quote or line break. */
import { csvFormatRow } from 'd3-dsv';

/** A CSV document: a header line, then one line per row, each ended by CRLF; every row must have the header's length. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  rows.forEach((row, i) => {
    if (row.length !== header.length) throw new Error(`CSV row ${i + 1} has ${row.length} fields; the header has ${header.length}`);
  });
  return [header, ...rows].map((row) => `${csvFormatRow([...row])}\r\n`).join('');
}
