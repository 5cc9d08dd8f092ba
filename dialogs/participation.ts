import { MessageFactory, type TurnContext } from 'botbuilder';
import { cardAttachment } from '../cards/attachment';
import { renderConsentCard } from '../cards/consent.card';
import { longDate, strings } from '../cards/strings';
import { allows, type Membership, type Viewer } from '../domain/access.rules';
import type { Organisation, Study } from '../domain/organisations';
import { pickLanguage, type Language } from '../domain/language';
import type { Person } from '../domain/people';
import { logboekRoles, type Role } from '../domain/roles';
import type { ParticipationPorts } from './ports';
import { seenPerson } from './seen-person';

/** Roles that hand something to a study, and so are asked for consent first (C1). */
const contributingRoles: readonly Role[] = ['aanjager', 'maatje', 'teamcoach', 'docent'];

export interface ParticipationDeps {
  ports: ParticipationPorts;
  clock: () => Date;
  defaultLocale: string;
  defaultTimeZone: string;
}

/** What every participation dialog needs: who is talking, where they belong, consent. */
export class Participation {
  constructor(private readonly deps: ParticipationDeps) {}

  private get ports(): ParticipationPorts {
    return this.deps.ports;
  }

  /** Where someone without an organisation (or a time zone of their own) is taken to live. */
  get defaultTimeZone(): string {
    return this.deps.defaultTimeZone;
  }

  now(): Date {
    return this.deps.clock();
  }

  language(context: TurnContext): Language {
    return pickLanguage(context.activity.locale, this.deps.defaultLocale);
  }

  /** The person behind a personal-chat turn; Koers recorded them when the turn came in. */
  async person(context: TurnContext): Promise<Person | undefined> {
    const { from, conversation } = context.activity;
    if (conversation.conversationType && conversation.conversationType !== 'personal') return;
    if (!from.aadObjectId || !conversation.tenantId) return;
    return (
      seenPerson(context, conversation.tenantId, from.aadObjectId) ??
      this.ports.people.findByAadObjectId(conversation.tenantId, from.aadObjectId)
    );
  }

  /** The same, and outside a personal chat a word that this belongs there instead. */
  async personOrExplain(context: TurnContext): Promise<Person | undefined> {
    const person = await this.person(context);
    if (!person) await context.sendActivity(strings(this.language(context)).join.personalOnly);
    return person;
  }

  /** Every role the person has, in any organisation; none before they are linked to a team. */
  async roles(context: TurnContext): Promise<Role[]> {
    const person = await this.person(context);
    if (!person) return [];
    const viewer = await this.ports.members.viewerOf(person.id);
    return [...new Set(viewer.memberships.flatMap((m) => m.roles))];
  }

  /** The (first) organisation in which the person keeps a logboek, if they do. */
  async logboekMembership(personId: string): Promise<Membership | undefined> {
    const viewer = await this.ports.members.viewerOf(personId);
    return viewer.memberships.find((m) =>
      allows({ personId, memberships: [m] }, { action: 'contribute-logboek' }),
    );
  }

  /**
   * The person and the membership they keep a logboek in; else undefined, and they have been
   * told why (not in a personal chat, or not in a logboek role).
   */
  async logboekKeeperOrExplain(context: TurnContext) {
    const person = await this.personOrExplain(context);
    if (!person) return undefined;
    const membership = await this.logboekMembership(person.id);
    if (membership) return { person, membership };
    await context.sendActivity(this.logboekOnly(context));
    return undefined;
  }

  /** The polite answer for someone who does not keep a logboek. */
  logboekOnly(context: TurnContext): string {
    const text = strings(this.language(context));
    return text.refusal(logboekRoles.map((role) => text.roles[role]).join(', '));
  }

  /** Where the person belongs: their memberships, roles, coach and caseload. */
  viewerOf(personId: string): Promise<Viewer> {
    return this.ports.members.viewerOf(personId);
  }

  /** Someone by their Teams identity, in any conversation (a channel, the tab). */
  personByTeamsId(tenantId: string, aadObjectId: string): Promise<Person | undefined> {
    return this.ports.people.findByAadObjectId(tenantId, aadObjectId);
  }

  study(studyId: string): Promise<Study | undefined> {
    return this.ports.directory.findStudy(studyId);
  }

  /** Someone Koers knows, by id (an invitee, a coach, a poll's recipient). */
  personById(personId: string): Promise<Person | undefined> {
    return this.ports.people.findById(personId);
  }

  organisation(organisationId: string): Promise<Organisation | undefined> {
    return this.ports.directory.findOrganisation(organisationId);
  }

  /** Memberships in which the person contributes, one per study. */
  async contributingStudies(personId: string): Promise<Membership[]> {
    const viewer = await this.ports.members.viewerOf(personId);
    const seen = new Set<string>();
    return viewer.memberships.filter((m) => {
      if (!m.roles.some((r) => contributingRoles.includes(r)) || seen.has(m.studyId)) return false;
      seen.add(m.studyId);
      return true;
    });
  }

  /** Shows the consent card for the first study the person has not answered yet. */
  async askConsentIfNeeded(context: TurnContext, person: Person): Promise<boolean> {
    for (const m of await this.contributingStudies(person.id)) {
      if (await this.ports.consents.latest(person.id, m.studyId)) continue;
      return this.showConsentCard(context, m.studyId);
    }
    return false;
  }

  async showConsentCard(context: TurnContext, studyId: string, pendingNote?: string) {
    const language = this.language(context);
    const study = await this.ports.directory.findStudy(studyId);
    const text = await this.ports.directory.consentText(studyId, language);
    if (!study || !text) return false;
    const card = renderConsentCard({
      language,
      study,
      text,
      ...(pendingNote ? { pendingNote } : {}),
    });
    await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
    return true;
  }

  /** The word the person's (first) organisation uses for career guidance, if they have one. */
  async careerTermOf(personId: string): Promise<string | undefined> {
    const [first] = (await this.ports.members.viewerOf(personId)).memberships;
    return first && (await this.ports.directory.findOrganisation(first.organisationId))?.careerTerm;
  }

  /** The organisation's time zone; the configured default when it is gone. */
  async timeZoneOf(organisationId: string): Promise<string> {
    const organisation = await this.ports.directory.findOrganisation(organisationId);
    return organisation?.timeZone ?? this.deps.defaultTimeZone;
  }

  formatDate(date: Date, language: Language, timeZone: string): string {
    return longDate(date, language, timeZone);
  }
}
