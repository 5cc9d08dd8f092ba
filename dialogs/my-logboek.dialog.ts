import { MessageFactory } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { cardAttachment } from '../cards/attachment';
import { renderLogboekWeekCard } from '../cards/logboek-week.card';
import { myLogboekWeekSchema, renderMyLogboekCard } from '../cards/my-logboek.card';
import { strings } from '../cards/strings';
import { parseIsoWeekId } from '../domain/iso-week-calendar';
import type { LogboekHistory } from './logboek-history';
import { OneTurnDialog } from './one-turn.dialog';
import { logboekRoleOf, type Participation } from './participation';

export const MY_LOGBOEK_DIALOG = 'my-logboek';

// The command takes no argument: there is no way to name someone else's logboek here.
const optionsSchema = z.union([
  myLogboekWeekSchema,
  z.object({ verb: z.literal('command'), args: z.string() }),
]);

/** `mijn logboek`: the last eight weeks at a glance; a week's button shows that week in full. */
export class MyLogboekDialog extends OneTurnDialog {
  constructor(
    private readonly participation: Participation,
    private readonly history: LogboekHistory,
  ) {
    super(MY_LOGBOEK_DIALOG);
  }

  protected async run(dc: DialogContext, rawOptions: unknown): Promise<void> {
    const context = dc.context;
    const options = optionsSchema.parse(rawOptions);
    const language = this.participation.language(context);
    const text = strings(language);
    const person = await this.participation.personOrExplain(context);
    if (!person) return;
    const membership = await this.participation.logboekMembership(person.id);
    if (!membership) {
      await context.sendActivity(this.participation.logboekOnly(context));
      return;
    }
    const timeZone = await this.participation.timeZoneOf(membership.organisationId);
    if (options.verb === 'command') {
      const weeks = await this.history.overview(person, timeZone, language);
      const card = renderMyLogboekCard({ language, weeks });
      await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
      return;
    }
    const role = logboekRoleOf(membership);
    const model = await this.history.week(person, role, options.week, timeZone, language);
    if (!model) {
      const week = parseIsoWeekId(options.week).week;
      await context.sendActivity(text.myLogboek.nothingInWeek(week));
      return;
    }
    await context.sendActivity(
      MessageFactory.attachment(cardAttachment(renderLogboekWeekCard(model))),
    );
  }
}
