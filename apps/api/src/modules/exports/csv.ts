import type { Cell } from './export-rows';

/**
 * A spreadsheet program runs a cell that starts with = + - @ (or a tab or carriage return) as a
 * formula: a name typed by a sender must stay text (OWASP "CSV injection").
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** RFC 4180 CSV, UTF-8 with a byte-order mark so that Excel reads Chinese and Arabic names right. */
export function toCsv(headings: string[], rows: Cell[][]): Buffer {
  const line = (cells: Cell[]) =>
    cells
      .map((cell) => (cell === null ? '' : typeof cell === 'number' ? String(cell) : quote(neutralizeFormula(cell))))
      .join(',');
  const text = [line(headings), ...rows.map(line)].join('\r\n') + '\r\n';
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}
