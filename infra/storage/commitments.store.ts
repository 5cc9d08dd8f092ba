import type { Kysely } from 'kysely';
import type { CommitmentDraft, CommitmentKind, CommitmentSummary } from '../../domain/commitments';
import type { FieldCipher } from '../crypto/field-cipher';
import type { KoersSchema } from './schema';

export interface Agreement {
  hours: number;
  dagdelen: number;
}

/** A commitment as its coach sees it in `mijn gegevens`, the note decrypted. */
export interface RecordedCommitment {
  organisationId: string;
  kind: CommitmentKind;
  minutes: number | null;
  heldOn: string;
  note: string | null;
  createdAt: string;
}

const noteContext = (id: string) => `coaching_commitments.note:${id}`;

/** Coach hours and dagdelen per organisation, against what was agreed; notes encrypted (C8). */
export class CommitmentsStore {
  constructor(
    private readonly db: Kysely<KoersSchema>,
    private readonly cipher: FieldCipher,
  ) {}

  /** False when a commitment with this id was recorded before (the same button pressed twice). */
  async record(draft: CommitmentDraft, at: Date): Promise<boolean> {
    const sealed = draft.note ? this.cipher.encrypt(draft.note, noteContext(draft.id)) : null;
    const { numInsertedOrUpdatedRows } = await this.db
      .insertInto('coaching_commitments')
      .values({
        id: draft.id,
        organisation_id: draft.organisationId,
        coach_person_id: draft.coachPersonId,
        kind: draft.kind,
        minutes: draft.minutes,
        held_on: draft.heldOn,
        note: sealed?.data ?? null,
        key_id: sealed?.keyId ?? null,
        created_at: at.toISOString(),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    return Number(numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async summary(organisationId: string): Promise<CommitmentSummary> {
    const agreed = await this.agreement(organisationId);
    const used = await this.db
      .selectFrom('coaching_commitments')
      .select(['kind', (eb) => eb.fn.sum<string | number | null>('minutes').as('minutes')])
      .select((eb) => eb.fn.countAll<string | number>().as('count'))
      .where('organisation_id', '=', organisationId)
      .groupBy('kind')
      .execute();
    const hours = used.find((row) => row.kind === 'hours');
    const dagdelen = used.find((row) => row.kind === 'dagdeel');
    return {
      hoursUsed: Number(hours?.minutes ?? 0) / 60,
      hoursAgreed: agreed.hours,
      dagdelenHeld: Number(dagdelen?.count ?? 0),
      dagdelenAgreed: agreed.dagdelen,
    };
  }

  async agreement(organisationId: string): Promise<Agreement> {
    const row = await this.db
      .selectFrom('organisations')
      .select(['coach_hours_agreed as hours', 'dagdelen_agreed as dagdelen'])
      .where('id', '=', organisationId)
      .executeTakeFirstOrThrow();
    return { hours: Number(row.hours), dagdelen: Number(row.dagdelen) };
  }

  /** Every organisation's agreement, by organisation id, for `koers org list`. */
  async agreements(): Promise<Map<string, Agreement>> {
    const rows = await this.db
      .selectFrom('organisations')
      .select(['id', 'coach_hours_agreed as hours', 'dagdelen_agreed as dagdelen'])
      .execute();
    return new Map(
      rows.map((row) => [row.id, { hours: Number(row.hours), dagdelen: Number(row.dagdelen) }]),
    );
  }

  /** False when there is no such organisation. */
  async agree(organisationId: string, agreement: Agreement): Promise<boolean> {
    const { numUpdatedRows } = await this.db
      .updateTable('organisations')
      .set({ coach_hours_agreed: agreement.hours, dagdelen_agreed: agreement.dagdelen })
      .where('id', '=', organisationId)
      .executeTakeFirst();
    return numUpdatedRows > 0n;
  }

  /** What this coach recorded, oldest first. */
  async recordedBy(coachPersonId: string): Promise<RecordedCommitment[]> {
    const rows = await this.db
      .selectFrom('coaching_commitments')
      .selectAll()
      .where('coach_person_id', '=', coachPersonId)
      .orderBy('held_on')
      .orderBy('created_at')
      .execute();
    return rows.map((row) => ({
      organisationId: row.organisation_id,
      kind: row.kind === 'dagdeel' ? 'dagdeel' : 'hours',
      minutes: row.minutes === null ? null : Number(row.minutes),
      heldOn: row.held_on,
      note:
        row.note && row.key_id
          ? this.cipher.decryptText({ keyId: row.key_id, data: row.note }, noteContext(row.id))
          : null,
      createdAt: new Date(row.created_at).toISOString(),
    }));
  }
}
