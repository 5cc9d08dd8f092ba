import { escapeText, fold, renderIcs, type CalendarEvent } from '../../domain/ics';
import { instantAt } from '../../domain/zoned-time';

const AMSTERDAM = 'Europe/Amsterdam';

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: 'c1@koers',
  sequence: 0,
  startsAt: instantAt('2026-10-13', { hour: 10, minute: 0 }, AMSTERDAM),
  endsAt: instantAt('2026-10-13', { hour: 10, minute: 45 }, AMSTERDAM),
  stampedAt: new Date('2026-10-01T08:00:00.123Z'),
  summary: 'check-in met Coach',
  location: 'online',
  ...overrides,
});

describe('renderIcs', () => {
  it('when one check-in is rendered, then it is a calendar with one event in UTC, CRLF ended', () => {
    const text = renderIcs([event()]);
    expect(text.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Koers//check-in//NL',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:c1@koers',
      'SEQUENCE:0',
      'DTSTAMP:20261001T080000Z',
      'DTSTART:20261013T080000Z',
      'DTEND:20261013T084500Z',
      'SUMMARY:check-in met Coach',
      'LOCATION:online',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('when a check-in falls after the October clock change, then 10:00 local is 09:00 UTC', () => {
    const after = event({
      startsAt: instantAt('2026-10-27', { hour: 10, minute: 0 }, AMSTERDAM),
      endsAt: instantAt('2026-10-27', { hour: 10, minute: 45 }, AMSTERDAM),
    });
    expect(renderIcs([event(), after])).toContain('DTSTART:20261027T090000Z');
    expect(renderIcs([event(), after]).match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  it('when the place holds commas, semicolons, backslashes and lines, then they are escaped', () => {
    expect(escapeText('lokaal 2, gang B; c:\\temp\nboven')).toBe(
      'lokaal 2\\, gang B\\; c:\\\\temp\\nboven',
    );
    expect(renderIcs([event({ location: 'a,b' })])).toContain('LOCATION:a\\,b\r\n');
  });

  it('when a line is longer than 75 octets, then it folds with CRLF and a space, whole characters', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const folded = fold(line);
    const pieces = folded.split('\r\n');
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(Buffer.byteLength(piece, 'utf8')).toBeLessThanOrEqual(75);
    expect(pieces.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(pieces.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('when a line is exactly 75 octets, then it is not folded', () => {
    const line = `X:${'a'.repeat(73)}`;
    expect(fold(line)).toBe(line);
  });
});
