import type { Request, Response } from 'restify';
import { z } from 'zod';
import { howText } from '../cards/check-in-invitation.card';
import { appointmentWords } from '../cards/check-in-when';
import { strings } from '../cards/strings';
import { renderIcs, type CalendarEvent } from '../domain/ics';
import type { CheckIn } from '../domain/check-ins';
import type { CheckInCalendar } from '../infra/storage/check-in-calendar';
import type { Stores } from '../infra/storage/stores';
import { CheckInReaders, type Reader } from '../jobs/check-in-readers';

/**
 * `GET /ics/<token>`: a check-in (and the rest of its series) as an iCalendar file, for the
 * person the link was made for. Teams bots cannot attach such a file to a message, so the
 * invitation links here. An unknown, altered, called-off, stopped or expired link is a plain 404.
 */
export class CalendarFiles {
  constructor(
    private readonly deps: {
      calendar: Pick<CheckInCalendar, 'open'>;
      stores: Pick<Stores, 'people' | 'organisations'>;
      defaults: { locale: string; timeZone: string };
      clock: () => Date;
    },
  ) {}

  async serve(req: Request, res: Response): Promise<void> {
    const token = z
      .string()
      .max(200)
      .safeParse((req.params as { token?: unknown }).token);
    const opened = token.success
      ? await this.deps.calendar.open(token.data, this.deps.clock())
      : undefined;
    const first = opened?.checkIns[0];
    if (!opened || !first) {
      res.sendRaw(404, 'not found');
      return;
    }
    const readers = new CheckInReaders(this.deps.stores, this.deps.defaults);
    const reader = await readers.of(opened.personId, first.organisationId);
    if (!reader) {
      res.sendRaw(404, 'not found');
      return;
    }
    const events: CalendarEvent[] = [];
    for (const checkIn of opened.checkIns) {
      events.push(await this.event(checkIn, reader, readers));
    }
    res.setHeader('content-type', 'text/calendar; charset=utf-8');
    res.setHeader('content-disposition', 'attachment; filename="check-in.ics"');
    res.setHeader('cache-control', 'no-store');
    res.sendRaw(200, renderIcs(events));
  }

  private async event(
    checkIn: CheckIn,
    reader: Reader,
    readers: CheckInReaders,
  ): Promise<CalendarEvent> {
    const others = [checkIn.coachPersonId, ...checkIn.invitees.map((i) => i.personId)].filter(
      (id) => id !== reader.personId,
    );
    const names: string[] = [];
    for (const id of others) {
      const other = await readers.of(id, checkIn.organisationId);
      if (other) names.push(other.name);
    }
    const t = strings(reader.language).checkIn;
    const words = appointmentWords(reader.language, checkIn.kind);
    return {
      uid: `${checkIn.id}@koers`,
      sequence: checkIn.sequence,
      startsAt: checkIn.startsAt,
      endsAt: checkIn.endsAt,
      stampedAt: checkIn.updatedAt,
      summary: words.summary(t.list(names)),
      location: howText(reader.language, checkIn),
      ...(checkIn.cancelledAt ? { cancelled: true } : {}),
    };
  }
}
