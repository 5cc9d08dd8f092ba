import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { toTicks, type OpenAction } from '../cards/action-line';
import type { AdaptiveCard } from '../cards/adaptive-card';
import { renderLogboekReceiptCard } from '../cards/logboek-receipt.card';
import { logboekEditSchema } from '../cards/logboek-receipt.card';
import {
  logboekLaterSchema,
  logboekSkipSchema,
  logboekSubmitSchema,
  renderLogboekCard,
  type LogboekSubmit,
  type QuestionId,
} from '../cards/logboek.card';
import { strings } from '../cards/strings';
import { type Membership } from '../domain/access.rules';
import { parseIsoWeekId } from '../domain/iso-week-calendar';
import type { Person } from '../domain/people';
import { laterInstant } from '../domain/prompt-timing';
import { logboekRoleOf, type Participation } from './participation';

export const logboekActionSchema = z.union([
  logboekSubmitSchema,
  logboekLaterSchema,
  logboekSkipSchema,
  logboekEditSchema,
]);
export type LogboekAction = z.infer<typeof logboekActionSchema>;

/** What the card becomes, or a short word while the card stays as it is. */
export type LogboekReply = { card: AdaptiveCard } | { text: string };

export interface LogboekWeeks {
  skipWeek(
    keeper: { personId: string; organisationId: string },
    week: string,
    at: Date,
  ): Promise<void>;
  askLater(personId: string, week: string, remindAt: Date, at: Date): Promise<boolean>;
}

/** Agreed action points: shown on the card to tick off, and ticked off when it is saved. */
export interface OpenActions {
  openFor(personIds: readonly string[]): Promise<OpenAction[]>;
  markDone(ids: readonly string[], byPersonId: string, at: Date): Promise<string[]>;
}

const questionIds: readonly QuestionId[] = ['q1', 'q2', 'q3', 'q4', 'q5'];

/**
 * The logboek card's four buttons, the same whether they arrive as Action.Execute (the card is
 * replaced by the answer) or as the Action.Submit fallback (the answer comes as a new message).
 */
export class LogboekAnswers {
  constructor(
    private readonly participation: Participation,
    private readonly weeks: LogboekWeeks,
    private readonly actions: OpenActions,
  ) {}

  async answer(context: TurnContext, action: LogboekAction): Promise<LogboekReply> {
    const text = strings(this.participation.language(context));
    const person = await this.participation.person(context);
    const membership = person && (await this.participation.logboekMembership(person.id));
    if (!person || !membership) return { text: this.participation.logboekOnly(context) };
    const at = this.participation.now();
    const keeper = { personId: person.id, organisationId: membership.organisationId };
    const timeZone = await this.participation.timeZoneOf(membership.organisationId);
    const week = parseIsoWeekId(action.week).week;
    switch (action.verb) {
      case 'logboek-later': {
        const remindAt = laterInstant(at, timeZone, parseIsoWeekId(action.week));
        const set = remindAt && (await this.weeks.askLater(person.id, action.week, remindAt, at));
        return { text: set ? text.logboek.laterOk : text.logboek.laterNoReminder };
      }
      case 'logboek-skip':
        await this.weeks.skipWeek(keeper, action.week, at);
        return { card: this.receipt(context, action.week, week, at, null, [], true, timeZone) };
      case 'logboek-edit':
        return this.edit(context, person, membership, action.week);
      case 'logboek-save':
        return this.save(context, person, membership, action, timeZone);
    }
  }

  private async save(
    context: TurnContext,
    person: Person,
    membership: Membership,
    submit: LogboekSubmit,
    timeZone: string,
  ): Promise<LogboekReply> {
    const at = this.participation.now();
    const language = this.participation.language(context);
    const answers = Object.fromEntries(
      questionIds.flatMap((q) => (submit[q] ? [[q, submit[q]]] : [])),
    );
    // Ticking off an agreement is not a research contribution: it holds even if the entry cannot.
    await this.actions.markDone(submit.done, person.id, at);
    const result = await this.participation.ports.contributions.saveWeekly(
      {
        personId: person.id,
        organisationId: membership.organisationId,
        kind: 'logboek-entry',
        period: submit.week,
        text: JSON.stringify(answers),
        tags: submit.goals,
      },
      at,
    );
    const week = parseIsoWeekId(submit.week).week;
    if (!result.stored && result.reason === 'closed') {
      return { text: strings(language).logboek.closed(week) };
    }
    if (!result.stored) {
      // Nothing kept; the card stays filled in, and the consent card comes as a message.
      await this.participation.showConsentCard(context, result.studyId);
      const role = logboekRoleOf(membership);
      return {
        card: renderLogboekCard({
          language,
          week,
          weekId: submit.week,
          role,
          answers: { ...answers, goals: submit.goals },
          openActions: toTicks(await this.actions.openFor([person.id]), language),
        }),
      };
    }
    const until = this.lastDay(result.contribution.windowEndsAt, at, language, timeZone);
    return {
      card: this.receipt(context, submit.week, week, at, until, submit.goals, false, timeZone),
    };
  }

  private async edit(
    context: TurnContext,
    person: Person,
    membership: Membership,
    weekId: string,
  ): Promise<LogboekReply> {
    const language = this.participation.language(context);
    const week = parseIsoWeekId(weekId).week;
    const entry = await this.participation.ports.contributions.findWeekly(
      person.id,
      'logboek-entry',
      weekId,
    );
    if (entry && entry.windowEndsAt.getTime() <= this.participation.now().getTime()) {
      return { text: strings(language).logboek.closed(week) };
    }
    const answers = entry ? (JSON.parse(entry.text) as Partial<Record<QuestionId, string>>) : {};
    const role = logboekRoleOf(membership);
    return {
      card: renderLogboekCard({
        language,
        week,
        weekId,
        role,
        answers: { ...answers, goals: entry?.tags ?? [] },
        openActions: toTicks(await this.actions.openFor([person.id]), language),
      }),
    };
  }

  private receipt(
    context: TurnContext,
    weekId: string,
    week: number,
    at: Date,
    editableUntil: string | null,
    goals: number[],
    skipped: boolean,
    timeZone: string,
  ): AdaptiveCard {
    const language = this.participation.language(context);
    const savedAt = this.participation.formatDate(at, language, timeZone);
    return renderLogboekReceiptCard({
      language,
      week,
      weekId,
      savedAt,
      editableUntil,
      goals,
      skipped,
    });
  }

  private lastDay(windowEndsAt: Date, now: Date, language: 'nl' | 'en', timeZone: string) {
    if (windowEndsAt.getTime() <= now.getTime()) return null;
    return this.participation.formatDate(new Date(windowEndsAt.getTime() - 1), language, timeZone);
  }
}
