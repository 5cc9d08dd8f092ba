import type { Kysely, Selectable } from 'kysely';
import type {
  CheckIn,
  CheckInKind,
  CheckInMode,
  Invitee,
  InviteeResponse,
  InviteeRole,
} from '../../domain/check-ins';
import type { FieldCipher } from '../crypto/field-cipher';
import type { KoersSchema } from './schema';
import type { CheckInsTable } from './schema-coaching';

export const locationContext = (id: string) => `check_ins.location:${id}`;

/** Check-in rows with their invitees, the place decrypted; in the order of `rows`. */
export async function withInvitees(
  db: Kysely<KoersSchema>,
  cipher: FieldCipher,
  rows: Selectable<CheckInsTable>[],
): Promise<CheckIn[]> {
  if (rows.length === 0) return [];
  const invitees = await db
    .selectFrom('check_in_invitees')
    .selectAll()
    .where(
      'check_in_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('role')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as CheckInKind,
    organisationId: row.organisation_id,
    coachPersonId: row.coach_person_id,
    seriesId: row.series_id,
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    timeZone: row.time_zone,
    durationMinutes: Number(row.duration_minutes),
    mode: row.mode as CheckInMode,
    location:
      row.location && row.key_id
        ? cipher.decryptText({ keyId: row.key_id, data: row.location }, locationContext(row.id))
        : null,
    sequence: Number(row.sequence),
    updatedAt: new Date(row.updated_at),
    cancelledAt: row.cancelled_at === null ? null : new Date(row.cancelled_at),
    invitees: invitees
      .filter((i) => i.check_in_id === row.id)
      .map((i): Invitee => ({
        personId: i.person_id,
        role: i.role as InviteeRole,
        response: i.response as InviteeResponse,
        proposedStartsAt: i.proposed_starts_at ? new Date(i.proposed_starts_at) : null,
        invitedSequence: i.invited_sequence === null ? null : Number(i.invited_sequence),
      })),
  }));
}
