import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { escapeMarkdown } from '../cards/adaptive-card';
import { cardMessage, textMessage } from '../cards/attachment';
import { nudgeSendSchema, renderNudgeCard } from '../cards/nudge.card';
import { nudgeAskSchema } from '../cards/progress.card';
import { strings } from '../cards/strings';
import { allows } from '../domain/access.rules';
import { firstName } from '../domain/first-name';
import { isoWeekId, weekOfInstant } from '../domain/iso-week';
import { pickLanguage } from '../domain/language';
import { progressState } from '../domain/progress';
import type { OutboxDraft } from '../domain/messages';
import { OneTurnDialog } from './one-turn.dialog';
import type { Participation } from './participation';
import type { ProgressSources } from './progress-overview';
import type { ContactSource } from '../domain/progress';

export const NUDGE_DIALOG = 'nudge';

const optionsSchema = z.union([nudgeAskSchema, nudgeSendSchema]);

export interface NudgeDeps {
  participation: Participation;
  sources: Pick<ProgressSources, 'members' | 'holidays'>;
  budget: {
    claim(p: string, week: string, s: ContactSource, by: string, at: Date): Promise<boolean>;
  };
  outbox: { enqueue(drafts: OutboxDraft[], at: Date): Promise<number> };
  defaultLocale: string;
}

/**
 * A teamcoach's nudge: a warm line signed by the coach, within the shared contact budget (one
 * nudge or reminder per person per week), never in a holiday or pause, only to participants.
 */
export class NudgeDialog extends OneTurnDialog {
  constructor(private readonly deps: NudgeDeps) {
    super(NUDGE_DIALOG);
  }

  protected async run(dc: DialogContext, rawOptions: unknown): Promise<void> {
    const options = optionsSchema.parse(rawOptions);
    const context = dc.context;
    const { participation } = this.deps;
    const t = strings(participation.language(context)).nudge;
    const coach = await participation.person(context);
    const viewer = coach && (await participation.viewerOf(coach.id));
    const [row] = await this.deps.sources.members([options.memberId]);
    const subject = row && {
      personId: row.personId ?? '',
      memberId: row.memberId,
      organisationId: row.organisationId,
    };
    const coaches =
      viewer &&
      subject &&
      subject.personId !== viewer.personId &&
      viewer.memberships.some((m) => m.roles.includes('teamcoach')) &&
      allows(viewer, { action: 'read-progress', subject });
    if (!coach || !row || !coaches) {
      await context.sendActivity(t.notYours);
      return;
    }
    if (options.verb === 'nudge-ask') {
      const language = participation.language(context);
      const card = renderNudgeCard({ language, memberId: row.memberId, name: row.name });
      await context.sendActivity(cardMessage(card));
      return;
    }
    await context.sendActivity(await this.send(context, coach.id, coach.name, row, options.line));
  }

  private async send(
    context: TurnContext,
    coachId: string,
    coachName: string,
    row: Awaited<ReturnType<NudgeDeps['sources']['members']>>[number],
    line: string | null,
  ): Promise<string> {
    const t = strings(this.deps.participation.language(context)).nudge;
    const at = this.deps.participation.now();
    // A name is what people chose in Teams; shown to the coach, it is text, not markdown.
    const name = escapeMarkdown(row.name);
    if (!row.personId || row.consent !== 'given') return t.notTakingPart(name);
    const week = isoWeekId(weekOfInstant(at, row.timeZone));
    const state = progressState({
      at,
      timeZone: row.timeZone,
      holidays: await this.deps.sources.holidays(row.organisationId),
      pausedUntil: row.pausedUntil,
      weeks: [],
    });
    if (state === 'holiday') return t.holiday(name);
    if (state === 'paused') return t.paused(name);
    if (!(await this.deps.budget.claim(row.personId, week, 'nudge', coachId, at))) {
      return t.budgetUsed(name);
    }
    const language = pickLanguage(row.locale, this.deps.defaultLocale);
    const message = strings(language).nudge.message(
      escapeMarkdown(firstName(row.name)),
      escapeMarkdown(coachName),
      line && escapeMarkdown(line),
    );
    await this.deps.outbox.enqueue(
      [
        {
          dedupeKey: `${row.personId}:nudge:${week}`,
          purpose: 'nudge',
          target: { personId: row.personId },
          activity: textMessage(message),
          notBefore: at,
        },
      ],
      at,
    );
    return t.sent(name);
  }
}
