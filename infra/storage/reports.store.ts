import { createHash, randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Report, ReportVersion } from '../../domain/reports';
import type { FieldCipher } from '../crypto/field-cipher';
import type { KoersSchema } from './schema';
import type { ReportVersionsTable, ReportsTable } from './schema-reports';

export interface NewReport {
  organisationId: string;
  title: string;
  session: string;
  text: string;
  answerUntil: Date;
  recipients: { memberId: string; personId: string }[];
}

/** Someone a report went to, as the researcher knows them from the roster. */
export interface ReportRecipient {
  memberId: string;
  personId: string;
  name: string;
  email: string | null;
}

export type VersionOutcome = ReportVersion | 'unknown' | 'frozen';

/** Reports and their versions; titles and texts sealed at rest (C8). */
export class ReportsStore {
  constructor(
    private readonly db: Kysely<KoersSchema>,
    private readonly cipher: FieldCipher,
  ) {}

  async create(draft: NewReport, at: Date): Promise<Report> {
    const id = randomUUID();
    await this.db.transaction().execute(async (tx) => {
      const { study_id } = await tx
        .selectFrom('organisations')
        .select('study_id')
        .where('id', '=', draft.organisationId)
        .executeTakeFirstOrThrow();
      const title = this.cipher.encrypt(draft.title, `reports.title:${id}`);
      await tx
        .insertInto('reports')
        .values({
          id,
          organisation_id: draft.organisationId,
          study_id,
          title: title.data,
          key_id: title.keyId,
          session: draft.session,
          created_at: at.toISOString(),
        })
        .execute();
      await tx
        .insertInto('report_recipients')
        .values(
          draft.recipients.map((r) => ({
            report_id: id,
            member_id: r.memberId,
            person_id: r.personId,
          })),
        )
        .execute();
      await this.insertVersion(tx, id, 1, draft.text, draft.answerUntil, at);
    });
    return (await this.get(id))!;
  }

  /** A new version goes out: the one before it takes no more answers. Refused once frozen. */
  async addVersion(reportId: string, text: string, answerUntil: Date, at: Date) {
    const outcome = await this.db.transaction().execute(async (tx) => {
      const report = await tx
        .selectFrom('reports')
        .select('approved_version_id')
        .where('id', '=', reportId)
        .executeTakeFirst();
      if (!report) return 'unknown' as const;
      if (report.approved_version_id) return 'frozen' as const;
      const last = await tx
        .selectFrom('report_versions')
        .select((eb) => eb.fn.max('number').as('n'))
        .where('report_id', '=', reportId)
        .executeTakeFirstOrThrow();
      await tx
        .updateTable('report_versions')
        .set({ closed_at: at.toISOString() })
        .where('report_id', '=', reportId)
        .where('closed_at', 'is', null)
        .execute();
      return this.insertVersion(tx, reportId, Number(last.n ?? 0) + 1, text, answerUntil, at);
    });
    if (typeof outcome === 'string') return outcome;
    return (await this.get(reportId))!.versions.find((v) => v.id === outcome)!;
  }

  /** Freezes the current version as the approved one, inside the caller's transaction. */
  async freeze(tx: Kysely<KoersSchema>, reportId: string, at: Date): Promise<boolean> {
    const current = await tx
      .selectFrom('report_versions')
      .select('id')
      .where('report_id', '=', reportId)
      .orderBy('number', 'desc')
      .executeTakeFirst();
    if (!current) return false;
    const frozen = await tx
      .updateTable('reports')
      .set({ approved_version_id: current.id, approved_at: at.toISOString() })
      .where('id', '=', reportId)
      .where('approved_version_id', 'is', null)
      .executeTakeFirst();
    await tx
      .updateTable('report_versions')
      .set({ closed_at: at.toISOString() })
      .where('id', '=', current.id)
      .where('closed_at', 'is', null)
      .execute();
    return Number(frozen.numUpdatedRows) > 0;
  }

  /** The researcher closes the member check on the current version. */
  async close(reportId: string, at: Date): Promise<'closed' | 'frozen' | 'unknown'> {
    if (!(await this.get(reportId))) return 'unknown';
    const closed = await this.db.transaction().execute((tx) => this.freeze(tx, reportId, at));
    return closed ? 'closed' : 'frozen';
  }

  async get(reportId: string): Promise<Report | undefined> {
    const row = await this.db
      .selectFrom('reports')
      .selectAll()
      .where('id', '=', reportId)
      .executeTakeFirst();
    return row && (await this.withVersions([row]))[0];
  }

  async forVersion(versionId: string): Promise<Report | undefined> {
    const row = await this.db
      .selectFrom('report_versions')
      .select('report_id')
      .where('id', '=', versionId)
      .executeTakeFirst();
    return row && this.get(row.report_id);
  }

  async listForStudy(studyId: string): Promise<Report[]> {
    const rows = await this.db
      .selectFrom('reports')
      .selectAll()
      .where('study_id', '=', studyId)
      .orderBy('created_at', 'desc')
      .execute();
    return this.withVersions(rows);
  }

  async text(versionId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('report_versions')
      .select(['id', 'text', 'key_id'])
      .where('id', '=', versionId)
      .executeTakeFirst();
    return (
      row && this.cipher.decryptText({ keyId: row.key_id, data: row.text }, textContext(row.id))
    );
  }

  async recipients(reportId: string): Promise<ReportRecipient[]> {
    const rows = await this.db
      .selectFrom('report_recipients')
      .innerJoin('members', 'members.id', 'report_recipients.member_id')
      .select(['members.id as memberId', 'report_recipients.person_id as personId'])
      .select(['members.name', 'members.email'])
      .where('report_recipients.report_id', '=', reportId)
      .orderBy('members.name')
      .execute();
    return rows;
  }

  private async insertVersion(
    tx: Kysely<KoersSchema>,
    reportId: string,
    number: number,
    text: string,
    answerUntil: Date,
    at: Date,
  ): Promise<string> {
    const id = randomUUID();
    const sealed = this.cipher.encrypt(text, textContext(id));
    await tx
      .insertInto('report_versions')
      .values({
        id,
        report_id: reportId,
        number,
        text: sealed.data,
        key_id: sealed.keyId,
        sha256: reportHash(text),
        sent_at: at.toISOString(),
        answer_until: answerUntil.toISOString(),
      })
      .execute();
    return id;
  }

  private async withVersions(rows: Selectable<ReportsTable>[]): Promise<Report[]> {
    if (rows.length === 0) return [];
    const versions = await this.db
      .selectFrom('report_versions')
      .selectAll()
      .where(
        'report_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('number')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      organisationId: row.organisation_id,
      studyId: row.study_id,
      title: this.cipher.decryptText(
        { keyId: row.key_id, data: row.title },
        `reports.title:${row.id}`,
      ),
      session: row.session,
      createdAt: new Date(row.created_at),
      versions: versions.filter((v) => v.report_id === row.id).map(toVersion),
      approvedVersionId: row.approved_version_id,
      approvedAt: row.approved_at ? new Date(row.approved_at) : null,
    }));
  }
}

/** The fingerprint a researcher can cite: SHA-256 of the text exactly as it was sent. */
export function reportHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export const textContext = (versionId: string) => `report_versions.text:${versionId}`;

export function toVersion(row: Selectable<ReportVersionsTable>): ReportVersion {
  return {
    id: row.id,
    number: row.number,
    sha256: row.sha256,
    sentAt: new Date(row.sent_at),
    answerUntil: new Date(row.answer_until),
    remindedAt: row.reminded_at ? new Date(row.reminded_at) : null,
    closedAt: row.closed_at ? new Date(row.closed_at) : null,
  };
}
