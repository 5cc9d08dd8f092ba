import type { CheckInKind } from '../domain/check-ins';
import type { Language } from '../domain/language';
import type { AppointmentStrings } from './strings.interview';
import { strings } from './strings';

const localeOf = (language: Language) => (language === 'nl' ? 'nl-NL' : 'en-GB');

/** "dinsdag 13 oktober", in the reader's zone. */
export function dayText(instant: Date, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone,
  }).format(instant);
}

/** "10:00", in the reader's zone. */
export function timeText(instant: Date, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(instant);
}

/** "dinsdag 13 oktober om 10:00". */
export function whenText(instant: Date, language: Language, timeZone: string): string {
  const t = strings(language).checkIn;
  return t.at(dayText(instant, language, timeZone), timeText(instant, language, timeZone));
}

/** The words of an appointment that depend on its kind: a check-in or a slotinterview. */
export function appointmentWords(language: Language, kind: CheckInKind): AppointmentStrings {
  const text = strings(language);
  return kind === 'slotinterview' ? text.interview.appointment : text.checkIn;
}
