import { MessageFactory, type TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { cardAttachment } from '../cards/attachment';
import { renderLogboekWeekCard } from '../cards/logboek-week.card';
import { logboekRoleOf } from '../cards/logboek.card';
import { myLogboekWeekSchema, renderMyLogboekCard } from '../cards/my-logboek.card';
import { strings } from '../cards/strings';
import type { Membership } from '../domain/access.rules';
import { parseIsoWeekId } from '../domain/iso-week';
import type { Person } from '../domain/people';
import type { LogboekHistory } from './logboek-history';
import { OneTurnDialog } from './one-turn.dialog';
import type { Participation } from './participation';

export const MY_LOGBOEK_DIALOG = 'my-logboek';

// The command takes no argument: there is no way to name someone else's logboek here.
const optionsSchema = z.union([
  myLogboekWeekSchema,
  z.object({ verb: z.literal('command'), args: z.string() }),
]);

/** A person's own logboek read back: the weeks at a glance, or one week in full. */
export class MyLogboekView {
  constructor(
    private readonly participation: Participation,
    private readonly history: LogboekHistory,
  ) {}

  async show(context: TurnContext, person: Person, membership: Membership, weekId?: string) {
    const language = this.participation.language(context);
    const timeZone = await this.participation.timeZoneOf(membership.organisationId);
    if (weekId === undefined) {
      const weeks = await this.history.overview(person, timeZone, language);
      const card = renderMyLogboekCard({ language, weeks });
      await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
      return;
    }
    const role = logboekRoleOf(membership);
    const model = await this.history.week(person, role, weekId, timeZone, language);
    if (!model) {
      const week = parseIsoWeekId(weekId).week;
      await context.sendActivity(strings(language).myLogboek.nothingInWeek(week));
      return;
    }
    await context.sendActivity(
      MessageFactory.attachment(cardAttachment(renderLogboekWeekCard(model))),
    );
  }
}

/** `mijn logboek`: the last eight weeks at a glance; a week's button shows that week in full. */
export class MyLogboekDialog extends OneTurnDialog {
  constructor(
    private readonly participation: Participation,
    private readonly view: MyLogboekView,
  ) {
    super(MY_LOGBOEK_DIALOG);
  }

  protected async run(dc: DialogContext, rawOptions: unknown): Promise<void> {
    const context = dc.context;
    const options = optionsSchema.parse(rawOptions);
    const keeper = await this.participation.logboekKeeperOrExplain(context);
    if (!keeper) return;
    const { person, membership } = keeper;
    const weekId = options.verb === 'command' ? undefined : options.week;
    await this.view.show(context, person, membership, weekId);
  }
}
