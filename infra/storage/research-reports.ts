import type { Kysely } from 'kysely';
import type { Verdict } from '../../domain/reports';
import { isRole, type Role } from '../../domain/roles';
import type { FieldCipher } from '../crypto/field-cipher';
import type { PseudonymsStore } from './pseudonyms.store';
import { openComment } from './report-answers.store';
import type { ReportsStore } from './reports.store';
import type { KoersSchema } from './schema';

/** One oogstverslag as the research export holds it: pseudonyms only (C6). */
export interface ExportedReport {
  id: string;
  /** The organisation's code, e.g. ORG-01. */
  organisation: string;
  title: string;
  session: string;
  versions: {
    number: number;
    text: string;
    sha256: string;
    sentAt: Date;
    answerUntil: Date;
    /** The version everyone agreed to, or the researcher closed on. */
    approved: boolean;
  }[];
  /** Answers whose bedenktijd has ended, oldest first. */
  answers: {
    version: number;
    /** The participant's code, e.g. P-01-02. */
    author: string;
    roles: Role[];
    organisation: string;
    verdict: Verdict;
    comment: string | null;
    answeredAt: Date;
  }[];
}

/**
 * Oogstverslagen and the member check for the research export. An answer still inside its
 * bedenktijd may yet be withdrawn and destroyed, so only later ones are given out (C4); what a
 * withdrawal after the window left stays, under its pseudonym (C5).
 */
export class ResearchReports {
  constructor(
    private readonly db: Kysely<KoersSchema>,
    private readonly cipher: FieldCipher,
    private readonly reports: Pick<ReportsStore, 'get' | 'text'>,
    private readonly pseudonyms: Pick<PseudonymsStore, 'forOrganisation' | 'forMember'>,
  ) {}

  async reportsForExport(studyId: string, at: Date): Promise<ExportedReport[]> {
    const ids = await this.db
      .selectFrom('reports')
      .select('id')
      .where('study_id', '=', studyId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const exported: ExportedReport[] = [];
    for (const { id } of ids) {
      const report = (await this.reports.get(id))!;
      const organisation = await this.pseudonyms.forOrganisation(
        studyId,
        report.organisationId,
        at,
      );
      const versions = await Promise.all(
        report.versions.map(async (v) => ({
          number: v.number,
          text: (await this.reports.text(v.id)) ?? '',
          sha256: v.sha256,
          sentAt: v.sentAt,
          answerUntil: v.answerUntil,
          approved: v.id === report.approvedVersionId,
        })),
      );
      const answers = [];
      for (const row of await this.answerRows(id, at)) {
        answers.push({
          version: row.number,
          author: await this.pseudonyms.forMember(studyId, report.organisationId, row.memberId, at),
          roles: await this.rolesOf(row.memberId),
          organisation,
          verdict: row.verdict as Verdict,
          comment: openComment(this.cipher, row),
          answeredAt: new Date(row.answered_at),
        });
      }
      const { title, session } = report;
      exported.push({ id, organisation, title, session, versions, answers });
    }
    return exported;
  }

  private answerRows(reportId: string, at: Date) {
    return this.db
      .selectFrom('report_answers')
      .innerJoin('report_versions', 'report_versions.id', 'report_answers.version_id')
      .innerJoin('report_recipients', (join) =>
        join
          .onRef('report_recipients.report_id', '=', 'report_versions.report_id')
          .onRef('report_recipients.person_id', '=', 'report_answers.person_id'),
      )
      .select(['report_answers.id', 'report_answers.verdict', 'report_answers.comment'])
      .select(['report_answers.key_id', 'report_answers.answered_at', 'report_versions.number'])
      .select('report_recipients.member_id as memberId')
      .where('report_versions.report_id', '=', reportId)
      .where('report_answers.window_ends_at', '<=', at.toISOString())
      .orderBy('report_answers.answered_at')
      .orderBy('report_answers.id')
      .execute();
  }

  private async rolesOf(memberId: string): Promise<Role[]> {
    const rows = await this.db
      .selectFrom('member_roles')
      .select('role')
      .where('member_id', '=', memberId)
      .orderBy('granted_at')
      .execute();
    return rows.map((r) => r.role).filter(isRole);
  }
}
