import type { TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../cards/adaptive-card';
import { whenText } from '../cards/check-in-when';
import { consentTextHash } from '../cards/consent.card';
import {
  answerValues,
  readAnswer,
  type PollAction,
  type PollAnswerSubmit,
} from '../cards/poll-answer';
import { renderPollCard } from '../cards/poll.card';
import { renderPollStatusCard } from '../cards/poll-status.card';
import { strings } from '../cards/strings';
import type { ConsentRegister } from '../domain/contributions';
import type { Language } from '../domain/language';
import type { People, Person } from '../domain/people';
import { isOpen, type Poll, type PollAnswer } from '../domain/polls';
import { identityOf } from './teams-identity';
import type { Participation } from './participation';
import type { PollShelf, PollAnswerShelf } from './poll-ports';
import type { Directory } from './ports';

export type PollReply = { card: AdaptiveCard } | { text: string };

/**
 * Answers on a poll card, from a channel or a personal chat. The reply is the person's own
 * view: their questions, a thank-you with the count so far, or the closed poll; never results.
 */
export class PollAnswers {
  constructor(
    private readonly participation: Participation,
    private readonly polls: Pick<PollShelf, 'get'>,
    private readonly answers: Pick<PollAnswerShelf, 'answer' | 'answerOf' | 'count'>,
    private readonly stores: {
      people: Pick<People, 'findByAadObjectId' | 'upsertFromTeams' | 'findById'>;
      directory: Pick<Directory, 'consentText' | 'findOrganisation' | 'findStudy'>;
      consents: Pick<ConsentRegister, 'decide'>;
    },
  ) {}

  async answer(context: TurnContext, action: PollAction): Promise<PollReply> {
    const language = this.participation.language(context);
    const t = strings(language).poll;
    const poll = await this.polls.get(action.pollId);
    const identity = identityOf(context.activity);
    if (!poll || !identity) return { text: strings(language).messages.invalidSubmit };
    const now = this.participation.now();
    const { people } = this.stores;
    if (!isOpen(poll, now)) {
      return action.verb === 'poll-answer'
        ? { text: t.closedAnswer }
        : this.status(poll, language, 'closed');
    }
    if (action.verb !== 'poll-answer') {
      // Looking at the card creates no person: only answering does.
      const person = await people.findByAadObjectId(identity.tenantId, identity.aadObjectId);
      const held = person && (await this.answers.answerOf(poll.id, person.id));
      if (held && action.verb === 'poll-view') return this.status(poll, language, 'thanks');
      return this.questions(poll, language, held ? answerValues(held) : {});
    }
    const answer = readAnswer(poll.questions, action);
    if (!answer) return { text: strings(language).messages.invalidSubmit };
    if (Object.keys(answer).length === 0) return { text: t.nothingFilledIn };
    const person = await people.upsertFromTeams(identity, now);
    if (action.hash && !(await this.consent(poll, person, action, language))) {
      return this.withConsent(poll, language, answer);
    }
    const outcome = await this.answers.answer(poll.id, person.id, answer, now);
    if (outcome === 'closed') return { text: t.closedAnswer };
    if (outcome === 'no-consent') return this.withConsent(poll, language, answer);
    if (outcome === 'owner') return { text: t.ownPoll };
    if (outcome === 'not-on-roster') {
      const owner = await people.findById(poll.ownerPersonId);
      return { text: t.notOnRoster(owner?.name ?? '') };
    }
    return this.status(poll, language, 'thanks');
  }

  /** Records consent when the card showed the current text, exactly as the consent card does. */
  private async consent(poll: Poll, person: Person, submit: PollAnswerSubmit, language: Language) {
    const { directory, consents } = this.stores;
    const study = await this.studyOf(poll);
    const text = study && (await directory.consentText(study.id, language, submit.version));
    if (!study || !text || study.id !== submit.studyId) return false;
    const shown = consentTextHash({ language, study, text });
    if (shown !== submit.hash) return false;
    const decision = {
      choice: 'given' as const,
      textVersion: text.version,
      textHash: shown,
      language,
    };
    await consents.decide(person.id, study.id, decision, this.participation.now());
    return true;
  }

  private async withConsent(
    poll: Poll,
    language: Language,
    answer: PollAnswer,
  ): Promise<PollReply> {
    const study = await this.studyOf(poll);
    const text = study && (await this.stores.directory.consentText(study.id, language));
    if (!study || !text) return { text: strings(language).messages.invalidSubmit };
    return this.questions(poll, language, answerValues(answer), { study, text });
  }

  private async studyOf(poll: Poll) {
    const { directory } = this.stores;
    const organisation = await directory.findOrganisation(poll.organisationId);
    return organisation && directory.findStudy(organisation.studyId);
  }

  private async questions(
    poll: Poll,
    language: Language,
    values: Record<number, string>,
    consent?: Parameters<typeof renderPollCard>[0]['consent'],
  ): Promise<PollReply> {
    const timeZone = await this.participation.timeZoneOf(poll.organisationId);
    const closes = whenText(poll.closesAt, language, timeZone);
    return {
      card: renderPollCard({ language, poll, closes, values, ...(consent ? { consent } : {}) }),
    };
  }

  private async status(
    poll: Poll,
    language: Language,
    view: 'thanks' | 'closed',
  ): Promise<PollReply> {
    const count = await this.answers.count(poll.id);
    return { card: renderPollStatusCard({ language, poll, view, count }) };
  }
}
