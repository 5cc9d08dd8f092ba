import type { Kysely } from 'kysely';
import type { CheckIn } from '../../domain/check-ins';
import type { FieldCipher } from '../crypto/field-cipher';
import { withInvitees } from './check-in-rows';
import type { KoersSchema } from './schema';

/**
 * What the check-in planners find due: invitations, proposals for the coach, reminders and
 * agreement cards. Each is marked before its message is queued, so a crash in between loses a
 * message rather than sending two (the outbox's unique keys guard the other way).
 */
export class CheckInQueueStore {
  constructor(
    private readonly db: Kysely<KoersSchema>,
    private readonly cipher: FieldCipher,
  ) {}

  /** Check-ins still ahead with someone who has not had an invitation for this version yet. */
  async invitationsDue(at: Date): Promise<CheckIn[]> {
    const now = at.toISOString();
    const rows = await this.db
      .selectFrom('check_ins')
      .selectAll()
      .where('cancelled_at', 'is', null)
      .where('invite_at', '<=', now)
      .where('starts_at', '>', now)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('check_in_invitees as i')
            .select('i.person_id')
            .whereRef('i.check_in_id', '=', 'check_ins.id')
            .where((inner) =>
              inner.or([
                inner('i.invited_sequence', 'is', null),
                inner('i.invited_sequence', '<', inner.ref('check_ins.sequence')),
              ]),
            ),
        ),
      )
      .orderBy('starts_at')
      .execute();
    return withInvitees(this.db, this.cipher, rows);
  }

  async markInvited(checkInId: string, personId: string, sequence: number): Promise<void> {
    await this.db
      .updateTable('check_in_invitees')
      .set({ invited_sequence: sequence })
      .where('check_in_id', '=', checkInId)
      .where('person_id', '=', personId)
      .execute();
  }

  /** Proposals the coach has not been shown yet, each with its check-in. */
  async proposalsUntold(): Promise<{ checkIn: CheckIn; personId: string }[]> {
    const proposals = await this.db
      .selectFrom('check_in_invitees')
      .select(['check_in_id', 'person_id'])
      .where('response', '=', 'proposed')
      .where('proposal_told_at', 'is', null)
      .execute();
    if (proposals.length === 0) return [];
    const rows = await this.db
      .selectFrom('check_ins')
      .selectAll()
      .where('cancelled_at', 'is', null)
      .where(
        'id',
        'in',
        proposals.map((p) => p.check_in_id),
      )
      .execute();
    const checkIns = new Map(
      (await withInvitees(this.db, this.cipher, rows)).map((c) => [c.id, c]),
    );
    return proposals.flatMap((p) => {
      const checkIn = checkIns.get(p.check_in_id);
      return checkIn ? [{ checkIn, personId: p.person_id }] : [];
    });
  }

  async markProposalTold(checkInId: string, personId: string, at: Date): Promise<void> {
    await this.db
      .updateTable('check_in_invitees')
      .set({ proposal_told_at: at.toISOString() })
      .where('check_in_id', '=', checkInId)
      .where('person_id', '=', personId)
      .execute();
  }

  /** Check-ins that start after `from` and no later than `to`. */
  async startingBetween(from: Date, to: Date): Promise<CheckIn[]> {
    const rows = await this.db
      .selectFrom('check_ins')
      .selectAll()
      .where('cancelled_at', 'is', null)
      .where('starts_at', '>', from.toISOString())
      .where('starts_at', '<=', to.toISOString())
      .orderBy('starts_at')
      .execute();
    return withInvitees(this.db, this.cipher, rows);
  }

  /**
   * Coaching check-ins that have ended and whose coach has not had the agreement card yet. A
   * slotinterview ends in the researcher's notes, not in action points.
   */
  async agreementsDue(at: Date): Promise<CheckIn[]> {
    const rows = await this.db
      .selectFrom('check_ins')
      .selectAll()
      .where('kind', '=', 'coaching')
      .where('cancelled_at', 'is', null)
      .where('agreements_requested_at', 'is', null)
      .where('ends_at', '<=', at.toISOString())
      .orderBy('ends_at')
      .execute();
    return withInvitees(this.db, this.cipher, rows);
  }

  async markAgreementsRequested(checkInId: string, at: Date): Promise<void> {
    await this.db
      .updateTable('check_ins')
      .set({ agreements_requested_at: at.toISOString() })
      .where('id', '=', checkInId)
      .execute();
  }
}
