import type ExcelJS from 'exceljs';
import type { Cell } from './export-rows';

/** exceljs takes about a third of a second to load: the first export loads it, not every process's start. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use
const excel = () => require('exceljs') as typeof ExcelJS;

const DATE_CELL = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One worksheet with a frozen, bold heading row and a filter on every column. Dates are real dates
 * (sortable in Excel), numbers real numbers; text is written as text, never as a formula.
 */
export async function toXlsx(
  sheetName: string,
  headings: string[],
  rows: Cell[][],
  rightToLeft = false,
): Promise<Buffer> {
  const workbook = new (excel().Workbook)();
  workbook.creator = 'Replies';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31).replace(/[\\/?*[\]:]/g, '-'), {
    views: [{ state: 'frozen', ySplit: 1, rightToLeft }],
  });
  sheet.addRow(headings).font = { bold: true };
  for (const cells of rows) {
    sheet.addRow(
      cells.map((cell) =>
        typeof cell === 'string' && DATE_CELL.test(cell) ? new Date(`${cell}T00:00:00Z`) : cell === null ? null : cell,
      ),
    );
  }
  sheet.columns.forEach((column, index) => {
    const longest = Math.max(headings[index].length, ...rows.map((cells) => String(cells[index] ?? '').length));
    column.width = Math.min(60, Math.max(10, longest + 2));
    if (rows.some((cells) => typeof cells[index] === 'string' && DATE_CELL.test(cells[index])))
      column.numFmt = 'yyyy-mm-dd';
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headings.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
