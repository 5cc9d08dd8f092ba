import { cardMessage } from '../cards/attachment';
import { renderCheckInInvitationCard } from '../cards/check-in-invitation.card';
import type { CheckIn, Invitee } from '../domain/check-ins';
import type { OutboxDraft } from '../domain/messages';
import type { Planner } from '../infra/delivery/scheduler-pass';
import type { Stores } from '../infra/storage/stores';
import { CheckInReaders, type Reader } from './check-in-readers';

export interface CheckInPlannerDeps {
  stores: Pick<
    Stores,
    'checkIns' | 'checkInQueue' | 'checkInCaseload' | 'actionPoints' | 'people' | 'organisations'
  >;
  defaults: { locale: string; timeZone: string };
  calendarUrl: (checkInId: string, personId: string) => string;
}

/**
 * Invitations, and new ones after a move (a higher sequence), signed by the coach. Only people
 * who take part in the study get one (C1); the others are marked so they are not looked at again.
 */
export class CheckInInvitationPlanner implements Planner {
  readonly name = 'check-in-invitation';

  constructor(private readonly deps: CheckInPlannerDeps) {}

  async plan(at: Date): Promise<OutboxDraft[]> {
    const { stores } = this.deps;
    const readers = new CheckInReaders(stores, this.deps.defaults);
    const drafts: OutboxDraft[] = [];
    for (const checkIn of await stores.checkInQueue.invitationsDue(at)) {
      const due = checkIn.invitees.filter(
        (i) => i.invitedSequence === null || i.invitedSequence < checkIn.sequence,
      );
      const ids = due.map((i) => i.personId);
      const consenting = await stores.checkInCaseload.consenting(ids, checkIn.organisationId);
      const coach = await readers.of(checkIn.coachPersonId, checkIn.organisationId);
      const later = (await stores.checkIns.seriesFrom(checkIn)).slice(1).map((c) => c.startsAt);
      for (const invitee of due) {
        await stores.checkInQueue.markInvited(checkIn.id, invitee.personId, checkIn.sequence);
        const reader = await readers.of(invitee.personId, checkIn.organisationId);
        if (!consenting.has(invitee.personId) || !reader || !coach) continue;
        drafts.push(await this.invitation(checkIn, invitee, reader, coach.name, later, at));
      }
    }
    return drafts;
  }

  private async invitation(
    checkIn: CheckIn,
    invitee: Invitee,
    reader: Pick<Reader, 'language' | 'timeZone'>,
    coachName: string,
    laterStarts: Date[],
    at: Date,
  ): Promise<OutboxDraft> {
    const openPoints = await this.deps.stores.actionPoints.openFor([invitee.personId]);
    const card = renderCheckInInvitationCard({
      ...reader,
      checkInId: checkIn.id,
      sequence: checkIn.sequence,
      coachName,
      startsAt: checkIn.startsAt,
      durationMinutes: checkIn.durationMinutes,
      mode: checkIn.mode,
      location: checkIn.location,
      moved: checkIn.sequence > 0,
      laterStarts,
      openPoints,
      calendarUrl: this.deps.calendarUrl(checkIn.id, invitee.personId),
    });
    return {
      dedupeKey: `${invitee.personId}:check-in-invite:${checkIn.id}:${checkIn.sequence}`,
      purpose: 'check-in-invite',
      target: { personId: invitee.personId },
      activity: cardMessage(card),
      notBefore: at,
    };
  }
}
