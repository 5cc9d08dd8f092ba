import { MessageFactory } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { cardAttachment } from '../cards/attachment';
import { renderHelpCard, type HelpCommand } from '../cards/help.card';
import { pickLanguage, type Language } from '../domain/language';

export const HELP_DIALOG = 'help';

/** Shows what Koers understands; the bot's command table supplies the words. */
export class HelpDialog extends Dialog {
  constructor(
    private readonly commandsFor: (language: Language) => HelpCommand[],
    private readonly defaultLocale: string,
  ) {
    super(HELP_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const language = pickLanguage(dc.context.activity.locale, this.defaultLocale);
    const card = renderHelpCard({ language, commands: this.commandsFor(language) });
    await dc.context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
    return dc.endDialog();
  }
}
