import type { Writable } from 'node:stream';
import type { AuditStore } from '../infra/storage/audit.store';
import type { OrganisationsStore } from '../infra/storage/organisations.store';
import type { PseudonymsStore } from '../infra/storage/pseudonyms.store';
import { documentGenerators, type GeneratorStores } from './document-generators';
import { openDocumentWriter, type ExportFormat } from './document-writer';
import type { ExportLayout } from './research-layouts';
import { StudyCodes } from './study-codes';

export interface ExportStores extends GeneratorStores {
  organisations: Pick<OrganisationsStore, 'findStudy'>;
  pseudonyms: PseudonymsStore;
  audit: AuditStore;
}

export interface ExportRequest {
  studyId: string;
  format: ExportFormat;
  /** The spreadsheet's columns; a REFI-QDA project has one shape for every tool. */
  layout: ExportLayout;
  /** `cli:<name>` for an operator; `person:<id>` for an onderzoeker in the tab. */
  actor: string;
  at: Date;
}

/** What was written, and what was held back because it may still be withdrawn (C4). */
export interface ExportResult {
  rows: number;
  heldBack: { count: number; until: Date | null };
}

/** Called now and then: how many documents are written of how many there are. */
export type ExportProgress = (done: number, total: number) => void;

const PROGRESS_EVERY = 500;

/**
 * Writes a study's research export (C6: pseudonyms, never names) to `out` as it reads it and
 * records it in the audit log. Who may ask is the caller's check: the CLI is the operator's; the
 * tab allows `{ action: 'research', studyId }` (domain/access.rules.ts).
 */
export async function exportStudy(
  stores: ExportStores,
  request: ExportRequest,
  out: Writable,
  onProgress: ExportProgress = () => undefined,
): Promise<ExportResult> {
  const { studyId, at } = request;
  const context = {
    stores,
    codes: new StudyCodes(stores.pseudonyms, studyId, at),
    roles: await stores.researchDocuments.rolesOf(studyId),
    at,
  };
  let total = 0;
  for (const generator of documentGenerators) total += (await generator.count?.(context)) ?? 0;
  const study = await stores.organisations.findStudy(studyId);
  const writer = await openDocumentWriter(request.format, request.layout, out, {
    name: study?.name ?? studyId,
    at,
  });
  let rows = 0;
  onProgress(rows, total);
  for (const generator of documentGenerators) {
    for await (const document of generator.documents(context)) {
      await writer.add(document);
      rows += 1;
      if (rows % PROGRESS_EVERY === 0) onProgress(rows, Math.max(rows, total));
    }
  }
  onProgress(rows, rows);
  await writer.close();
  await stores.audit.record(
    {
      actor: request.actor,
      action: 'research.exported',
      subject: `study:${studyId}`,
      details: { study: studyId, format: request.format, layout: request.layout, rows },
    },
    at,
  );
  return { rows, heldBack: await stores.researchDocuments.heldBack(studyId, at) };
}
