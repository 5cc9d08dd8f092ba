import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CheckIn, CheckInAnswer, CheckInPlan } from '../../domain/check-ins';
import type { FieldCipher } from '../crypto/field-cipher';
import { locationContext, withInvitees } from './check-in-rows';
import type { KoersSchema } from './schema';

const DAY_MS = 86_400_000;

/** Check-ins as planned, answered and moved; the planners read them through CheckInQueueStore. */
export class CheckInsStore {
  constructor(
    private readonly db: Kysely<KoersSchema>,
    private readonly cipher: FieldCipher,
  ) {}

  /**
   * Stores every occurrence with its invitees. The first invitation goes out at once; a later
   * occurrence's a day after the one before it ended, or sooner once its agreements are recorded,
   * so that it can carry them.
   */
  async plan(plan: CheckInPlan, at: Date): Promise<CheckIn[]> {
    const ids = await this.db.transaction().execute(async (tx) => {
      const seriesId = plan.repeat ? randomUUID() : null;
      if (plan.repeat && seriesId) {
        const { everyWeeks, until } = plan.repeat;
        await tx
          .insertInto('check_in_series')
          .values({ id: seriesId, every_weeks: everyWeeks, until, created_at: at.toISOString() })
          .execute();
      }
      const made: string[] = [];
      let inviteAt = at;
      for (const startsAt of plan.starts) {
        const id = randomUUID();
        const endsAt = new Date(startsAt.getTime() + plan.durationMinutes * 60_000);
        const sealed = plan.location
          ? this.cipher.encrypt(plan.location, locationContext(id))
          : null;
        await tx
          .insertInto('check_ins')
          .values({
            id,
            kind: plan.kind ?? 'coaching',
            organisation_id: plan.organisationId,
            coach_person_id: plan.coachPersonId,
            series_id: seriesId,
            starts_at: startsAt.toISOString(),
            ends_at: endsAt.toISOString(),
            time_zone: plan.timeZone,
            duration_minutes: plan.durationMinutes,
            mode: plan.mode,
            location: sealed?.data ?? null,
            key_id: sealed?.keyId ?? null,
            sequence: 0,
            invite_at: inviteAt.toISOString(),
            created_at: at.toISOString(),
            updated_at: at.toISOString(),
          })
          .execute();
        await tx
          .insertInto('check_in_invitees')
          .values(
            plan.invitees.map((i) => ({
              check_in_id: id,
              person_id: i.personId,
              role: i.role,
              response: 'pending',
            })),
          )
          .execute();
        made.push(id);
        inviteAt = new Date(endsAt.getTime() + DAY_MS);
      }
      return made;
    });
    return this.list(ids);
  }

  async get(id: string): Promise<CheckIn | undefined> {
    return (await this.list([id]))[0];
  }

  /** The occurrences of a check-in's series from it on (just itself when it has none). */
  async seriesFrom(checkIn: CheckIn): Promise<CheckIn[]> {
    if (!checkIn.seriesId) return [checkIn];
    const rows = await this.db
      .selectFrom('check_ins')
      .selectAll()
      .where('series_id', '=', checkIn.seriesId)
      .where('starts_at', '>=', checkIn.startsAt.toISOString())
      .orderBy('starts_at')
      .execute();
    return withInvitees(this.db, this.cipher, rows);
  }

  /** The next check-in of this coach with this person after `after`, if one is planned. */
  async nextWith(
    coachPersonId: string,
    personId: string,
    after: Date,
  ): Promise<CheckIn | undefined> {
    const row = await this.db
      .selectFrom('check_ins')
      .innerJoin('check_in_invitees', 'check_in_invitees.check_in_id', 'check_ins.id')
      .selectAll('check_ins')
      .where('check_ins.coach_person_id', '=', coachPersonId)
      .where('check_in_invitees.person_id', '=', personId)
      .where('check_ins.cancelled_at', 'is', null)
      .where('check_ins.starts_at', '>', after.toISOString())
      .orderBy('check_ins.starts_at')
      .limit(1)
      .executeTakeFirst();
    return row && (await withInvitees(this.db, this.cipher, [row]))[0];
  }

  /** "ik kom", or another moment: only for the version of the check-in the person saw. */
  async respond(
    id: string,
    personId: string,
    sequence: number,
    answer: { accepted: true } | { proposedStartsAt: Date },
    at: Date,
  ): Promise<CheckInAnswer> {
    const checkIn = await this.get(id);
    if (!checkIn?.invitees.some((i) => i.personId === personId)) return this.refusal(checkIn);
    if (checkIn.sequence !== sequence || checkIn.startsAt <= at)
      return { ok: false, reason: 'stale' };
    const proposed = 'proposedStartsAt' in answer ? answer.proposedStartsAt : null;
    await this.db
      .updateTable('check_in_invitees')
      .set({
        response: proposed ? 'proposed' : 'accepted',
        proposed_starts_at: proposed?.toISOString() ?? null,
        responded_at: at.toISOString(),
        proposal_told_at: null,
      })
      .where('check_in_id', '=', id)
      .where('person_id', '=', personId)
      .execute();
    return { ok: true, checkIn };
  }

  /**
   * The coach takes a proposal: the check-in moves there and its sequence goes up, so everyone
   * gets the new invitation. The proposer has said yes to it; the others are asked again.
   */
  async confirmProposal(
    id: string,
    personId: string,
    sequence: number,
    at: Date,
  ): Promise<CheckInAnswer> {
    const moved = await this.db.transaction().execute(async (tx) => {
      const row = await tx
        .selectFrom('check_ins')
        .innerJoin('check_in_invitees', 'check_in_invitees.check_in_id', 'check_ins.id')
        .select(['check_ins.duration_minutes', 'check_in_invitees.proposed_starts_at'])
        .where('check_ins.id', '=', id)
        .where('check_ins.sequence', '=', sequence)
        .where('check_in_invitees.person_id', '=', personId)
        .where('check_in_invitees.response', '=', 'proposed')
        .executeTakeFirst();
      if (!row?.proposed_starts_at) return false;
      const startsAt = new Date(row.proposed_starts_at);
      if (startsAt <= at) return false;
      const endsAt = new Date(startsAt.getTime() + Number(row.duration_minutes) * 60_000);
      await tx
        .updateTable('check_ins')
        .set({
          starts_at: startsAt.toISOString(),
          ends_at: endsAt.toISOString(),
          sequence: sequence + 1,
          updated_at: at.toISOString(),
        })
        .where('id', '=', id)
        .execute();
      await tx
        .updateTable('check_in_invitees')
        .set((eb) => ({
          response: eb
            .case()
            .when('person_id', '=', personId)
            .then('accepted')
            .else('pending')
            .end(),
          proposed_starts_at: null,
        }))
        .where('check_in_id', '=', id)
        .execute();
      return true;
    });
    if (!moved) return this.refusal(await this.get(id));
    return { ok: true, checkIn: (await this.get(id)) as CheckIn };
  }

  /**
   * Claims the agreement card's one submit. The series' next occurrence is invited now rather
   * than later, so its invitation shows what was just agreed.
   */
  async recordAgreements(checkIn: CheckIn, at: Date): Promise<boolean> {
    const { numUpdatedRows } = await this.db
      .updateTable('check_ins')
      .set({ agreements_recorded_at: at.toISOString() })
      .where('id', '=', checkIn.id)
      .where('agreements_recorded_at', 'is', null)
      .executeTakeFirst();
    if (numUpdatedRows === 0n || !checkIn.seriesId) return numUpdatedRows > 0n;
    const next = this.db
      .selectFrom('check_ins')
      .select('id')
      .where('series_id', '=', checkIn.seriesId)
      .where('starts_at', '>', checkIn.startsAt.toISOString())
      .orderBy('starts_at')
      .limit(1);
    await this.db
      .updateTable('check_ins')
      .set({ invite_at: at.toISOString() })
      .where('id', 'in', next)
      .where('invite_at', '>', at.toISOString())
      .execute();
    return true;
  }

  private refusal(checkIn: CheckIn | undefined): CheckInAnswer {
    return { ok: false, reason: checkIn ? 'stale' : 'unknown' };
  }

  private async list(ids: string[]): Promise<CheckIn[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('check_ins')
      .selectAll()
      .where('id', 'in', ids)
      .orderBy('starts_at')
      .execute();
    return withInvitees(this.db, this.cipher, rows);
  }
}
