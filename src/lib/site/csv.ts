/** CSV as spreadsheets read it (RFC 4180): comma-separated, fields quoted when they hold a comma, quote or line break. */

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV document: a header line, then one line per row; every row must have the header's length. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  rows.forEach((row, i) => {
    if (row.length !== header.length) throw new Error(`CSV row ${i + 1} has ${row.length} fields; the header has ${header.length}`);
  });
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
