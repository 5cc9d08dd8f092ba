import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { mayContribute, WithdrawalWindows, type ConsentChoice } from '../../domain/consent.rules';
import type {
  Contribution,
  ContributionDraft,
  ContributionKind,
  EntryKeeper,
  SaveResult,
} from '../../domain/contributions';
import type { TeamsIdentity } from '../../domain/people';
import { logboekRoles } from '../../domain/roles';
import type { FieldCipher } from '../crypto/field-cipher';
import type { StorageKind } from './database';
import { markWeek } from './logboek.store';
import type { ContributionsTable, KoersSchema } from './schema';

type ContributionRow = Selectable<ContributionsTable>;

/** Where an entry's organisation puts the bedenktijd: its zone and its study's working days. */
export interface EntryPlace {
  timeZone: string;
  workingDays: number;
  /** JSON array of further days off, as the studies table holds it. */
  extraDays: string;
}

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

/** How an entry is sealed at rest (C8) and read back, and when its bedenktijd ends. */
export class EntrySeal {
  private readonly windows = new WithdrawalWindows();

  constructor(private readonly cipher: FieldCipher) {}

  encrypt(text: string, id: string) {
    return this.cipher.encrypt(text, contentContext(id));
  }

  decrypt(row: ContributionRow): Contribution {
    return {
      id: row.id,
      personId: row.person_id,
      organisationId: row.organisation_id,
      kind: row.kind as ContributionKind,
      period: row.period,
      ...(row.tags ? { tags: JSON.parse(row.tags) as number[] } : {}),
      text: this.cipher.decryptText(
        { keyId: row.key_id, data: row.content },
        contentContext(row.id),
      ),
      submittedAt: new Date(row.submitted_at),
      windowEndsAt: new Date(row.window_ends_at),
      revision: row.revision,
      updatedAt: new Date(row.updated_at),
    };
  }

  windowEnd(at: Date, place: EntryPlace): Date {
    const extraDays = JSON.parse(place.extraDays) as string[];
    return this.windows.endOf(at, { ...place, extraDays });
  }
}

/**
 * One entry per person and week, inside the caller's transaction that checked consent: the first
 * save creates it, later saves change it while its bedenktijd runs (counted from the first save);
 * after that it is closed. A save drawn from another revision than the stored one (`basedOn`, 0:
 * none seen) changes nothing and returns the stored entry, so no save replaces what its author did
 * not see. `existing`: the week's stored entry, read in that transaction.
 */
export async function writeWeekly(
  tx: Kysely<KoersSchema>,
  seal: EntrySeal,
  draft: ContributionDraft,
  place: EntryPlace,
  at: Date,
  stored: { existing: ContributionRow | undefined; basedOn: number },
): Promise<SaveResult> {
  const { existing, basedOn } = stored;
  if (!existing)
    return { stored: true, contribution: await insertEntry(tx, seal, draft, place, at) };
  const windowEndsAt = new Date(existing.window_ends_at);
  if (windowEndsAt.getTime() <= at.getTime()) return { stored: false, reason: 'closed' };
  if (existing.revision !== basedOn) {
    return { stored: false, reason: 'stale', current: seal.decrypt(existing) };
  }
  const sealed = seal.encrypt(draft.text, existing.id);
  const revision = existing.revision + 1;
  await tx
    .updateTable('contributions')
    .set({
      content: sealed.data,
      key_id: sealed.keyId,
      tags: draft.tags ? JSON.stringify(draft.tags) : null,
      updated_at: at.toISOString(),
      revision,
    })
    .where('id', '=', existing.id)
    .execute();
  await countWeek(tx, draft, at);
  const submittedAt = new Date(existing.submitted_at);
  return {
    stored: true,
    contribution: { ...draft, id: existing.id, submittedAt, windowEndsAt, revision, updatedAt: at },
  };
}

/** A new contribution, sealed, its bedenktijd dated from `at`; its week counts as written. */
export async function insertEntry(
  tx: Kysely<KoersSchema>,
  seal: EntrySeal,
  draft: ContributionDraft,
  place: EntryPlace,
  at: Date,
): Promise<Contribution> {
  const id = randomUUID();
  const windowEndsAt = seal.windowEnd(at, place);
  const sealed = seal.encrypt(draft.text, id);
  await tx
    .insertInto('contributions')
    .values({
      id,
      person_id: draft.personId,
      organisation_id: draft.organisationId,
      kind: draft.kind,
      period: draft.period,
      tags: draft.tags ? JSON.stringify(draft.tags) : null,
      content: sealed.data,
      key_id: sealed.keyId,
      submitted_at: at.toISOString(),
      window_ends_at: windowEndsAt.toISOString(),
      updated_at: at.toISOString(),
    })
    .execute();
  await countWeek(tx, draft, at);
  return { ...draft, id, submittedAt: at, windowEndsAt, revision: 1, updatedAt: at };
}

/** Every contribution counts: its week is written, whatever else the week was (see markWeek). */
async function countWeek(tx: Kysely<KoersSchema>, draft: ContributionDraft, at: Date) {
  if (draft.period) await markWeek(tx, draft, draft.period, 'written', at);
}

export const contentContext = (id: string) => `contributions.content:${id}`;
