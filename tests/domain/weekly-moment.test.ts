import { DEFAULT_MOMENT, promptInstant } from '../../domain/weekly-moment';
import type { WeeklyMoment } from '../../domain/weekly-moment';

const AMSTERDAM = 'Europe/Amsterdam';

const iso = (instant: Date): string => instant.toISOString();

describe('DEFAULT_MOMENT', () => {
  it('when nobody picked a moment, then it is Friday 15:00 in Amsterdam', () => {
    expect(DEFAULT_MOMENT).toEqual({ weekday: 5, hour: 15, minute: 0, timeZone: AMSTERDAM });
  });
});

describe('promptInstant', () => {
  it.each([
    ['week 13, Friday before the March change (CET)', 2026, 13, '2026-03-27T14:00:00.000Z'],
    ['week 14, Friday after the March change (CEST)', 2026, 14, '2026-04-03T13:00:00.000Z'],
    ['week 43, Friday before the October change (CEST)', 2026, 43, '2026-10-23T13:00:00.000Z'],
    ['week 44, Friday after the October change (CET)', 2026, 44, '2026-10-30T14:00:00.000Z'],
    ['week 48, the week of the receipt example', 2026, 48, '2026-11-27T14:00:00.000Z'],
    ['week 53, whose Friday is New Year’s Day 2027', 2026, 53, '2027-01-01T14:00:00.000Z'],
  ])('when the default moment falls in %s, then it is %s', (_name, year, week, expected) => {
    expect(iso(promptInstant(DEFAULT_MOMENT, { year, week }))).toBe(expected);
  });

  it('when the moment is Sunday 02:30 on the night clocks skip it, then it lands at 03:30 CEST', () => {
    const moment: WeeklyMoment = { weekday: 7, hour: 2, minute: 30, timeZone: AMSTERDAM };
    expect(iso(promptInstant(moment, { year: 2026, week: 13 }))).toBe('2026-03-29T01:30:00.000Z');
  });

  it('when the moment is Sunday 02:30 on the night clocks show it twice, then it is the first', () => {
    const moment: WeeklyMoment = { weekday: 7, hour: 2, minute: 30, timeZone: AMSTERDAM };
    expect(iso(promptInstant(moment, { year: 2026, week: 43 }))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('when the zone is New York, then its own March change (8 March) moves the instant', () => {
    const moment: WeeklyMoment = { weekday: 5, hour: 9, minute: 0, timeZone: 'America/New_York' };
    expect(iso(promptInstant(moment, { year: 2026, week: 10 }))).toBe('2026-03-06T14:00:00.000Z');
    expect(iso(promptInstant(moment, { year: 2026, week: 11 }))).toBe('2026-03-13T13:00:00.000Z');
  });

  it('when the zone is Tokyo, then Friday 15:00 is 06:00 UTC in any season', () => {
    const moment: WeeklyMoment = { ...DEFAULT_MOMENT, timeZone: 'Asia/Tokyo' };
    expect(iso(promptInstant(moment, { year: 2026, week: 13 }))).toBe('2026-03-27T06:00:00.000Z');
    expect(iso(promptInstant(moment, { year: 2026, week: 44 }))).toBe('2026-10-30T06:00:00.000Z');
  });

  it('when the week does not exist, then there is no instant', () => {
    expect(() => promptInstant(DEFAULT_MOMENT, { year: 2027, week: 53 })).toThrow(RangeError);
  });
});
