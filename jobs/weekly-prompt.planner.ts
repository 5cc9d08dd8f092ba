import { toTicks } from '../cards/action-line';
import { cardMessage } from '../cards/attachment';
import { renderLogboekCard, type LogboekRole } from '../cards/logboek.card';
import { isoWeekId, weekOfInstant } from '../domain/iso-week-calendar';
import { pickLanguage } from '../domain/language';
import { endOfWeekAt } from '../domain/message-worth';
import { promptsStopped, teamcoachToBeTold, type WeekOutcome } from '../domain/logboek-rhythm';
import { promptDue, reminderInstant, type PromptDecision } from '../domain/prompt-timing';
import { promptWindows } from '../domain/prompt-window';
import { DEFAULT_MOMENT, type WeeklyMoment } from '../domain/weekly-moment';
import type { ActionPoint } from '../domain/action-points';
import type { OutboxDraft } from '../domain/messages';
import type { ActionPointsStore } from '../infra/storage/action-points.store';
import type { Planner } from '../infra/delivery/scheduler-pass';
import type { LogboekKeeper, LogboekStore, WeekRecord } from '../infra/storage/logboek.store';
import type { SilentWeeksNotice } from './silent-weeks.notice';

const HISTORY_MS = 10 * 7 * 86_400_000;

/** A week's card to send: whose, which week, and the moment it was due. */
interface Prompt {
  keeper: LogboekKeeper;
  weekId: string;
  week: number;
  at: Date;
}

export interface WeeklyPromptDeps {
  logboek: LogboekStore;
  actionPoints: Pick<ActionPointsStore, 'openFor'>;
  silentWeeks: SilentWeeksNotice;
  defaultLocale: string;
  reminderDelayDays: number;
}

/** Each keeper's own moment: their setting, else Friday 15:00 in their (organisation's) zone. */
export function momentOf(keeper: LogboekKeeper): WeeklyMoment {
  const chosen = keeper.moment ?? DEFAULT_MOMENT;
  return { ...chosen, timeZone: keeper.moment?.timeZone ?? keeper.timeZone };
}

/**
 * At each keeper's moment, the week's logboek card. A week is recorded before its card is queued;
 * a pass that finds it 'prompted' with no card queued (a crash in between) queues it again.
 */
export class WeeklyPromptPlanner implements Planner {
  readonly name = 'weekly-prompt';

  constructor(private readonly deps: WeeklyPromptDeps) {}

  async plan(at: Date): Promise<OutboxDraft[]> {
    const { logboek } = this.deps;
    const holidays = await logboek.holidaysByOrganisation();
    // Only those whose moment may have come and whose week is not settled yet are read.
    const due: { keeper: LogboekKeeper; moment: WeeklyMoment; decision: PromptDecision }[] = [];
    for (const keeper of await logboek.keepers({ dueIn: promptWindows(at) })) {
      // A pass for a moment before they said yes (`jobs run-due --at` in the past) asks nothing.
      if (keeper.consentAt.getTime() > at.getTime()) continue;
      const moment = momentOf(keeper);
      const pauses = {
        holidays: holidays.get(keeper.organisationId) ?? [],
        pausedUntil: keeper.pausedUntil,
      };
      const decision = promptDue(moment, at, pauses);
      if (decision) due.push({ keeper, moment, decision });
    }
    // Enough history for the silent-week rhythm, read for all of them at once.
    const history = await logboek.weeksSince(
      isoWeekId(weekOfInstant(new Date(at.getTime() - HISTORY_MS), 'UTC')),
      due.map(({ keeper }) => keeper.personId),
    );
    const drafts: OutboxDraft[] = [];
    const prompts: Prompt[] = [];
    for (const { keeper, moment, decision } of due) {
      const week = isoWeekId(decision.week);
      if ('skip' in decision) {
        await logboek.recordWeek(keeper, week, 'quiet', {}, at);
        continue;
      }
      const weeks = history.get(keeper.personId) ?? [];
      const thisWeek = weeks.find((w) => w.week === week);
      if (thisWeek && thisWeek.status !== 'prompted') continue;
      if (!thisWeek) {
        const outcomes = outcomesBefore(weeks, week);
        if (promptsStopped(outcomes)) {
          await logboek.recordWeek(keeper, week, 'stopped', {}, at);
          if (teamcoachToBeTold(outcomes))
            drafts.push(...(await this.deps.silentWeeks.drafts(keeper, week, at)));
          continue;
        }
        // A late prompt (its moment passed while nothing ran) counts its reminder from now.
        const sentAt = new Date(Math.max(decision.at.getTime(), at.getTime()));
        const remindAt = reminderInstant(sentAt, moment, this.deps.reminderDelayDays);
        const times = { promptedAt: decision.at, remindAt };
        await logboek.recordWeek(keeper, week, 'prompted', times, at);
      }
      prompts.push({ keeper, weekId: week, week: decision.week.week, at: decision.at });
    }
    const actions = await this.openActionsOf(prompts.map(({ keeper }) => keeper.personId));
    return [...drafts, ...prompts.map((p) => this.prompt(p, actions.get(p.keeper.personId) ?? []))];
  }

  /** Everyone's open action points for their cards, in a few queries rather than one each. */
  private async openActionsOf(personIds: readonly string[]) {
    const byPerson = new Map<string, ActionPoint[]>();
    for (let i = 0; i < personIds.length; i += 500) {
      for (const point of await this.deps.actionPoints.openFor(personIds.slice(i, i + 500))) {
        byPerson.set(point.ownerPersonId, [...(byPerson.get(point.ownerPersonId) ?? []), point]);
      }
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

/** Earlier weeks as the rhythm sees them: holidays and pauses do not count, a stop is silence. */
function outcomesBefore(weeks: readonly WeekRecord[], week: string): WeekOutcome[] {
  return weeks
    .filter((w) => w.week < week && w.status !== 'quiet')
    .map((w) => (w.status === 'written' || w.status === 'skipped' ? w.status : 'silent'));
}
