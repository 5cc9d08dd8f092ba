import type { BotState, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { strings } from '../cards/strings';
import { pickLanguage } from '../domain/language';

/**
 * Logs what went wrong with enough context to find the turn, tells the person kindly, and drops
 * the conversation's dialog state so a broken dialog does not fail again on the next message.
 * The answer goes first: when the database is away, dropping the state fails too, and the person
 * must still hear that their message was not kept.
 */
export function turnErrorHandler(deps: {
  logger: Logger;
  conversationState: BotState;
  defaultLocale: string;
}): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    const activity = context.activity;
    deps.logger.error(
      {
        err: error,
        activityType: activity.type,
        activityId: activity.id,
        conversationId: activity.conversation?.id,
        channelId: activity.channelId,
      },
      'turn failed',
    );
    try {
      const language = pickLanguage(activity.locale, deps.defaultLocale);
      await context.sendActivity(strings(language).messages.crashed);
    } catch (followUp) {
      deps.logger.error(
        { err: followUp, activityId: activity.id },
        'could not answer after a failed turn',
      );
    }
    try {
      await deps.conversationState.delete(context);
    } catch (followUp) {
      deps.logger.error(
        { err: followUp, activityId: activity.id },
        'could not drop the dialog state after a failed turn',
      );
    }
  };
}
