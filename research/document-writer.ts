import type { Writable } from 'node:stream';
import { openTableWriter, tableFormats } from '../infra/export/table-writer';
import type { ResearchDocument } from './research-document';
import { layouts, type ExportLayout } from './research-layouts';
import { openQdpxWriter } from './research-qdpx';

/** A spreadsheet (one row per document, in a layout) or a REFI-QDA project. */
export const exportFormats = [...tableFormats, 'qdpx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** Documents written to a stream one by one; `close` resolves when every byte is handed over. */
export interface DocumentWriter {
  add(document: ResearchDocument): Promise<void>;
  close(): Promise<void>;
}

/** Opens the writer for `format`; a spreadsheet gets its header row at once. */
export async function openDocumentWriter(
  format: ExportFormat,
  layout: ExportLayout,
  out: Writable,
  project: { name: string; at: Date },
): Promise<DocumentWriter> {
  if (format === 'qdpx') return openQdpxWriter(out, project);
  const table = openTableWriter(format, out, 'documenten');
  const chosen = layouts[layout];
  await table.row(chosen.headers);
  return { add: (document) => table.row(chosen.cells(document)), close: () => table.close() };
}
