import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
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
import type { FieldCipher } from '../crypto/field-cipher';
import type { StorageKind } from './database';
import { EntrySeal, insertEntry, writeWeekly } from './contribution-writes';
import { removeNote } from './note-removal';
import { latestConsent, lockPerson } from './person-lock';
import type { KoersSchema } from './schema';

/** Contributions, encrypted at rest (C8) and only ever written behind the consent gate (C1). */
export class ContributionsStore implements Contributions {
  private readonly seal: EntrySeal;

  constructor(
    private readonly db: Kysely<KoersSchema>,
    private readonly kind: StorageKind,
    private readonly cipher: FieldCipher,
  ) {
    this.seal = new EntrySeal(cipher);
  }

  async add(draft: ContributionDraft, at: Date): Promise<AddResult> {
    return this.db.transaction().execute(async (tx) => {
      const place = await this.gate(tx, draft);
      if (!place.consented) return { stored: false, reason: 'no-consent', studyId: place.studyId };
      return { stored: true, contribution: await insertEntry(tx, this.seal, draft, place, at) };
    });
  }

  /** The week's one entry, behind the consent gate (see writeWeekly). */
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
      return writeWeekly(tx, this.seal, draft, place, at, { existing, basedOn });
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
    return row && this.seal.decrypt(row);
  }

  async listByPerson(personId: string): Promise<Contribution[]> {
    const rows = await this.db
      .selectFrom('contributions')
      .selectAll()
      .where('person_id', '=', personId)
      .orderBy('submitted_at')
      .execute();
    return rows.map((row) => this.seal.decrypt(row));
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
    return rows.map((row) => this.seal.decrypt(row));
  }
}
