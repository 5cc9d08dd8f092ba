import type { Kysely } from 'kysely';
import type { ContributionKind } from '../../domain/contributions';
import { isRole, type Role } from '../../domain/roles';
import type { FieldCipher } from '../crypto/field-cipher';
import { contentContext } from './contribution-writes';
import type { KoersSchema } from './schema';

/** One contribution as the research export reads it: ids for pseudonyms, never names. */
export interface ResearchContribution {
  id: string;
  organisationId: string;
  memberId: string;
  kind: ContributionKind;
  period: string | null;
  tags: number[];
  submittedAt: Date;
  timeZone: string;
  text: string;
  /** Files kept with it; their names and contents stay out of the export. */
  files: number;
  voice: boolean;
}

/** Where the next page starts: after this (submitted_at, id). */
type Cursor = { submittedAt: string; id: string };

/**
 * What a study's research export may hold, read page by page so memory stays flat however many
 * contributions there are. Only contributions whose bedenktijd has ended are given out (C4): one
 * still inside it may yet be withdrawn and destroyed, which a file handed to researchers would
 * survive. A withdrawal after the window leaves the rest in the study under a pseudonym (C5); a
 * full-erasure study has deleted it already, so what is in the table is what may be exported.
 */
export class ResearchDocumentsStore {
  constructor(
    private readonly db: Kysely<KoersSchema>,
    private readonly cipher: FieldCipher,
  ) {}

  async count(studyId: string, at: Date): Promise<number> {
    const row = await this.exportable(studyId, at)
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** The study's contributions still inside their bedenktijd: how many, and the last one's end. */
  async heldBack(studyId: string, at: Date): Promise<{ count: number; until: Date | null }> {
    const row = await this.ofStudy(studyId)
      .where('contributions.window_ends_at', '>', at.toISOString())
      .select((eb) => [
        eb.fn.countAll<string | number>().as('n'),
        eb.fn.max('contributions.window_ends_at').as('until'),
      ])
      .executeTakeFirstOrThrow();
    return { count: Number(row.n), until: row.until ? new Date(row.until) : null };
  }

  /** Each member's roles in the study's organisations, by member id. */
  async rolesOf(studyId: string): Promise<Map<string, Role[]>> {
    const rows = await this.db
      .selectFrom('member_roles')
      .innerJoin('members', 'members.id', 'member_roles.member_id')
      .innerJoin('organisations', 'organisations.id', 'members.organisation_id')
      .select(['member_roles.member_id as memberId', 'member_roles.role as role'])
      .where('organisations.study_id', '=', studyId)
      .orderBy('member_roles.granted_at')
      .execute();
    const roles = new Map<string, Role[]>();
    for (const { memberId, role } of rows) {
      if (isRole(role)) roles.set(memberId, [...(roles.get(memberId) ?? []), role]);
    }
    return roles;
  }

  /** Pages of at most `pageSize`, oldest first, keyset-paginated on (submitted_at, id). */
  async *pages(studyId: string, at: Date, pageSize: number) {
    let cursor: Cursor | undefined;
    for (;;) {
      const rows = await this.page(studyId, at, pageSize, cursor);
      if (rows.length === 0) return;
      const last = rows[rows.length - 1]!;
      cursor = { submittedAt: toIso(last.submitted_at), id: last.id };
      yield rows.map((row): ResearchContribution => this.toContribution(row));
      if (rows.length < pageSize) return;
    }
  }

  private page(studyId: string, at: Date, pageSize: number, after: Cursor | undefined) {
    return this.exportable(studyId, at)
      .select((eb) => [
        'contributions.id',
        'contributions.organisation_id',
        'contributions.kind',
        'contributions.period',
        'contributions.tags',
        'contributions.content',
        'contributions.key_id',
        'contributions.submitted_at',
        'organisations.time_zone',
        'members.id as member_id',
        eb
          .selectFrom('attachments')
          .select((sub) => sub.fn.countAll<string | number>().as('n'))
          .whereRef('attachments.contribution_id', '=', 'contributions.id')
          .as('files'),
        eb
          .selectFrom('attachments')
          .select((sub) => sub.fn.countAll<string | number>().as('n'))
          .whereRef('attachments.contribution_id', '=', 'contributions.id')
          .where('attachments.content_type', 'like', 'audio/%')
          .as('voices'),
      ])
      .$if(after !== undefined, (qb) =>
        qb.where((eb) =>
          eb(eb.refTuple('contributions.submitted_at', 'contributions.id'), '>', [
            after!.submittedAt,
            after!.id,
          ]),
        ),
      )
      .orderBy('contributions.submitted_at')
      .orderBy('contributions.id')
      .limit(pageSize)
      .execute();
  }

  private exportable(studyId: string, at: Date) {
    return this.ofStudy(studyId).where('contributions.window_ends_at', '<=', at.toISOString());
  }

  private ofStudy(studyId: string) {
    return this.db
      .selectFrom('contributions')
      .innerJoin('organisations', 'organisations.id', 'contributions.organisation_id')
      .innerJoin('members', (join) =>
        join
          .onRef('members.person_id', '=', 'contributions.person_id')
          .onRef('members.organisation_id', '=', 'contributions.organisation_id'),
      )
      .where('organisations.study_id', '=', studyId);
  }

  private toContribution(row: Awaited<ReturnType<ResearchDocumentsStore['page']>>[number]) {
    return {
      id: row.id,
      organisationId: row.organisation_id,
      memberId: row.member_id,
      kind: row.kind as ContributionKind,
      period: row.period,
      tags: row.tags ? (JSON.parse(row.tags) as number[]) : [],
      submittedAt: new Date(row.submitted_at),
      timeZone: row.time_zone,
      text: this.cipher.decryptText(
        { keyId: row.key_id, data: row.content },
        contentContext(row.id),
      ),
      files: Number(row.files ?? 0),
      voice: Number(row.voices ?? 0) > 0,
    };
  }
}

function toIso(instant: Date | string): string {
  return typeof instant === 'string' ? instant : instant.toISOString();
}
