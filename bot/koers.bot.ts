import {
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type BotState,
  type FileConsentCardResponse,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { z } from 'zod';
import { strings } from '../cards/strings';
import { cardSubmitSchema } from '../cards/submits';
import type { CardVerbs } from './card-verbs';
import { withdrewThisTurn } from '../dialogs/withdrawn-turn';
import { pickLanguage } from '../domain/language';
import type { Installations } from './installations';
import type { MessageRouter } from './message-router';
import type { PersonalDataUpload } from '../dialogs/personal-data-upload';

export interface KoersBotDeps {
  installations: Installations;
  router: MessageRouter;
  fileConsent: PersonalDataUpload;
  /** The one table of card verbs; Action.Execute answers those answered in place. */
  verbs: CardVerbs;
  defaultLocale: string;
  /** Saved once at the end of every turn, here and nowhere else. */
  state: { conversation: BotState; user: BotState };
}

const CARD = 'application/vnd.microsoft.card.adaptive';
const MESSAGE = 'application/vnd.microsoft.activity.message';
// botbuilder types `value` as an object; Teams takes the card, or the message text as a string.
const asValue = (value: unknown) => value as Record<string, unknown>;

// botbuilder reads `value.action.type` without looking: an invoke with no action object in it
// would fail the turn (the person gets "something went wrong", Teams a 501).
const executeInvokeSchema = z.looseObject({ action: z.looseObject({}) });
const noAction: InvokeResponse = {
  status: 400,
  body: {
    statusCode: 400,
    type: 'application/vnd.microsoft.error',
    value: { code: 'BadRequest', message: 'Missing action in value' },
  },
};

export class KoersBot extends TeamsActivityHandler {
  constructor(private readonly deps: KoersBotDeps) {
    super();
    this.onInstallationUpdateAdd(async (context, next) => {
      await deps.installations.installed(context);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await deps.installations.uninstalled(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient.id;
      if (context.activity.membersAdded?.some((member) => member.id === botId)) {
        await deps.installations.installed(context);
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      await deps.installations.seen(context);
      await deps.router.route(context);
      await next();
    });
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const { activity } = context;
    const execute = activity.name === 'adaptiveCard/action';
    if (execute && !executeInvokeSchema.safeParse(activity.value).success) return noAction;
    return super.onInvokeActivity(context);
  }

  /**
   * Action.Execute (Universal Actions): the answer replaces the card for this person; a short
   * word comes as a message and the card stays. Bad data gets a friendly word, never a 500.
   */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const data = invokeValue.action?.data;
    const submit = cardSubmitSchema.safeParse(data);
    const verb = submit.success ? this.deps.verbs[submit.data.verb] : undefined;
    if (!verb || 'dialog' in verb) {
      const text = strings(pickLanguage(context.activity.locale, this.deps.defaultLocale)).messages;
      return { statusCode: 200, type: MESSAGE, value: asValue(text.invalidSubmit) };
    }
    const reply = await verb.answer(context, data);
    // The answer takes the place of the card that was pressed.
    await verb.placed?.(context, reply, context.activity.replyToId);
    return 'card' in reply
      ? { statusCode: 200, type: CARD, value: asValue(reply.card) }
      : { statusCode: 200, type: MESSAGE, value: asValue(reply.text) };
  }

  /** Both answers go to one place, which parses the payload with zod. */
  protected override async handleTeamsFileConsent(
    context: TurnContext,
    response: FileConsentCardResponse,
  ): Promise<void> {
    await this.deps.fileConsent.answer(context, response);
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    // An invoke is answered in place and starts no dialog: it has no bot state to save, and a
    // logboek save over Action.Execute writes only what it saves.
    if (context.activity.type === 'invoke') return;
    const { conversation, user } = this.deps.state;
    if (!withdrewThisTurn(context)) {
      await Promise.all([conversation.saveChanges(context), user.saveChanges(context)]);
      return;
    }
    // Stopping deleted the person's state; saving this turn's copy would write it back. A group
    // chat's or channel's state belongs to everyone in it and is kept.
    const personal = context.activity.conversation.conversationType === 'personal';
    await Promise.all([
      personal ? conversation.delete(context) : conversation.saveChanges(context),
      user.delete(context),
    ]);
  }
}
