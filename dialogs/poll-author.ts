import type { TurnContext } from 'botbuilder';
import type { Membership } from '../domain/access.rules';
import type { Language } from '../domain/language';
import type { Person } from '../domain/people';
import type { Participation } from './participation';
import type { Roster } from './poll-ports';

export interface PollAuthor {
  person: Person;
  membership: Membership;
  language: Language;
  timeZone: string;
}

/** Who may send a peiling, and to whom: the poll's author and its possible audience. */
export class PollAuthors {
  constructor(
    private readonly participation: Participation,
    private readonly members: Roster,
  ) {}

  /** Aanjagers and teamcoaches, in any conversation: the poll goes where they typed it. */
  async of(context: TurnContext): Promise<PollAuthor | undefined> {
    const { from, conversation } = context.activity;
    if (!from.aadObjectId || !conversation.tenantId) return;
    const person = await this.participation.personByTeamsId(
      conversation.tenantId,
      from.aadObjectId,
    );
    const viewer = person && (await this.participation.viewerOf(person.id));
    const membership = viewer?.memberships.find((m) =>
      m.roles.some((r) => r === 'aanjager' || r === 'teamcoach'),
    );
    if (!person || !membership) return;
    const language = this.participation.language(context);
    const timeZone =
      person.timeZone ?? (await this.participation.timeZoneOf(membership.organisationId));
    return { person, membership, language, timeZone };
  }

  /** Everyone of the organisation Koers knows in Teams, except the author. */
  async audienceOf(author: PollAuthor): Promise<{ id: string; name: string }[]> {
    const all = await this.members.list(author.membership.organisationId);
    return all
      .filter((m) => m.personId !== null && m.personId !== author.person.id)
      .map((m) => ({ id: m.personId ?? '', name: m.name }));
  }
}
