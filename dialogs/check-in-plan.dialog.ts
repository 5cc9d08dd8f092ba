import { MessageFactory } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { cardAttachment } from '../cards/attachment';
import { checkInPlanSchema, renderCheckInPlanCard } from '../cards/check-in-plan.card';
import { strings } from '../cards/strings';
import type { CheckInPlanning } from './check-in-planning';
import { OneTurnDialog } from './one-turn.dialog';

export const CHECK_IN_PLAN_DIALOG = 'check-in-plan';

const optionsSchema = z.union([checkInPlanSchema, z.object({ verb: z.literal('command') })]);

/** `check-in plannen`: a teamcoach picks an aanjager from their caseload, a moment and a rhythm. */
export class CheckInPlanDialog extends OneTurnDialog {
  constructor(private readonly planning: CheckInPlanning) {
    super(CHECK_IN_PLAN_DIALOG);
  }

  protected async run(dc: DialogContext, rawOptions: unknown): Promise<void> {
    const context = dc.context;
    const options = optionsSchema.parse(rawOptions);
    const coach = await this.planning.coach(context);
    if (typeof coach === 'string') {
      await context.sendActivity(coach);
      return;
    }
    const t = strings(coach.language).checkIn;
    const caseload = await this.planning.caseload(coach);
    if (options.verb === 'command') {
      if (caseload.length === 0) {
        await context.sendActivity(t.noCaseload);
        return;
      }
      const aanjagers = caseload.map((a) => ({
        memberId: a.memberId,
        name: a.name,
        hasMaatje: a.maatje !== null,
      }));
      const card = renderCheckInPlanCard({
        language: coach.language,
        timeZone: coach.timeZone,
        aanjagers,
      });
      await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
      return;
    }
    const aanjager = caseload.find((a) => a.memberId === options.aanjager);
    if (!aanjager) {
      await context.sendActivity(t.notYours);
      return;
    }
    const reply = await this.planning.plan(coach, {
      aanjager,
      withMaatje: options.withMaatje,
      date: options.date,
      time: options.time,
      durationMinutes: options.duration,
      mode: options.mode,
      location: options.place,
      every: options.every,
      until: options.until,
    });
    await context.sendActivity(reply);
  }
}
