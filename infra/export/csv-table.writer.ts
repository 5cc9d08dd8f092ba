import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import type { TableWriter } from './table-writer';

/**
 * CSV as RFC 4180 (CRLF between records, fields quoted when they hold the separator, a quote or a
 * line break), UTF-8 with a byte order mark so Excel and MAXQDA read the accents right.
 * Decision: `;` separates, because Dutch Excel (decimal comma) splits a double-clicked file on
 * its list separator, which is `;`; with `,` every row would land in one column.
 */
export class CsvTableWriter implements TableWriter {
  constructor(private readonly out: Writable) {
    out.write('\uFEFF');
  }

  async row(cells: readonly string[]): Promise<void> {
    if (!this.out.write(`${cells.map(csvField).join(SEPARATOR)}\r\n`)) {
      await once(this.out, 'drain');
    }
  }

  async close(): Promise<void> {
    this.out.end();
    await finished(this.out);
  }
}

const SEPARATOR = ';';
const NEEDS_QUOTES = /[;"\r\n]/;
// Excel runs a cell that starts like this as a formula (CSV injection); xlsx cells are typed text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
