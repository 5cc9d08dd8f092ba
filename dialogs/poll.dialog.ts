import { MessageFactory, type TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { cardAttachment } from '../cards/attachment';
import { whenText } from '../cards/check-in-when';
import { renderPollPreviewCard } from '../cards/poll-preview.card';
import { pollSetupSchema, renderPollSetupCard, type PollSetup } from '../cards/poll-setup.card';
import { strings } from '../cards/strings';
import { addDays } from '../domain/local-date';
import type { PollQuestion } from '../domain/polls';
import { instantAt, localDateOf } from '../domain/zoned-time';
import { OneTurnDialog } from './one-turn.dialog';
import type { Participation } from './participation';
import { PollAuthors, type PollAuthor } from './poll-author';
import type { PollSending } from './poll-sending';
import type { PollShelf, Roster } from './poll-ports';

export const POLL_DIALOG = 'peiling';

const optionsSchema = z.union([z.looseObject({ verb: z.literal('command') }), pollSetupSchema]);
const CLOSES_AFTER_DAYS = 7;

/** `peiling` (aanjager or teamcoach): template and settings, preview with editable questions, send. */
export class PollDialog extends OneTurnDialog {
  private readonly authors: PollAuthors;

  constructor(
    private readonly participation: Participation,
    private readonly polls: Pick<PollShelf, 'create'>,
    members: Roster,
    private readonly sending: PollSending,
  ) {
    super(POLL_DIALOG);
    this.authors = new PollAuthors(participation, members);
  }

  protected async run(dc: DialogContext, rawOptions: unknown): Promise<void> {
    const context = dc.context;
    const options = optionsSchema.parse(rawOptions);
    const author = await this.authors.of(context);
    if (!author) {
      await context.sendActivity(strings(this.participation.language(context)).poll.notAllowed);
      return;
    }
    if (options.verb === 'command') return this.show(context, author);
    if (options.verb === 'poll-preview') return this.preview(context, author, options);
    return this.send(context, author, options);
  }

  private async show(context: TurnContext, author: PollAuthor): Promise<void> {
    const closesOn = addDays(
      localDateOf(this.participation.now(), author.timeZone),
      CLOSES_AFTER_DAYS,
    );
    const audience = inChat(context)
      ? ({ kind: 'conversation' } as const)
      : { kind: 'people' as const, people: await this.authors.audienceOf(author) };
    const card = renderPollSetupCard({
      language: author.language,
      audience,
      closesOn,
      closesAt: '17:00',
    });
    await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
  }

  private async preview(
    context: TurnContext,
    author: PollAuthor,
    setup: PollSetup,
    problem?: string,
  ) {
    const t = strings(author.language).poll;
    const template = t.templates[setup.template];
    const questions = questionsOf(template.questions, setup);
    const people = peopleIn(setup);
    const card = renderPollPreviewCard({
      language: author.language,
      setup,
      title: template.title,
      questions,
      closes: whenText(this.closesAt(author, setup), author.language, author.timeZone),
      audience: inChat(context) ? t.audienceHere : t.toPeople(people.length),
      ...(problem ? { problem } : {}),
    });
    await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
  }

  private async send(context: TurnContext, author: PollAuthor, setup: PollSetup): Promise<void> {
    const t = strings(author.language).poll;
    const template = t.templates[setup.template];
    const questions = questionsOf(template.questions, setup).filter((q) => q.text !== '');
    const closesAt = this.closesAt(author, setup);
    const allowed = new Set((await this.authors.audienceOf(author)).map((p) => p.id));
    const people = peopleIn(setup).filter((id) => allowed.has(id));
    const problem =
      questions.length === 0
        ? t.noQuestions
        : closesAt <= this.participation.now()
          ? t.closesInPast
          : !inChat(context) && people.length === 0
            ? t.noPeople
            : undefined;
    if (problem) return this.preview(context, author, setup, problem);
    const poll = await this.polls.create(
      {
        organisationId: author.membership.organisationId,
        ownerPersonId: author.person.id,
        title: template.title,
        anonymous: setup.anonymous === 'true',
        audience: inChat(context) ? 'conversation' : 'people',
        conversationId: inChat(context) ? context.activity.conversation.id : null,
        closesAt,
        questions,
      },
      this.participation.now(),
    );
    if (inChat(context)) await this.sending.toConversation(context, poll, author.language);
    else await this.sending.toPeople(context, poll, people);
  }

  private closesAt(author: PollAuthor, setup: PollSetup): Date {
    const [hour = 17, minute = 0] = setup.closesAt.split(':').map(Number);
    return instantAt(setup.closesOn, { hour, minute }, author.timeZone);
  }
}

function inChat(context: TurnContext): boolean {
  const type = context.activity.conversation.conversationType;
  return type === 'channel' || type === 'groupChat';
}

/** The template's questions with the texts as edited on the preview card. */
function questionsOf(questions: readonly PollQuestion[], setup: PollSetup): PollQuestion[] {
  return questions.map((q, i) => ({ ...q, text: (setup[`q${i}` as 'q0'] ?? q.text).trim() }));
}

function peopleIn(setup: PollSetup): string[] {
  return (setup.people ?? '').split(',').filter((id) => id.trim() !== '');
}
