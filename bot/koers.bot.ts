import {
  TeamsActivityHandler,
  type BotState,
  type FileConsentCardResponse,
  type TurnContext,
} from 'botbuilder';
import type { Installations } from './installations';
import type { MessageRouter } from './message-router';
import type { PersonalDataUpload } from './personal-data';

export interface KoersBotDeps {
  installations: Installations;
  router: MessageRouter;
  fileConsent: PersonalDataUpload;
  /** Saved once at the end of every turn, here and nowhere else. */
  states: BotState[];
}

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

  /** Both answers go to one place, which parses the payload with zod. */
  protected override async handleTeamsFileConsent(
    context: TurnContext,
    response: FileConsentCardResponse,
  ): Promise<void> {
    await this.deps.fileConsent.answer(context, response);
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await Promise.all(this.deps.states.map((state) => state.saveChanges(context)));
  }
}
