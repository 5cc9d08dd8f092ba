import { MessageFactory, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { cardAttachment } from '../cards/attachment';
import { renderHelpCard, type HelpCommand } from '../cards/help.card';
import { pickLanguage, type Language } from '../domain/language';
import type { Role } from '../domain/roles';

export const HELP_DIALOG = 'help';

/** Shows what this person can do; the bot's command table supplies the words. */
export class HelpDialog extends Dialog {
  constructor(
    private readonly commandsFor: (language: Language, roles: readonly Role[]) => HelpCommand[],
    private readonly rolesOf: (context: TurnContext) => Promise<readonly Role[]>,
    private readonly joinUsage: Record<Language, string>,
    private readonly defaultLocale: string,
  ) {
    super(HELP_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const language = pickLanguage(dc.context.activity.locale, this.defaultLocale);
    const roles = await this.rolesOf(dc.context);
    const card = renderHelpCard({
      language,
      commands: this.commandsFor(language, roles),
      roles,
      joinUsage: this.joinUsage[language],
    });
    await dc.context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
    return dc.endDialog();
  }
}
