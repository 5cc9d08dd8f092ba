import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { mayContribute } from '../../domain/consent.rules';
import type {
  AddResult,
  AttachResult,
  SaveResult,
  AttachmentDraft,
  Contribution,
  ContributionDraft,
  ContributionKind,
  Contributions,
  RemoveNoteResult,
} from '../../domain/contributions';
import { withdrawalWindowEnd } from '../../domain/withdrawal-window';
import { WorkingDays } from '../../domain/working-days';
import type { FieldCipher } from '../crypto/field-cipher';
import type { StorageKind } from './database';
import { markWeek } from './logboek.store';
import { removeNote } from './note-removal';
import { latestConsent, lockPerson } from './person-lock';
import type { ContributionsTable, KoersSchema } from './schema';

/** Contributions, encrypted at rest (C8) and only ever written behind the consent gate (C1). */
export class ContributionsStore implements Contributions {
  constructor(
    private readonly db: Kysely<KoersSchema>,
    private readonly kind: StorageKind,
    private readonly cipher: FieldCipher,
  ) {}

  async add(draft: ContributionDraft, at: Date): Promise<AddResult> {
    return this.db.transaction().execute(async (tx) => {
      const place = await this.gate(tx, draft);
      if (!place.consented) return { stored: false, reason: 'no-consent', studyId: place.studyId };
      return { stored: true, contribution: await this.insert(tx, draft, place, at) };
    });
  }

  /**
   * One entry per person and week: the first save creates it, later saves change it while its
   * bedenktijd runs (the window counts from the first save); after that it is closed. A save
   * drawn from another revision than the stored one (`basedOn`, 0: none seen) changes nothing
   * and returns the stored entry, so no save replaces what its author did not see.
   */
  async saveWeekly(draft: ContributionDraft, at: Date, basedOn: number): Promise<SaveResult> {
    return this.db.transaction().execute(async (tx) => {
      const place = await this.gate(tx, draft);
      if (!place.consented) return { stored: false, reason: 'no-consent', studyId: place.studyId };
      const existing = await tx
        .selectFrom('contributions')
        .selectAll()
        .where('person_id', '=', draft.personId)
        .where('kind', '=', draft.kind)
        .where('period', '=', draft.period)
        .executeTakeFirst();
      if (!existing) return { stored: true, contribution: await this.insert(tx, draft, place, at) };
      const windowEndsAt = new Date(existing.window_ends_at);
      if (windowEndsAt.getTime() <= at.getTime()) return { stored: false, reason: 'closed' };
      if (existing.revision !== basedOn) {
        return { stored: false, reason: 'stale', current: this.toContribution(existing) };
      }
      const sealed = this.cipher.encrypt(draft.text, contentContext(existing.id));
      await tx
        .updateTable('contributions')
        .set({
          content: sealed.data,
          key_id: sealed.keyId,
          tags: draft.tags ? JSON.stringify(draft.tags) : null,
          updated_at: at.toISOString(),
          revision: existing.revision + 1,
        })
        .where('id', '=', existing.id)
        .execute();
      await this.countWeek(tx, draft, at);
      const submittedAt = new Date(existing.submitted_at);
      const revision = existing.revision + 1;
      return {
        stored: true,
        contribution: {
          ...draft,
          id: existing.id,
          submittedAt,
          windowEndsAt,
          revision,
          updatedAt: at,
        },
      };
    });
  }

  /** The organisation's study and window rules, and whether the author's consent holds (C1). */
  private async gate(tx: Kysely<KoersSchema>, draft: ContributionDraft) {
    const place = await tx
      .selectFrom('organisations')
      .innerJoin('studies', 'studies.id', 'organisations.study_id')
      .select([
        'organisations.study_id as studyId',
        'organisations.time_zone as timeZone',
        'studies.withdrawal_working_days as workingDays',
        'studies.extra_non_working_days as extraDays',
      ])
      .where('organisations.id', '=', draft.organisationId)
      .executeTakeFirstOrThrow();
    await lockPerson(tx, this.kind, draft.personId);
    const consented = mayContribute(await latestConsent(tx, draft.personId, place.studyId));
    return { ...place, consented };
  }

  private async insert(
    tx: Kysely<KoersSchema>,
    draft: ContributionDraft,
    place: { timeZone: string; workingDays: number; extraDays: string },
    at: Date,
  ): Promise<Contribution> {
    const id = randomUUID();
    const windowEndsAt = withdrawalWindowEnd(at, {
      timeZone: place.timeZone,
      workingDays: place.workingDays,
      calendar: new WorkingDays(JSON.parse(place.extraDays) as string[]),
    });
    const sealed = this.cipher.encrypt(draft.text, contentContext(id));
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
    await this.countWeek(tx, draft, at);
    return { ...draft, id, submittedAt: at, windowEndsAt, revision: 1, updatedAt: at };
  }

  /** Every contribution counts: its week is written, whatever else the week was (see markWeek). */
  private async countWeek(tx: Kysely<KoersSchema>, draft: ContributionDraft, at: Date) {
    if (draft.period) await markWeek(tx, draft, draft.period, 'written', at);
  }

  async attach(contributionId: string, file: AttachmentDraft, at: Date): Promise<AttachResult> {
    return this.db.transaction().execute(async (tx) => {
      const owner = await tx
        .selectFrom('contributions')
        .innerJoin('organisations', 'organisations.id', 'contributions.organisation_id')
        .select(['contributions.person_id as personId', 'organisations.study_id as studyId'])
        .where('contributions.id', '=', contributionId)
        .executeTakeFirstOrThrow();
      await lockPerson(tx, this.kind, owner.personId);
      if (!mayContribute(await latestConsent(tx, owner.personId, owner.studyId))) {
        return { stored: false, reason: 'no-consent', studyId: owner.studyId } as const;
      }
      const id = randomUUID();
      const content = this.cipher.encrypt(file.bytes, `attachments.content:${id}`);
      const name = this.cipher.encrypt(file.fileName, `attachments.file_name:${id}`);
      if (content.keyId !== name.keyId) throw new Error('The encryption key changed mid-write.');
      await tx
        .insertInto('attachments')
        .values({
          id,
          contribution_id: contributionId,
          file_name: name.data,
          content_type: file.contentType,
          size_bytes: file.bytes.length,
          content: content.data,
          key_id: content.keyId,
          created_at: at.toISOString(),
        })
        .execute();
      return { stored: true, attachmentId: id } as const;
    });
  }

  /** The author takes a note back inside its bedenktijd (see removeNote). */
  async removeNote(personId: string, noteId: string, at: Date): Promise<RemoveNoteResult> {
    return removeNote(this.db, this.kind, { personId, noteId }, at);
  }

  /** The person's one entry of a kind for a week, decrypted, if there is one. */
  async findWeekly(
    personId: string,
    kind: ContributionKind,
    period: string,
  ): Promise<Contribution | undefined> {
    const row = await this.db
      .selectFrom('contributions')
      .selectAll()
      .where('person_id', '=', personId)
      .where('kind', '=', kind)
      .where('period', '=', period)
      .executeTakeFirst();
    return row && this.toContribution(row);
  }

  async listByPerson(personId: string): Promise<Contribution[]> {
    const rows = await this.db
      .selectFrom('contributions')
      .selectAll()
      .where('person_id', '=', personId)
      .orderBy('submitted_at')
      .execute();
    return rows.map((row) => this.toContribution(row));
  }

  /** The person's contributions of these weeks, decrypted, oldest first. */
  async listInPeriods(personId: string, periods: readonly string[]): Promise<Contribution[]> {
    if (periods.length === 0) return [];
    const rows = await this.db
      .selectFrom('contributions')
      .selectAll()
      .where('person_id', '=', personId)
      .where('period', 'in', [...periods])
      .orderBy('submitted_at')
      .execute();
    return rows.map((row) => this.toContribution(row));
  }

  private toContribution(row: Selectable<ContributionsTable>): Contribution {
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
}

export const contentContext = (id: string) => `contributions.content:${id}`;
