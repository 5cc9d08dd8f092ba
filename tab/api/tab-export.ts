import type { Response } from 'restify';
import { z } from 'zod';
import { exportStudy, type ExportStores } from '../../research/research-export';
import { exportLayouts } from '../../research/research-layouts';
import { exportFormats } from '../../research/document-writer';
import type { Participation } from '../../dialogs/participation';
import { allows } from '../../domain/access.rules';
import type { Logger } from '../../infra/logger';
import type { TabCaller } from './entra-token';

export const exportQuerySchema = z.object({
  study: z.string().min(1).max(100),
  format: z.enum(exportFormats).default('xlsx'),
  for: z.enum(exportLayouts).default('maxqda'),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

const contentTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  qdpx: 'application/zip',
};

/** The research export as a download from the tab, for an onderzoeker of that study only. */
export class TabExport {
  constructor(
    private readonly deps: {
      participation: Participation;
      stores: ExportStores;
      logger: Pick<Logger, 'error'>;
    },
  ) {}

  /** 'unknown' or 'refused' before anything is written; else the file streams into `res`. */
  async send(
    caller: TabCaller,
    query: ExportQuery,
    res: Response,
  ): Promise<'unknown' | 'refused' | 'sent'> {
    const { participation } = this.deps;
    const person = await participation.personByTeamsId(caller.tenantId, caller.aadObjectId);
    if (!person) return 'unknown';
    const viewer = await participation.viewerOf(person.id);
    if (!allows(viewer, { action: 'research', studyId: query.study })) return 'refused';
    const at = this.deps.participation.now();
    const name = `koers-${query.study}-${at.toISOString().slice(0, 10)}.${query.format}`;
    res.writeHead(200, {
      'content-type': contentTypes[query.format],
      'content-disposition': `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"`,
      'cache-control': 'no-store',
    });
    const request = {
      studyId: query.study,
      format: query.format,
      layout: query.for,
      actor: `person:${person.id}`,
      at,
    };
    try {
      await exportStudy(this.deps.stores, request, res);
    } catch (err) {
      this.deps.logger.error({ err, study: query.study }, 'tab: research export failed');
      // Half a file looks complete to whoever opens it: break the download off instead.
      res.destroy();
    }
    return 'sent';
  }
}
