import { toTicks } from '../cards/action-line';
import { cardMessage } from '../cards/attachment';
import { renderLogboekCard, type LogboekRole } from '../cards/logboek.card';
import { isoWeekId } from '../domain/iso-week';
import { pickLanguage } from '../domain/language';
import { endOfWeekAt } from '../domain/message-worth';
import { withSettledWeek, type DueWeek } from '../domain/logboek-due';
import { outcomesBefore, promptsStopped, teamcoachToBeTold } from '../domain/logboek-rhythm';
import { promptDue, reminderInstant } from '../domain/prompt-timing';
import type { ActionPoint } from '../domain/action-points';
import type { OutboxDraft } from '../domain/messages';
import type { ActionPointsStore } from '../infra/storage/action-points.store';
import type { Planner, Queue } from '../infra/delivery/scheduler-pass';
import type { DueInputs } from '../infra/storage/logboek-due';
import type { LogboekDueStore } from '../infra/storage/logboek-due.store';
import { momentOf } from '../infra/storage/logboek-keepers';
import type { LogboekKeeper, WeekToRecord } from '../infra/storage/logboek.store';
import type { SilentWeeksNotice } from './silent-weeks.notice';

/** People read, decided, recorded and queued at a time. */
export const PASS_BATCH = 500;

/** A week's card to send: whose, which week, and the moment it was due. */
interface Prompt {
  keeper: LogboekKeeper;
  weekId: string;
  week: number;
  at: Date;
}

export interface WeeklyPromptDeps {
  due: LogboekDueStore;
  actionPoints: Pick<ActionPointsStore, 'openFor'>;
  silentWeeks: SilentWeeksNotice;
  defaultLocale: string;
  reminderDelayDays: number;
}

/**
 * At each keeper's moment, the week's logboek card. Only the people the next-due index says are
 * due are read, a batch at a time: their weeks are recorded, their cards queued, and then their
 * index moves on, so a crash in between sends a card again at worst, never loses one (the week's
 * dedupe key keeps it to one message).
 */
export class WeeklyPromptPlanner implements Planner {
  readonly name = 'weekly-prompt';

  constructor(private readonly deps: WeeklyPromptDeps) {}

  async plan(at: Date, queue: Queue): Promise<OutboxDraft[]> {
    const handled = new Set<string>();
    for (;;) {
      const due = await this.deps.due.promptsDue(at, PASS_BATCH);
      const ids = due.filter((id) => !handled.has(id));
      if (ids.length === 0) break;
      for (const id of ids) handled.add(id);
      const inputs = await this.deps.due.inputsOf(ids, at);
      const { drafts, records, prompted } = await this.batch(inputs, at);
      await queue(drafts);
      await this.deps.due.passed(ids, afterPass(inputs, records, prompted), at);
      if (due.length < PASS_BATCH) break;
    }
    return [];
  }

  private async batch({ keepers, weeks, holidays }: DueInputs, at: Date) {
    const { due } = this.deps;
    const records: WeekToRecord[] = [];
    const drafts: OutboxDraft[] = [];
    const prompts: Prompt[] = [];
    for (const keeper of keepers) {
      // A pass for a moment before they said yes (`jobs run-due --at` in the past) asks nothing.
      if (keeper.consentAt.getTime() > at.getTime()) continue;
      const moment = momentOf(keeper);
      const pauses = {
        holidays: holidays.get(keeper.organisationId) ?? [],
        pausedUntil: keeper.pausedUntil,
      };
      const decision = promptDue(moment, at, pauses);
      if (!decision) continue;
      const week = isoWeekId(decision.week);
      const history = weeks.get(keeper.personId) ?? [];
      const thisWeek = history.find((w) => w.week === week);
      if (thisWeek?.settled) continue;
      if ('skip' in decision) {
        records.push({ keeper, week, status: 'quiet' });
        continue;
      }
      if (!thisWeek) {
        const outcomes = outcomesBefore(history, week);
        if (promptsStopped(outcomes)) {
          records.push({ keeper, week, status: 'stopped' });
          if (teamcoachToBeTold(outcomes))
            drafts.push(...(await this.deps.silentWeeks.drafts(keeper, week, at)));
          continue;
        }
        // A late prompt (its moment passed while nothing ran) counts its reminder from now.
        const sentAt = new Date(Math.max(decision.at.getTime(), at.getTime()));
        const remindAt = reminderInstant(sentAt, moment, this.deps.reminderDelayDays);
        records.push({ keeper, week, status: 'prompted', promptedAt: decision.at, remindAt });
      }
      prompts.push({ keeper, weekId: week, week: decision.week.week, at: decision.at });
    }
    await due.recordWeeks(records, at);
    const actions = await this.openActionsOf(prompts.map(({ keeper }) => keeper.personId));
    drafts.push(...prompts.map((p) => this.prompt(p, actions.get(p.keeper.personId) ?? [])));
    return { drafts, records, prompted: prompts };
  }

  /** Everyone's open action points for their cards, in one query per batch. */
  private async openActionsOf(personIds: readonly string[]) {
    const byPerson = new Map<string, ActionPoint[]>();
    if (personIds.length === 0) return byPerson;
    for (const point of await this.deps.actionPoints.openFor(personIds)) {
      byPerson.set(point.ownerPersonId, [...(byPerson.get(point.ownerPersonId) ?? []), point]);
    }
    return byPerson;
  }

  private prompt({ keeper, weekId, week, at }: Prompt, actions: ActionPoint[]): OutboxDraft {
    const language = pickLanguage(keeper.locale, this.deps.defaultLocale);
    const openActions = toTicks(actions, language);
    const role = keeper.role as LogboekRole;
    const card = renderLogboekCard({ language, week, weekId, role, openActions });
    return {
      dedupeKey: `${keeper.personId}:logboek-prompt:${weekId}`,
      purpose: 'logboek-prompt',
      target: { personId: keeper.personId },
      activity: cardMessage(card),
      notBefore: at,
      staleAt: endOfWeekAt(at, momentOf(keeper).timeZone),
    };
  }
}

/** What the pass read of a batch, with the weeks it recorded and the cards it queued settled. */
function afterPass(inputs: DueInputs, records: WeekToRecord[], prompted: Prompt[]): DueInputs {
  const weeks = new Map(inputs.weeks);
  const settle = (personId: string, week: DueWeek) =>
    weeks.set(personId, withSettledWeek(weeks.get(personId) ?? [], week));
  for (const { keeper, week, status, remindAt } of records)
    settle(keeper.personId, { week, status, settled: true, remindAt: remindAt ?? null });
  for (const { keeper, weekId } of prompted)
    settle(keeper.personId, { week: weekId, status: 'prompted', settled: true, remindAt: null });
  return { ...inputs, weeks };
}
