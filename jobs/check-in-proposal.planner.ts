import { cardMessage } from '../cards/attachment';
import { renderCheckInProposalCard } from '../cards/check-in-proposal.card';
import type { OutboxDraft } from '../domain/messages';
import type { Planner } from '../infra/delivery/scheduler-pass';
import type { CheckInPlannerDeps } from './check-in-invitation.planner';
import { CheckInReaders } from './check-in-readers';

/** Another moment proposed by an invitee goes to the coach, who may confirm it or let it be. */
export class CheckInProposalPlanner implements Planner {
  readonly name = 'check-in-proposal';

  constructor(private readonly deps: Omit<CheckInPlannerDeps, 'calendarUrl'>) {}

  async plan(at: Date): Promise<OutboxDraft[]> {
    const { stores } = this.deps;
    const readers = new CheckInReaders(stores, this.deps.defaults);
    const drafts: OutboxDraft[] = [];
    for (const { checkIn, personId } of await stores.checkInQueue.proposalsUntold()) {
      await stores.checkInQueue.markProposalTold(checkIn.id, personId, at);
      const proposal = checkIn.invitees.find((i) => i.personId === personId)?.proposedStartsAt;
      const coach = await readers.of(checkIn.coachPersonId, checkIn.organisationId);
      const proposer = await readers.of(personId, checkIn.organisationId);
      if (!proposal || !coach || !proposer || proposal <= at) continue;
      const card = renderCheckInProposalCard({
        language: coach.language,
        timeZone: coach.timeZone,
        checkInId: checkIn.id,
        sequence: checkIn.sequence,
        personId,
        name: proposer.name,
        from: checkIn.startsAt,
        to: proposal,
      });
      drafts.push({
        dedupeKey: `${coach.personId}:check-in-proposal:${checkIn.id}:${personId}:${proposal.getTime()}`,
        purpose: 'check-in-proposal',
        target: { personId: coach.personId },
        activity: cardMessage(card),
        notBefore: at,
      });
    }
    return drafts;
  }
}
