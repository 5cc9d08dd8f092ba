import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { logboekOpenSchema } from '../cards/logboek-reminder.card';
import { logboekEditSchema, logboekReceiptSchema } from '../cards/logboek-receipt.card';
import {
  logboekKeepBothSchema,
  logboekLaterSchema,
  logboekRoleOf,
  logboekSkipSchema,
  type LogboekKeepBoth,
  type QuestionId,
} from '../cards/logboek.card';
import { strings } from '../cards/strings';
import { type Membership } from '../domain/access.rules';
import type { Contributions } from '../domain/contributions';
import { parseIsoWeekId } from '../domain/iso-week';
import type { Person } from '../domain/people';
import { laterInstant } from '../domain/prompt-timing';
import type { Participation } from './participation';
import { answersIn } from './logboek-save';
import type { LogboekReply, LogboekWeekView } from './logboek-week-view';

export type { LogboekReply } from './logboek-week-view';

export const logboekActionSchema = z.union([
  logboekLaterSchema,
  logboekSkipSchema,
  logboekEditSchema,
  logboekOpenSchema,
  logboekKeepBothSchema,
  logboekReceiptSchema,
]);
export type LogboekAction = z.infer<typeof logboekActionSchema>;

export interface LogboekWeeks {
  skipWeek(
    keeper: { personId: string; organisationId: string },
    week: string,
    at: Date,
  ): Promise<void>;
  askLater(personId: string, week: string, remindAt: Date, at: Date): Promise<boolean>;
}

const questionIds: readonly QuestionId[] = ['q1', 'q2', 'q3', 'q4', 'q5'];

/**
 * The logboek card's buttons, the same whether they arrive as Action.Execute (the card is
 * replaced by the answer) or as the Action.Submit fallback (the answer comes as a new message).
 */
export class LogboekAnswers {
  constructor(
    private readonly participation: Participation,
    private readonly weeks: LogboekWeeks,
    readonly view: LogboekWeekView,
    private readonly contributions: Pick<Contributions, 'add'>,
  ) {}

  async answer(context: TurnContext, action: LogboekAction): Promise<LogboekReply> {
    const text = strings(this.participation.language(context));
    const person = await this.participation.person(context);
    const membership = person && (await this.participation.logboekMembership(person.id));
    if (!person || !membership) return { text: this.participation.logboekOnly(context) };
    const at = this.participation.now();
    const keeper = { personId: person.id, organisationId: membership.organisationId };
    const week = parseIsoWeekId(action.week).week;
    switch (action.verb) {
      case 'logboek-later': {
        const timeZone = await this.participation.timeZoneOf(membership.organisationId);
        const remindAt = laterInstant(at, timeZone, parseIsoWeekId(action.week));
        const set = remindAt && (await this.weeks.askLater(person.id, action.week, remindAt, at));
        return { text: set ? text.logboek.laterOk : text.logboek.laterNoReminder };
      }
      case 'logboek-skip': {
        const entry = await this.view.entryOf(person, action.week);
        if (entry) {
          const notice = text.logboekFlow.alreadyWritten(week);
          return { card: await this.view.receipt(context, membership, action.week, entry, notice) };
        }
        await this.weeks.skipWeek(keeper, action.week, at);
        return { card: await this.view.receipt(context, membership, action.week, at) };
      }
      case 'logboek-edit':
      case 'logboek-open':
        return this.view.card(context, person, membership, action.week);
      case 'logboek-receipt':
        return this.view.current(context, person, membership, action.week);
      case 'logboek-keep-both':
        return this.keepBoth(context, person, membership, action);
    }
  }

  /** "Allebei bewaren": the entry stays as stored, the new answers become a note with the week. */
  private async keepBoth(
    context: TurnContext,
    person: Person,
    membership: Membership,
    submit: LogboekKeepBoth,
  ): Promise<LogboekReply> {
    const language = this.participation.language(context);
    const t = strings(language);
    const questions =
      logboekRoleOf(membership) === 'teamcoach' ? t.logboek.coachQuestions : t.logboek.questions;
    const answers = answersIn(submit);
    const note = questionIds
      .flatMap((q, index) => (answers[q] ? [`${questions[index] ?? ''}\n${answers[q]}`] : []))
      .join('\n\n');
    if (note) {
      const draft = { personId: person.id, organisationId: membership.organisationId };
      const result = await this.contributions.add(
        { ...draft, kind: 'logboek-note', period: submit.week, text: note, tags: submit.goals },
        this.participation.now(),
      );
      if (!result.stored) {
        await this.participation.showConsentCard(context, result.studyId, note);
        return { text: t.logboekFlow.consentFirst };
      }
    }
    const week = parseIsoWeekId(submit.week).week;
    const notice = t.logboekFlow.keptAsNote(week);
    return this.view.current(context, person, membership, submit.week, notice);
  }
}
