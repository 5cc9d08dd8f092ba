import type { TurnContext } from 'botbuilder';
import { toTicks } from '../cards/action-line';
import type { AdaptiveCard } from '../cards/adaptive-card';
import { renderLogboekConflictCard } from '../cards/logboek-conflict.card';
import { renderLogboekReceiptCard } from '../cards/logboek-receipt.card';
import {
  logboekRoleOf,
  renderLogboekCard,
  type LogboekSubmit,
  type QuestionId,
} from '../cards/logboek.card';
import { longDate, strings } from '../cards/strings';
import type { Contribution, EntryKeeper, SaveResult } from '../domain/contributions';
import { parseIsoWeekId } from '../domain/iso-week';
import { pickLanguage, type Language } from '../domain/language';
import type { Participation } from './participation';
import type { LogboekReply, OpenActions } from './logboek-week-view';

/** The save in one transaction: the keeper by Teams identity, consent, the entry, the week. */
export interface LogboekEntries {
  saveByTeamsId(
    identity: { tenantId: string; aadObjectId: string },
    entry: { week: string; text: string; tags: number[] },
    at: Date,
    basedOn: number,
  ): Promise<{ keeper: EntryKeeper; result: SaveResult } | undefined>;
}

export interface LogboekSaveDeps {
  entries: LogboekEntries;
  actions: OpenActions;
  /** The answers that need more than the save: to someone who keeps no logboek, or no consent. */
  participation: Pick<Participation, 'logboekOnly' | 'showConsentCard'>;
  clock: () => Date;
  defaultLocale: string;
}

const questionIds: readonly QuestionId[] = ['q1', 'q2', 'q3', 'q4', 'q5'];

/**
 * "Opslaan" on the logboek card, whether it comes as Action.Execute (the receipt replaces the
 * card) or as the Action.Submit fallback (it comes as a new message). The save reads who is
 * saving inside its own transaction, so a save is one round of the store and no more.
 */
export class LogboekSave {
  constructor(private readonly deps: LogboekSaveDeps) {}

  async answer(context: TurnContext, submit: LogboekSubmit): Promise<LogboekReply> {
    const at = this.deps.clock();
    const language = pickLanguage(context.activity.locale, this.deps.defaultLocale);
    const answers = answersIn(submit);
    const identity = personalIdentity(context);
    const entry = { week: submit.week, text: JSON.stringify(answers), tags: submit.goals };
    const basedOn = submit.rev ?? 0;
    const saved = identity && (await this.deps.entries.saveByTeamsId(identity, entry, at, basedOn));
    if (!saved) return { text: this.deps.participation.logboekOnly(context) };
    const { keeper, result } = saved;
    // Ticking off an agreement is not a research contribution: it holds even if the entry cannot.
    if (submit.done.length > 0) await this.deps.actions.markDone(submit.done, keeper.personId, at);
    if (result.stored) {
      const stored = result.contribution;
      const refreshFor = context.activity.from.id;
      const model = {
        language,
        weekId: submit.week,
        stored,
        timeZone: keeper.timeZone,
        refreshFor,
      };
      return { card: logboekReceipt({ ...model, now: at }) };
    }
    const week = parseIsoWeekId(submit.week).week;
    if (result.reason === 'closed') return { text: strings(language).logboek.closed(week) };
    const role = logboekRoleOf(keeper);
    if (result.reason === 'stale') {
      const stored = { ...answersOf(result.current), goals: result.current.tags ?? [] };
      const offered = { ...answers, goals: submit.goals };
      const storedRevision = result.current.revision;
      const model = { language, week, weekId: submit.week, role, stored, storedRevision, offered };
      return { card: renderLogboekConflictCard(model) };
    }
    // Nothing kept; the card stays filled in, and the consent card comes as a message.
    await this.deps.participation.showConsentCard(context, result.studyId);
    return {
      card: renderLogboekCard({
        language,
        week,
        weekId: submit.week,
        role,
        answers: { ...answers, goals: submit.goals },
        openActions: toTicks(await this.deps.actions.openFor([keeper.personId]), language),
        revision: basedOn,
      }),
    };
  }
}

/** The sender of a personal-chat turn, by Teams identity; none in a channel or group chat. */
function personalIdentity(context: TurnContext) {
  const { from, conversation } = context.activity;
  if (conversation.conversationType && conversation.conversationType !== 'personal') return;
  if (!from.aadObjectId || !conversation.tenantId) return;
  return { tenantId: conversation.tenantId, aadObjectId: from.aadObjectId };
}

/** A receipt: of an entry, or of a week skipped at `stored`; `now` decides if it can change. */
export function logboekReceipt(model: {
  language: Language;
  weekId: string;
  stored: Contribution | Date;
  timeZone: string;
  now: Date;
  notice?: string;
  /** The reader's Teams id: Teams asks for the receipt anew whenever they see it. */
  refreshFor: string;
}): AdaptiveCard {
  const { language, stored, timeZone } = model;
  const skipped = stored instanceof Date;
  const savedAt = skipped ? stored : stored.updatedAt;
  const open = !skipped && stored.windowEndsAt.getTime() > model.now.getTime();
  // The window ends at midnight after its last day: that day is the one to show.
  const lastDay = open ? new Date(stored.windowEndsAt.getTime() - 1) : null;
  return renderLogboekReceiptCard({
    language,
    week: parseIsoWeekId(model.weekId).week,
    weekId: model.weekId,
    savedAt: longDate(savedAt, language, timeZone),
    editableUntil: lastDay && longDate(lastDay, language, timeZone),
    goals: skipped ? [] : (stored.tags ?? []),
    skipped,
    ...(model.notice ? { notice: model.notice } : {}),
    refreshFor: model.refreshFor,
  });
}

export function answersIn(submit: Partial<Record<QuestionId, string | undefined>>) {
  return Object.fromEntries(
    questionIds.flatMap((q) => (submit[q] ? [[q, submit[q]]] : [])),
  ) as Partial<Record<QuestionId, string>>;
}

export function answersOf(entry: Contribution): Partial<Record<QuestionId, string>> {
  return JSON.parse(entry.text) as Partial<Record<QuestionId, string>>;
}
