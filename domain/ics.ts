/** One appointment in an iCalendar file (RFC 5545). */
export interface CalendarEvent {
  /** Stable per appointment, so a calendar replaces its copy when the time changes. */
  uid: string;
  /** Raised each time the appointment changes; calendars keep the highest. */
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  /** When this version of the appointment was made. */
  stampedAt: Date;
  summary: string;
  location: string;
  description?: string;
  /** Called off: calendars that import it again mark their copy cancelled. */
  cancelled?: boolean;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** A VCALENDAR with one VEVENT per appointment; times in UTC, so no VTIMEZONE is needed. */
export function renderIcs(events: readonly CalendarEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Koers//check-in//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join(CRLF) + CRLF;
}

function eventLines(event: CalendarEvent): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utc(event.stampedAt)}`,
    `DTSTART:${utc(event.startsAt)}`,
    `DTEND:${utc(event.endsAt)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `LOCATION:${escapeText(event.location)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.cancelled ? ['STATUS:CANCELLED'] : []),
    'END:VEVENT',
  ];
}

/** 20261013T080000Z */
function utc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** RFC 5545 3.3.11: backslash, semicolon and comma are escaped, line breaks become \n. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * RFC 5545 3.1: lines longer than 75 octets continue on the next line after CRLF and one space.
 * Cut between characters, never inside a multi-byte UTF-8 sequence.
 */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // Continuation lines start with a space, which counts towards their 75.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}
