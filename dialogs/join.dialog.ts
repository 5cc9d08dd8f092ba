import type { DialogContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { strings } from '../cards/strings';
import type { Language } from '../domain/language';
import { OneTurnDialog } from './one-turn.dialog';
import type { Participation } from './participation';
import type { Invites } from './ports';

export const JOIN_DIALOG = 'koppel';

const optionsSchema = z.object({ verb: z.literal('command'), args: z.string() });

/** `koppel <code>`: joins the organisation and role the code stands for, then asks consent. */
export class JoinDialog extends OneTurnDialog {
  constructor(
    private readonly participation: Participation,
    private readonly word: (language: Language) => string,
    private readonly invites: Invites,
  ) {
    super(JOIN_DIALOG);
  }

  protected async run(dc: DialogContext, rawOptions: unknown): Promise<void> {
    const context = dc.context;
    const text = strings(this.participation.language(context));
    const { args } = optionsSchema.parse(rawOptions);
    const person = await this.participation.personOrExplain(context);
    if (!person) return;
    if (!args.trim()) {
      await context.sendActivity(text.join.usage(this.word(this.participation.language(context))));
      return;
    }
    const result = await this.invites.redeem(args, person, this.participation.now());
    if (!result.joined) {
      await context.sendActivity(text.join[result.reason]);
      return;
    }
    const organisation = await this.participation.organisation(result.organisationId);
    await context.sendActivity(text.join.joined(organisation?.name ?? '', text.roles[result.role]));
    await this.participation.askConsentIfNeeded(context, person);
  }
}
