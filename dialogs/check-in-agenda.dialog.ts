import type { DialogContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { escapeMarkdown } from '../cards/adaptive-card';
import { cardMessage } from '../cards/attachment';
import { checkInCancelSchema, renderCheckInAgendaCard } from '../cards/check-in-agenda.card';
import { howText } from '../cards/check-in-invitation.card';
import { whenText } from '../cards/check-in-when';
import { strings } from '../cards/strings';
import type { CheckIn } from '../domain/check-ins';
import { pickLanguage, type Language } from '../domain/language';
import type { Person } from '../domain/people';
import type { OutboxDraft } from '../domain/messages';
import { cancelNotices } from './check-in-cancel-notices';
import { OneTurnDialog } from './one-turn.dialog';
import type { Participation } from './participation';

export const CHECK_IN_AGENDA_DIALOG = 'check-in-agenda';

const optionsSchema = z.union([
  z.object({ verb: z.literal('command'), args: z.string() }),
  checkInCancelSchema,
]);

export interface CheckInAgendaDeps {
  agenda: {
    upcomingFor(personId: string, at: Date): Promise<CheckIn[]>;
    cancel(id: string, coach: string, sequence: number, at: Date): Promise<CheckIn | undefined>;
  };
  outbox: { enqueue(drafts: OutboxDraft[], at: Date): Promise<number> };
  defaultLocale: string;
}

/** `mijn check-ins`: the coming check-ins; the coach calls one off and the invitees are told. */
export class CheckInAgendaDialog extends OneTurnDialog {
  constructor(
    private readonly participation: Participation,
    private readonly deps: CheckInAgendaDeps,
  ) {
    super(CHECK_IN_AGENDA_DIALOG);
  }

  protected async run(dc: DialogContext, rawOptions: unknown): Promise<void> {
    const options = optionsSchema.parse(rawOptions);
    const context = dc.context;
    const language = this.participation.language(context);
    const person = await this.participation.personOrExplain(context);
    if (!person) return;
    const now = this.participation.now();
    if (options.verb === 'check-in-cancel') {
      const { checkInId, sequence } = options;
      const cancelled = await this.deps.agenda.cancel(checkInId, person.id, sequence, now);
      await context.sendActivity(
        cancelled
          ? await this.tell(cancelled, person, language, now)
          : strings(language).checkIn.cannotCancel,
      );
      return;
    }
    const items = [];
    for (const checkIn of await this.deps.agenda.upcomingFor(person.id, now)) {
      const zone = await this.zoneOf(person, checkIn);
      const others = await this.names(checkIn, person.id);
      items.push({
        checkInId: checkIn.id,
        sequence: checkIn.sequence,
        when: whenText(checkIn.startsAt, language, zone),
        names: strings(language).checkIn.list(others),
        how: howText(language, checkIn),
        cancellable: checkIn.coachPersonId === person.id,
      });
    }
    const card = renderCheckInAgendaCard({ language, items });
    await context.sendActivity(cardMessage(card));
  }

  /** Queues the notice to everyone who had an invitation; returns the coach's answer. */
  private async tell(checkIn: CheckIn, coach: Person, language: Language, at: Date) {
    const readerOf = async (personId: string) => {
      const reader = await this.participation.personById(personId);
      return (
        reader && {
          name: reader.name,
          language: pickLanguage(reader.locale, this.deps.defaultLocale),
          timeZone: await this.zoneOf(reader, checkIn),
        }
      );
    };
    const { drafts, told } = await cancelNotices(checkIn, coach.name, readerOf, at);
    await this.deps.outbox.enqueue(drafts, at);
    const zone = await this.zoneOf(coach, checkIn);
    const t = strings(language).checkIn;
    return t.cancelled(whenText(checkIn.startsAt, language, zone), escapeMarkdown(t.list(told)));
  }

  private async names(checkIn: CheckIn, viewerId: string): Promise<string[]> {
    const ids = [checkIn.coachPersonId, ...checkIn.invitees.map((i) => i.personId)];
    const names: string[] = [];
    for (const id of ids.filter((other) => other !== viewerId)) {
      const other = await this.participation.personById(id);
      if (other) names.push(other.name);
    }
    return names;
  }

  private async zoneOf(person: Person, checkIn: CheckIn): Promise<string> {
    return person.timeZone ?? (await this.participation.timeZoneOf(checkIn.organisationId));
  }
}
