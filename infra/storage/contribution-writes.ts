import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import { WithdrawalWindows } from '../../domain/consent.rules';
import type {
  Contribution,
  ContributionDraft,
  ContributionKind,
  SaveResult,
} from '../../domain/contributions';
import type { FieldCipher } from '../crypto/field-cipher';
import type { LogboekKeeper } from './logboek-keepers';
import type { ContributionsTable, KoersSchema } from './schema';

// How every contribution is written, inside its caller's transaction: sealed at rest, its
// bedenktijd dated, one per person and week, and its week marked written.

export type ContributionRow = Selectable<ContributionsTable>;

/** Where an entry's organisation puts the bedenktijd: its zone and its study's working days. */
export interface EntryPlace {
  timeZone: string;
  workingDays: number;
  /** JSON array of further days off, as the studies table holds it. */
  extraDays: string;
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

/**
 * A week answered, written or skipped: one statement (and one for the next-due index), whether the week was prompted (its reminder
 * then falls away), stopped after silent weeks, or not recorded yet. Every contribution with a
 * week calls it with 'written' in the transaction that stores it, so a note, a file or a voice
 * message counts as much as the card (no reminder, progress, the silent-weeks count).
 */
export async function markWeek(
  db: Kysely<KoersSchema>,
  keeper: Pick<LogboekKeeper, 'personId' | 'organisationId'>,
  week: string,
  status: 'written' | 'skipped',
  at: Date,
): Promise<void> {
  const answered = { status, remind_at: null, updated_at: at.toISOString() };
  await db
    .insertInto('logboek_weeks')
    .values({
      person_id: keeper.personId,
      week,
      organisation_id: keeper.organisationId,
      prompted_at: null,
      reminded_at: null,
      ...answered,
    })
    .onConflict((oc) => {
      const update = oc.columns(['person_id', 'week']).doUpdateSet(answered);
      // Skipping from an old card does not undo what was written that week.
      return status === 'skipped' ? update.where('logboek_weeks.status', '!=', 'written') : update;
    })
    .execute();
  // The week's reminder falls away, and someone whose prompts had stopped after silent weeks is
  // due again: the next pass places their moment (refreshDue with catch-up).
  await db
    .updateTable('logboek_due')
    .set({
      remind_at: sql<string | null>`case when remind_week = ${week} then null else remind_at end`,
      prompt_at: sql<string>`coalesce(prompt_at, ${at.toISOString()})`,
      updated_at: at.toISOString(),
    })
    .where('person_id', '=', keeper.personId)
    .execute();
}
