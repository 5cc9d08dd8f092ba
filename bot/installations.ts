import { MessageFactory, TeamsInfo, TurnContext } from 'botbuilder';
import type { Participation } from '../dialogs/participation';
import { rememberSeenPerson } from '../dialogs/seen-person';
import { renderWelcomeCard } from '../cards/welcome.card';
import { cardAttachment } from '../cards/attachment';
import { strings } from '../cards/strings';
import type { People, Person } from '../domain/people';
import type { Conversations } from '../infra/delivery/conversations';
import { pickLanguage } from '../domain/language';
import { identityOf, scopeOf, tenantOf } from '../dialogs/teams-identity';

export interface InstallationDeps {
  people: People;
  conversations: Conversations;
  roster: { recognise(person: Person, email: string | undefined, at: Date): Promise<number> };
  participation: Participation;
  clock: () => Date;
  defaultLocale: string;
}

/** Keeps who Koers can reach, and where, in step with what Teams tells us. */
export class Installations {
  constructor(private readonly deps: InstallationDeps) {}

  /** Koers was added to a personal chat, team or group chat: remember it and say hello once. */
  async installed(context: TurnContext): Promise<void> {
    const { conversationId, person } = await this.remember(context);
    if (person) await this.recognise(context, person);
    if (!(await this.deps.conversations.markWelcomed(conversationId, this.deps.clock()))) return;
    const activity = context.activity;
    const language = pickLanguage(activity.locale, this.deps.defaultLocale);
    if (scopeOf(activity) === 'personal') {
      const careerTerm = person && (await this.deps.participation.careerTermOf(person.id));
      const card = renderWelcomeCard({
        language,
        name: activity.from.name ?? '',
        ...(careerTerm ? { careerTerm } : {}),
      });
      await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
      if (person) await this.deps.participation.askConsentIfNeeded(context, person);
    } else {
      await context.sendActivity(strings(language).messages.channelWelcome('LOB'));
    }
  }

  /** Any activity refreshes the reference: Teams may move a conversation to another serviceUrl. */
  async seen(context: TurnContext): Promise<void> {
    await this.remember(context);
  }

  async uninstalled(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const identity = identityOf(activity);
    if (scopeOf(activity) === 'personal' && identity) {
      const person = await this.deps.people.findByAadObjectId(
        identity.tenantId,
        identity.aadObjectId,
      );
      if (person) await this.deps.people.markUnreachable(person.id, this.deps.clock());
    }
    await this.deps.conversations.remove(activity.conversation.id);
  }

  /**
   * Someone on an imported roster is recognised by AAD object id, or by e-mail, which only
   * Teams' member lookup tells (the activity does not carry it).
   */
  private async recognise(context: TurnContext, person: Person): Promise<void> {
    let email: string | undefined;
    try {
      const member = await TeamsInfo.getMember(context, context.activity.from.id);
      email = member.email ?? member.userPrincipalName ?? undefined;
    } catch {
      email = undefined; // outside Teams (Playground) there is no roster to look people up in
    }
    await this.deps.roster.recognise(person, email, this.deps.clock());
  }

  private async remember(
    context: TurnContext,
  ): Promise<{ conversationId: string; person: Person | undefined }> {
    const activity = context.activity;
    const at = this.deps.clock();
    const scope = scopeOf(activity);
    const identity = identityOf(activity);
    const person =
      scope === 'personal' && identity
        ? await this.deps.people.upsertFromTeams(identity, at)
        : undefined;
    if (person) rememberSeenPerson(context, person);
    await this.deps.conversations.save({
      reference: TurnContext.getConversationReference(activity),
      scope,
      tenantId: tenantOf(activity) ?? '',
      personId: person?.id ?? null,
      at,
    });
    return { conversationId: activity.conversation.id, person };
  }
}
