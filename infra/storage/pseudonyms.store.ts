import { sql, type Kysely } from 'kysely';
import type { StorageKind } from './database';
import { memberCode, organisationCode, type PseudonymKind } from '../../domain/pseudonyms';
import type { PseudonymHasher } from '../crypto/pseudonym-hasher';
import { writeAudit } from './audit.store';
import type { KoersSchema } from './schema';

export interface Resolved {
  kind: PseudonymKind;
  organisationId: string;
  memberId: string | null;
  name: string;
}

/**
 * Stable pseudonyms per study (C6). The table maps a keyed hash of the subject to its code, so
 * without the pseudonym key (kept outside the database) a code cannot be traced to anyone.
 */
export class PseudonymsStore {
  constructor(
    private readonly db: Kysely<KoersSchema>,
    private readonly kind: StorageKind,
    private readonly hasher: PseudonymHasher,
  ) {}

  async forOrganisation(studyId: string, organisationId: string, at: Date): Promise<string> {
    return this.assign(studyId, 'organisation', organisationId, 'ORG-', at, (n) =>
      organisationCode(n),
    );
  }

  async forMember(studyId: string, organisationId: string, memberId: string, at: Date) {
    const org = await this.forOrganisation(studyId, organisationId, at);
    const orgNumber = Number(org.slice('ORG-'.length));
    return this.assign(studyId, 'member', memberId, `P-${org.slice(4)}-`, at, (n) =>
      memberCode(orgNumber, n),
    );
  }

  /** Only for the research team (checked by the caller's access rule); always audited. */
  async resolve(studyId: string, code: string, actor: string, at: Date): Promise<Resolved | null> {
    const wanted = code.trim().toUpperCase();
    const row = await this.db
      .selectFrom('pseudonyms')
      .select(['subject_kind', 'subject_hash'])
      .where('study_id', '=', studyId)
      .where('code', '=', wanted)
      .executeTakeFirst();
    let found: Resolved | null = null;
    if (row) {
      const candidates = await this.db
        .selectFrom('organisations')
        .leftJoin('members', 'members.organisation_id', 'organisations.id')
        .select([
          'organisations.id as organisationId',
          'organisations.name as organisationName',
          'members.id as memberId',
          'members.name as memberName',
        ])
        .where('organisations.study_id', '=', studyId)
        .execute();
      for (const c of candidates) {
        if (row.subject_kind === 'organisation') {
          if (
            this.hasher.subjectHash('organisation', studyId, c.organisationId) !== row.subject_hash
          )
            continue;
          found = {
            kind: 'organisation',
            organisationId: c.organisationId,
            memberId: null,
            name: c.organisationName,
          };
        } else {
          if (
            !c.memberId ||
            this.hasher.subjectHash('member', studyId, c.memberId) !== row.subject_hash
          )
            continue;
          found = {
            kind: 'member',
            organisationId: c.organisationId,
            memberId: c.memberId,
            name: c.memberName ?? '',
          };
        }
        break;
      }
    }
    await writeAudit(
      this.db,
      {
        actor,
        action: 'pseudonym.resolved',
        subject: `study:${studyId}`,
        details: { code: wanted, found: found !== null },
      },
      at,
    );
    return found;
  }

  private async assign(
    studyId: string,
    kind: PseudonymKind,
    subjectId: string,
    prefix: string,
    at: Date,
    format: (n: number) => string,
  ): Promise<string> {
    const subjectHash = this.hasher.subjectHash(kind, studyId, subjectId);
    // Numbering reads the highest code, then writes the next: one numberer per study at a time.
    // PostgreSQL takes a lock for the study; SQLite already writes one transaction at a time.
    return this.db.transaction().execute(async (tx) => {
      if (this.kind === 'postgres') {
        await sql`select pg_advisory_xact_lock(hashtext(${`pseudonyms:${studyId}`}))`.execute(tx);
      }
      const existing = await tx
        .selectFrom('pseudonyms')
        .select('code')
        .where('study_id', '=', studyId)
        .where('subject_kind', '=', kind)
        .where('subject_hash', '=', subjectHash)
        .executeTakeFirst();
      if (existing) return existing.code;
      const taken = await tx
        .selectFrom('pseudonyms')
        .select('code')
        .where('study_id', '=', studyId)
        .where('code', 'like', `${prefix}%`)
        .execute();
      const code = format(
        Math.max(0, ...taken.map((t) => Number(t.code.slice(prefix.length)))) + 1,
      );
      await tx
        .insertInto('pseudonyms')
        .values({
          study_id: studyId,
          subject_kind: kind,
          subject_hash: subjectHash,
          code,
          created_at: at.toISOString(),
        })
        .execute();
      return code;
    });
  }
}
