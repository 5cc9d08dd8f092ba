import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { RecordingChoice, RecordingConsent } from '../../domain/slotinterviews';
import { writeAudit } from './audit.store';
import type { StorageKind } from './database';
import { lockPerson } from './person-lock';
import type { KoersSchema } from './schema';

export interface RecordingAnswer {
  choice: RecordingChoice;
  /** The text answered, for 'given' and 'refused'; a withdrawal points back at the 'given'. */
  text?: { version: number; hash: string; language: string };
}

/**
 * Who agreed to a slotinterview being recorded (C10 for the recording): every answer is kept
 * with the text version and hash it was given to, the latest counts, and the audit log says so.
 */
export class RecordingConsentsStore {
  constructor(
    private readonly db: Kysely<KoersSchema>,
    private readonly kind: StorageKind,
  ) {}

  async latest(checkInId: string, personId: string): Promise<RecordingConsent | undefined> {
    return (await this.forInterview(checkInId)).get(personId);
  }

  /** The latest answer of each invitee who gave one. */
  async forInterview(checkInId: string): Promise<Map<string, RecordingConsent>> {
    const rows = await this.db
      .selectFrom('recording_consents')
      .selectAll()
      .where('check_in_id', '=', checkInId)
      .orderBy('seq')
      .execute();
    return new Map(
      rows.map((row) => [
        row.person_id,
        {
          choice: row.choice as RecordingChoice,
          at: new Date(row.at),
          textVersion: row.text_version === null ? null : Number(row.text_version),
          textHash: row.text_hash,
        },
      ]),
    );
  }

  async record(checkInId: string, personId: string, answer: RecordingAnswer, at: Date) {
    await this.db.transaction().execute(async (tx) => {
      if (!(await lockPerson(tx, this.kind, personId))) throw new Error('Unknown person.');
      const previous = await tx
        .selectFrom('recording_consents')
        .select('seq')
        .where('check_in_id', '=', checkInId)
        .where('person_id', '=', personId)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      await tx
        .insertInto('recording_consents')
        .values({
          id: randomUUID(),
          check_in_id: checkInId,
          person_id: personId,
          seq: Number(previous?.seq ?? 0) + 1,
          choice: answer.choice,
          text_version: answer.text?.version ?? null,
          text_hash: answer.text?.hash ?? null,
          language: answer.text?.language ?? null,
          at: at.toISOString(),
        })
        .execute();
      await writeAudit(
        tx,
        {
          actor: `person:${personId}`,
          action: `recording.${answer.choice}`,
          subject: `check-in:${checkInId}`,
          details: { version: answer.text?.version ?? null },
        },
        at,
      );
    });
  }
}
