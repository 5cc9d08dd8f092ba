import { cardMessage } from '../cards/attachment';
import { renderCheckInAgreementCard } from '../cards/check-in-agreement.card';
import { isActionOwner, type ActionOwner, type CheckIn } from '../domain/check-ins';
import type { OutboxDraft } from '../domain/messages';
import type { Planner } from '../infra/delivery/scheduler-pass';
import type { CheckInPlannerDeps } from './check-in-invitation.planner';
import { CheckInReaders, type Reader } from './check-in-readers';

/**
 * When a check-in has ended, its coach gets one card to record the agreements (domain.md: every
 * check-in ends with agreed actions and the next appointment). Open action points come back on it.
 */
export class CheckInAgreementPlanner implements Planner {
  readonly name = 'check-in-agreement';

  constructor(private readonly deps: Omit<CheckInPlannerDeps, 'calendarUrl'>) {}

  async plan(at: Date): Promise<OutboxDraft[]> {
    const { stores } = this.deps;
    const readers = new CheckInReaders(stores, this.deps.defaults);
    const drafts: OutboxDraft[] = [];
    for (const checkIn of await stores.checkInQueue.agreementsDue(at)) {
      await stores.checkInQueue.markAgreementsRequested(checkIn.id, at);
      const coach = await readers.of(checkIn.coachPersonId, checkIn.organisationId);
      const owners: { owner: ActionOwner; reader: Reader }[] = [];
      for (const invitee of checkIn.invitees) {
        const reader = await readers.of(invitee.personId, checkIn.organisationId);
        if (reader && isActionOwner(invitee.role)) owners.push({ owner: invitee.role, reader });
      }
      if (!coach || owners.length === 0) continue;
      owners.push({ owner: 'coach', reader: coach });
      drafts.push(await this.card(checkIn, coach, owners, at));
    }
    return drafts;
  }

  private async card(
    checkIn: CheckIn,
    coach: Reader,
    owners: { owner: ActionOwner; reader: Reader }[],
    at: Date,
  ): Promise<OutboxDraft> {
    const { stores } = this.deps;
    const names = new Map(owners.map((o) => [o.reader.personId, o.reader.name]));
    const open = await stores.actionPoints.openFor([...names.keys()]);
    const aanjager = checkIn.invitees.find((i) => i.role === 'aanjager');
    const next =
      aanjager &&
      (await stores.checkIns.nextWith(coach.personId, aanjager.personId, checkIn.startsAt));
    const card = renderCheckInAgreementCard({
      language: coach.language,
      timeZone: coach.timeZone,
      checkInId: checkIn.id,
      names: owners.filter((o) => o.owner !== 'coach').map((o) => o.reader.name),
      openPoints: open.map((p) => ({
        id: p.id,
        what: p.what,
        dueOn: p.dueOn,
        ownerName: names.get(p.ownerPersonId) ?? '',
      })),
      owners: owners.map((o) => ({ owner: o.owner, name: o.reader.name })),
      next: next ? next.startsAt : null,
    });
    return {
      dedupeKey: `${coach.personId}:check-in-agreements:${checkIn.id}`,
      purpose: 'check-in-agreements',
      target: { personId: coach.personId },
      activity: cardMessage(card),
      notBefore: at,
    };
  }
}
