import { cardAttachment, cardMessage } from '../cards/attachment';
import { renderCheckInInvitationCard } from '../cards/check-in-invitation.card';
import { renderRecordingConsentCard } from '../cards/recording-consent.card';
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
 * Invitations, and new ones after a move (a higher sequence), signed by the host. Only people
 * who may be invited get one (C1, `mayBeInvited`); the others are marked so they are not looked at
 * again. A slotinterview's first invitation carries the question about recording it.
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
      const invitable = await stores.checkInCaseload.invitable(checkIn);
      const coach = await readers.of(checkIn.coachPersonId, checkIn.organisationId);
      const later = (await stores.checkIns.seriesFrom(checkIn)).slice(1).map((c) => c.startsAt);
      for (const invitee of due) {
        await stores.checkInQueue.markInvited(checkIn.id, invitee.personId, checkIn.sequence);
        const reader = await readers.of(invitee.personId, checkIn.organisationId);
        if (!invitable.has(invitee.personId) || !reader || !coach) continue;
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
    const { stores } = this.deps;
    const interview = checkIn.kind === 'slotinterview';
    const openPoints = interview ? [] : await stores.actionPoints.openFor([invitee.personId]);
    const card = renderCheckInInvitationCard({
      ...reader,
      kind: checkIn.kind,
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
    const activity = cardMessage(card);
    const study = interview && invitee.invitedSequence === null && (await this.studyOf(checkIn));
    if (study) {
      const recording = renderRecordingConsentCard({
        ...reader,
        checkInId: checkIn.id,
        hostName: coachName,
        startsAt: checkIn.startsAt,
        contact: study.contact,
      });
      activity.attachments?.push(cardAttachment(recording));
    }
    return {
      dedupeKey: `${invitee.personId}:check-in-invite:${checkIn.id}:${checkIn.sequence}`,
      purpose: 'check-in-invite',
      target: { personId: invitee.personId },
      activity,
      notBefore: at,
    };
  }

  private async studyOf(checkIn: CheckIn) {
    const { organisations } = this.deps.stores;
    const organisation = await organisations.findOrganisation(checkIn.organisationId);
    return organisation && organisations.findStudy(organisation.studyId);
  }
}
