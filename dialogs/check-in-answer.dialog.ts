import type { DialogContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { escapeMarkdown } from '../cards/adaptive-card';
import { checkInAcceptSchema, checkInProposeSchema } from '../cards/check-in-invitation.card';
import { checkInConfirmSchema } from '../cards/check-in-proposal.card';
import { whenText } from '../cards/check-in-when';
import { strings } from '../cards/strings';
import type { CheckIn } from '../domain/check-ins';
import type { Language } from '../domain/language';
import type { Person } from '../domain/people';
import { instantAt } from '../domain/zoned-time';
import type { CheckInBook } from './check-in-ports';
import { OneTurnDialog } from './one-turn.dialog';
import type { Participation } from './participation';

export const CHECK_IN_ANSWER_DIALOG = 'check-in-answer';

const optionsSchema = z.discriminatedUnion('verb', [
  checkInAcceptSchema,
  checkInProposeSchema,
  checkInConfirmSchema,
]);
type Options = z.infer<typeof optionsSchema>;

/** "ik kom" and "ander moment voorstellen" from an invitee; "bevestigen" from the coach. */
export class CheckInAnswerDialog extends OneTurnDialog {
  constructor(
    private readonly participation: Participation,
    private readonly checkIns: CheckInBook,
  ) {
    super(CHECK_IN_ANSWER_DIALOG);
  }

  protected async run(dc: DialogContext, rawOptions: unknown): Promise<void> {
    const context = dc.context;
    const options = optionsSchema.parse(rawOptions);
    const language = this.participation.language(context);
    const person = await this.participation.personOrExplain(context);
    if (!person) return;
    await context.sendActivity(await this.answer(person, options, language));
  }

  private async answer(person: Person, options: Options, language: Language): Promise<string> {
    const t = strings(language).checkIn;
    const now = this.participation.now();
    const checkIn = await this.checkIns.get(options.checkInId);
    if (!checkIn) return t.stale;
    const zone = await this.zoneOf(person, checkIn);
    if (options.verb === 'check-in-confirm') {
      if (checkIn.coachPersonId !== person.id) return t.proposalGone;
      const { personId, sequence } = options;
      const moved = await this.checkIns.confirmProposal(checkIn.id, personId, sequence, now);
      return moved.ok
        ? t.confirmed(whenText(moved.checkIn.startsAt, language, zone))
        : t.proposalGone;
    }
    if (options.verb === 'check-in-accept') {
      const { sequence } = options;
      const answered = await this.checkIns.respond(
        checkIn.id,
        person.id,
        sequence,
        { accepted: true },
        now,
      );
      return answered.ok ? t.accepted(whenText(checkIn.startsAt, language, zone)) : t.stale;
    }
    const { proposedDate, proposedTime, sequence } = options;
    if (!proposedDate || !proposedTime) return t.whenMissing;
    const proposedStartsAt = instantAt(proposedDate, proposedTime, zone);
    if (proposedStartsAt <= now) return t.inThePast;
    const answered = await this.checkIns.respond(
      checkIn.id,
      person.id,
      sequence,
      { proposedStartsAt },
      now,
    );
    if (!answered.ok) return t.stale;
    const coach = await this.participation.personById(checkIn.coachPersonId);
    return t.proposed(escapeMarkdown(coach?.name ?? ''));
  }

  /** Times in answers are the reader's own: their zone, else their organisation's. */
  private async zoneOf(person: Person, checkIn: CheckIn): Promise<string> {
    return person.timeZone ?? (await this.participation.timeZoneOf(checkIn.organisationId));
  }
}
