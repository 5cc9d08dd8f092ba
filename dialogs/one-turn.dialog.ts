import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';

/**
 * A dialog that answers in the turn it starts: a command or a card button. Options arrive as
 * `unknown` (command args or a parsed card submit) and each dialog parses its own with zod.
 */
export abstract class OneTurnDialog extends Dialog {
  protected abstract run(dc: DialogContext, options: unknown): Promise<void>;

  override async beginDialog(dc: DialogContext, options?: object): Promise<DialogTurnResult> {
    await this.run(dc, options);
    return dc.endDialog();
  }
}
