import type { Kysely } from 'kysely';
import { mayContribute, type ConsentChoice } from '../../domain/consent.rules';
import type { ContributionDraft, EntryKeeper, SaveResult } from '../../domain/contributions';
import type { TeamsIdentity } from '../../domain/people';
import { logboekRoles } from '../../domain/roles';
import type { FieldCipher } from '../crypto/field-cipher';
import {
  EntrySeal,
  writeWeekly,
  type ContributionRow,
  type EntryPlace,
} from './contribution-writes';
import type { StorageKind } from './database';
import type { KoersSchema } from './schema';

/**
 * A logboek save from the card, in one transaction of six statements: begin; the keeper by Teams
 * identity with their logboek membership, its organisation and study (the person's row locked on
 * PostgreSQL, so a consent change waits or is seen); their consent and the week's entry; the
 * write; the week marked written; commit.
 */
export class LogboekEntriesStore {
  private readonly seal: EntrySeal;

  constructor(
    private readonly db: Kysely<KoersSchema>,
    private readonly kind: StorageKind,
    cipher: FieldCipher,
  ) {
    this.seal = new EntrySeal(cipher);
  }

  async saveByTeamsId(
    identity: Pick<TeamsIdentity, 'tenantId' | 'aadObjectId'>,
    entry: { week: string; text: string; tags: number[] },
    at: Date,
    basedOn: number,
  ): Promise<{ keeper: EntryKeeper; result: SaveResult } | undefined> {
    return this.db.transaction().execute(async (tx) => {
      const keeper = await this.keeperOf(tx, identity);
      if (!keeper) return undefined;
      const row = await tx
        .selectFrom('people')
        .leftJoin('contributions', (join) =>
          join
            .onRef('contributions.person_id', '=', 'people.id')
            .on('contributions.kind', '=', 'logboek-entry')
            .on('contributions.period', '=', entry.week),
        )
        .selectAll('contributions')
        .select((eb) =>
          eb
            .selectFrom('consent_events')
            .select('consent_events.choice')
            .whereRef('consent_events.person_id', '=', 'people.id')
            .where('consent_events.study_id', '=', keeper.studyId)
            .orderBy('consent_events.seq', 'desc')
            .limit(1)
            .as('consent'),
        )
        .where('people.id', '=', keeper.personId)
        .executeTakeFirstOrThrow();
      const consent = row.consent ? { choice: row.consent as ConsentChoice } : undefined;
      if (!mayContribute(consent)) {
        return { keeper, result: { stored: false, reason: 'no-consent', studyId: keeper.studyId } };
      }
      const draft: ContributionDraft = {
        personId: keeper.personId,
        organisationId: keeper.organisationId,
        kind: 'logboek-entry',
        period: entry.week,
        text: entry.text,
        tags: entry.tags,
      };
      const existing = row.id === null ? undefined : (row as ContributionRow);
      const result = await writeWeekly(tx, this.seal, draft, keeper, at, { existing, basedOn });
      return { keeper, result };
    });
  }

  /** The person and their (first) membership in a logboek role, with its place; locked. */
  private async keeperOf(
    tx: Kysely<KoersSchema>,
    identity: Pick<TeamsIdentity, 'tenantId' | 'aadObjectId'>,
  ): Promise<(EntryKeeper & EntryPlace) | undefined> {
    let query = tx
      .selectFrom('people')
      .innerJoin('members', 'members.person_id', 'people.id')
      .innerJoin('member_roles', 'member_roles.member_id', 'members.id')
      .innerJoin('organisations', 'organisations.id', 'members.organisation_id')
      .innerJoin('studies', 'studies.id', 'organisations.study_id')
      .select([
        'people.id as personId',
        'members.id as memberId',
        'members.organisation_id as organisationId',
        'organisations.study_id as studyId',
        'organisations.time_zone as timeZone',
        'studies.withdrawal_working_days as workingDays',
        'studies.extra_non_working_days as extraDays',
        'member_roles.role as role',
      ])
      .where('people.tenant_id', '=', identity.tenantId)
      .where('people.aad_object_id', '=', identity.aadObjectId)
      .where('member_roles.role', 'in', [...logboekRoles]);
    // SQLite runs one write transaction at a time and has no FOR UPDATE.
    if (this.kind === 'postgres') query = query.forUpdate('people');
    const rows = await query.execute();
    const first = rows[0];
    if (!first) return undefined;
    const roles = rows.filter((r) => r.memberId === first.memberId).map((r) => r.role);
    return {
      personId: first.personId,
      organisationId: first.organisationId,
      studyId: first.studyId,
      timeZone: first.timeZone,
      workingDays: first.workingDays,
      extraDays: first.extraDays,
      roles: roles as EntryKeeper['roles'],
    };
  }
}
