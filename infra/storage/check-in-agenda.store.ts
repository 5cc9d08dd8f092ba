import type { ExpressionBuilder, Kysely } from 'kysely';
import type { CheckIn } from '../../domain/check-ins';
import type { FieldCipher } from '../crypto/field-cipher';
import { withInvitees } from './check-in-rows';
import type { KoersSchema } from './schema';

/** A person's check-ins as a list: what is ahead, calling one off, and all of them for export. */
export class CheckInAgendaStore {
  constructor(
    private readonly db: Kysely<KoersSchema>,
    private readonly cipher: FieldCipher,
  ) {}

  /** Check-ins still ahead that a person coaches or is invited to, soonest first. */
  async upcomingFor(personId: string, at: Date, limit = 10): Promise<CheckIn[]> {
    const rows = await this.db
      .selectFrom('check_ins')
      .selectAll()
      .where('cancelled_at', 'is', null)
      .where('starts_at', '>', at.toISOString())
      .where((eb) => involving(eb, personId))
      .orderBy('starts_at')
      .limit(limit)
      .execute();
    return withInvitees(this.db, this.cipher, rows);
  }

  /**
   * The coach calls a check-in off before it starts. Its sequence goes up, so the invitation's
   * buttons and calendar copies see a newer version; planners skip it from now on.
   */
  async cancel(id: string, coachPersonId: string, sequence: number, at: Date) {
    const result = await this.db
      .updateTable('check_ins')
      .set({ cancelled_at: at.toISOString(), sequence: sequence + 1, updated_at: at.toISOString() })
      .where('id', '=', id)
      .where('coach_person_id', '=', coachPersonId)
      .where('sequence', '=', sequence)
      .where('cancelled_at', 'is', null)
      .where('starts_at', '>', at.toISOString())
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return undefined;
    const rows = await this.db.selectFrom('check_ins').selectAll().where('id', '=', id).execute();
    return (await withInvitees(this.db, this.cipher, rows))[0];
  }

  /** An organisation's slotinterviews, called-off ones too, oldest first: for the researcher. */
  async interviewsOf(organisationId: string): Promise<CheckIn[]> {
    const rows = await this.db
      .selectFrom('check_ins')
      .selectAll()
      .where('organisation_id', '=', organisationId)
      .where('kind', '=', 'slotinterview')
      .orderBy('starts_at')
      .execute();
    return withInvitees(this.db, this.cipher, rows);
  }

  /** The check-ins a person coached or was invited to, as they saw them: for `mijn gegevens`. */
  async heldFor(personId: string) {
    const rows = await this.db
      .selectFrom('check_ins')
      .selectAll()
      .where((eb) => involving(eb, personId))
      .orderBy('starts_at')
      .execute();
    return (await withInvitees(this.db, this.cipher, rows)).map((checkIn) => {
      const own = checkIn.invitees.find((i) => i.personId === personId);
      return {
        kind: checkIn.kind,
        startsAt: checkIn.startsAt.toISOString(),
        endsAt: checkIn.endsAt.toISOString(),
        timeZone: checkIn.timeZone,
        mode: checkIn.mode,
        location: checkIn.location,
        you: own
          ? { role: own.role, response: own.response }
          : { role: checkIn.kind === 'slotinterview' ? 'onderzoeker' : 'teamcoach' },
      };
    });
  }
}

/** Check-ins the person coaches or is invited to. */
function involving(eb: ExpressionBuilder<KoersSchema, 'check_ins'>, personId: string) {
  return eb.or([
    eb('coach_person_id', '=', personId),
    eb(
      'id',
      'in',
      eb.selectFrom('check_in_invitees').select('check_in_id').where('person_id', '=', personId),
    ),
  ]);
}
