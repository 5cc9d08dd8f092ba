import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { setImmediate } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import type { TableWriter } from './table-writer';

const YIELD_EVERY = 50;

/**
 * A real workbook through exceljs's streaming writer: each row is committed (serialised into the
 * zip) as it comes, and inline strings instead of a shared-strings table keep memory flat.
 */
export class XlsxTableWriter implements TableWriter {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;

  private rows = 0;

  constructor(
    private readonly out: Writable,
    sheetName: string,
  ) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: false,
      useSharedStrings: false,
    });
    // The file's properties would otherwise name exceljs; never a person either way.
    this.workbook.creator = 'Koers';
    this.workbook.lastModifiedBy = 'Koers';
    this.sheet = this.workbook.addWorksheet(sheetName);
  }

  async row(cells: readonly string[]): Promise<void> {
    this.sheet.addRow([...cells]).commit();
    this.rows += 1;
    if (this.rows % YIELD_EVERY === 0) {
      await setImmediate();
      if (this.out.writableNeedDrain) await once(this.out, 'drain');
    }
  }

  async close(): Promise<void> {
    this.sheet.commit();
    await this.workbook.commit();
  }
}
