import type { Writable } from 'node:stream';
import { CsvTableWriter } from './csv-table.writer';
import { XlsxTableWriter } from './xlsx-table.writer';

export const tableFormats = ['xlsx', 'csv'] as const;
export type TableFormat = (typeof tableFormats)[number];

/** A table written row by row to a stream, so nothing but the current row is held in memory. */
export interface TableWriter {
  row(cells: readonly string[]): Promise<void>;
  /** Ends the file and resolves once every byte has been handed to the stream. */
  close(): Promise<void>;
}

export function openTableWriter(format: TableFormat, out: Writable, sheet: string): TableWriter {
  return format === 'csv' ? new CsvTableWriter(out) : new XlsxTableWriter(out, sheet);
}
