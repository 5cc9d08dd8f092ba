import { MessageFactory } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { cardAttachment } from '../cards/attachment';
import { momentSubmitSchema, renderMomentCard } from '../cards/moment.card';
import { strings } from '../cards/strings';
import type { IsoWeekday } from '../domain/local-date';
import { DEFAULT_MOMENT } from '../domain/weekly-moment';
import { instantAt } from '../domain/zoned-time';
import { OneTurnDialog } from './one-turn.dialog';
import type { Participation } from './participation';

export const MOMENT_DIALOG = 'moment';

export interface MomentSettings {
  settingsOf(
    personId: string,
  ): Promise<
    { weekday: number; hour: number; minute: number; pausedUntil: string | null } | undefined
  >;
  saveSettings(
    personId: string,
    settings: { weekday: IsoWeekday; hour: number; minute: number; pausedUntil: string | null },
    at: Date,
  ): Promise<void>;
}

const optionsSchema = z.union([momentSubmitSchema, z.object({ verb: z.literal('command') })]);

/** `moment`: shows the card with the current choice; its submit keeps the new one. */
export class MomentDialog extends OneTurnDialog {
  constructor(
    private readonly participation: Participation,
    private readonly settings: MomentSettings,
  ) {
    super(MOMENT_DIALOG);
  }

  protected async run(dc: DialogContext, rawOptions: unknown): Promise<void> {
    const context = dc.context;
    const language = this.participation.language(context);
    const text = strings(language);
    const options = optionsSchema.parse(rawOptions);
    const person = await this.participation.person(context);
    const membership = person && (await this.participation.logboekMembership(person.id));
    if (!person || !membership) {
      await context.sendActivity(this.participation.logboekOnly(context));
      return;
    }
    const timeZone =
      person.timeZone ?? (await this.participation.timeZoneOf(membership.organisationId));
    if (options.verb === 'command') {
      const current = (await this.settings.settingsOf(person.id)) ?? {
        ...DEFAULT_MOMENT,
        pausedUntil: null,
      };
      const card = renderMomentCard({ language, ...current, timeZone });
      await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
      return;
    }
    const { weekday, time, pausedUntil } = options;
    await this.settings.saveSettings(
      person.id,
      { weekday: weekday as IsoWeekday, ...time, pausedUntil },
      this.participation.now(),
    );
    const hhmm = `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
    const lines = [text.moment.saved(text.moment.weekdays[weekday - 1] ?? '', hhmm)];
    if (pausedUntil) {
      const until = instantAt(pausedUntil, { hour: 12, minute: 0 }, timeZone);
      lines.push(text.moment.paused(this.participation.formatDate(until, language, timeZone)));
    }
    await context.sendActivity(lines.join(' '));
  }
}
