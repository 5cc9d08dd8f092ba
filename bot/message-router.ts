import { MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { DialogSet } from 'botbuilder-dialogs';
import { strings } from '../cards/strings';
import { cardSubmitSchema } from '../cards/submits';
import { HELP_DIALOG } from '../dialogs/help.dialog';
import type { IncomingFile } from '../dialogs/logboek-files';
import { NOTE_DIALOG } from '../dialogs/note.dialog';
import { cardAttachment } from '../cards/attachment';
import type { CardVerbs } from './card-verbs';
import { recognize, wordFor } from './commands';
import { incomingFiles } from './file-attachments';
import { pickLanguage } from '../domain/language';

/** Per person, across conversations: how many messages in a row Koers did not understand. */
export interface ConversationHabits {
  misunderstoodInARow: number;
}

export interface MessageRouterDeps {
  dialogs: DialogSet;
  verbs: CardVerbs;
  habits: StatePropertyAccessor<ConversationHabits>;
  defaultLocale: string;
  /** Whether a plain message from this person may become a logboek note. */
  keepsLogboek: (context: TurnContext) => Promise<boolean>;
  /** Files and voice recordings in a message, before any text is looked at. */
  files: { receive(context: TurnContext, files: IncomingFile[]): Promise<void> };
}

/** Turns a message or card submit into a dialog: a command starts one, other text continues one. */
export class MessageRouter {
  constructor(private readonly deps: MessageRouterDeps) {}

  async route(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (activity.value !== undefined && activity.value !== null) {
      const submit = cardSubmitSchema.safeParse(activity.value);
      if (!submit.success) {
        await context.sendActivity(this.text(context).invalidSubmit);
        return;
      }
      // Its dialog or answer parses the submit again with its own schema: hand it what Teams sent.
      const verb = this.deps.verbs[submit.data.verb];
      if ('dialog' in verb) return this.start(context, verb.dialog, activity.value as object);
      const reply = await (verb.submitted ?? verb.answer)(context, activity.value);
      const sent = await context.sendActivity(
        'card' in reply ? MessageFactory.attachment(cardAttachment(reply.card)) : reply.text,
      );
      await verb.placed?.(context, reply, sent?.id);
      return;
    }
    const files = incomingFiles(activity);
    if (files.length > 0) return this.deps.files.receive(context, files);
    const text = activity.text ?? '';
    const recognized = recognize(text);
    if (recognized) {
      const options = { verb: 'command', args: recognized.args };
      return this.start(context, recognized.command.dialogId, options);
    }
    if (text.trim() && (await this.deps.keepsLogboek(context))) {
      return this.start(context, NOTE_DIALOG, { verb: 'note-offer', text: text.trim() });
    }
    await this.misunderstood(context);
  }

  private async start(context: TurnContext, dialogId: string, options: object): Promise<void> {
    // Read before resetting: someone who was never misunderstood then gets no user state
    // written on this turn (a submit's only change to it would be this zero).
    const habits = await this.deps.habits.get(context);
    if (habits?.misunderstoodInARow)
      await this.deps.habits.set(context, { misunderstoodInARow: 0 });
    const dc = await this.deps.dialogs.createContext(context);
    await dc.cancelAllDialogs();
    await dc.beginDialog(dialogId, options);
  }

  /** A second miss in a row gets the help card itself rather than the same hint again. */
  private async misunderstood(context: TurnContext): Promise<void> {
    const habits = await this.deps.habits.get(context, { misunderstoodInARow: 0 });
    const misses = habits.misunderstoodInARow + 1;
    await this.deps.habits.set(context, { misunderstoodInARow: misses });
    if (misses >= 2) {
      const dc = await this.deps.dialogs.createContext(context);
      await dc.beginDialog(HELP_DIALOG);
      return;
    }
    const language = pickLanguage(context.activity.locale, this.deps.defaultLocale);
    const helpWord = wordFor('help', language);
    await context.sendActivity(MessageFactory.text(this.text(context).unknownText(helpWord)));
  }

  private text(context: TurnContext) {
    return strings(pickLanguage(context.activity.locale, this.deps.defaultLocale)).messages;
  }
}
