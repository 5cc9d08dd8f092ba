import { isoWeekId } from '../../domain/iso-week';
import type { HolidayPeriod } from '../../domain/organisations';
import {
  laterInstant,
  promptDue,
  reminderAllowed,
  reminderInstant,
  type PromptPauses,
} from '../../domain/prompt-timing';
import { DEFAULT_MOMENT, type WeeklyMoment } from '../../domain/weekly-moment';

const AMSTERDAM = 'Europe/Amsterdam';
const WEEK_48 = { year: 2026, week: 48 };
const NO_PAUSES: PromptPauses = { holidays: [], pausedUntil: null };

const at = (iso: string): Date => new Date(iso);
const iso = (instant: Date | null): string | null => instant?.toISOString() ?? null;
const holiday = (startsOn: string, endsOn: string): HolidayPeriod => ({
  name: 'Herfstvakantie',
  startsOn,
  endsOn,
});

// Week 48 of 2026 runs Monday 23 to Sunday 29 November; the default moment is Friday 27th at
// 15:00 CET, which is 14:00 UTC.
describe('promptDue', () => {
  it('when the moment has not come yet this week, then nothing is due', () => {
    expect(promptDue(DEFAULT_MOMENT, at('2026-11-27T13:59:59Z'), NO_PAUSES)).toBeNull();
    expect(promptDue(DEFAULT_MOMENT, at('2026-11-23T08:00:00Z'), NO_PAUSES)).toBeNull();
  });

  it('when it is exactly the moment, then the prompt of week 48 is due at that instant', () => {
    const due = promptDue(DEFAULT_MOMENT, at('2026-11-27T14:00:00Z'), NO_PAUSES);
    expect(due).toEqual({ week: WEEK_48, at: at('2026-11-27T14:00:00Z') });
    expect(isoWeekId(due!.week)).toBe('2026-W48');
  });

  it('when the pass runs late on Sunday 23:59, then the prompt is still due', () => {
    expect(promptDue(DEFAULT_MOMENT, at('2026-11-29T22:59:00Z'), NO_PAUSES)).toEqual({
      week: WEEK_48,
      at: at('2026-11-27T14:00:00Z'),
    });
  });

  it('when Monday has begun, then last week’s prompt is gone and the new one is not yet due', () => {
    expect(promptDue(DEFAULT_MOMENT, at('2026-11-29T23:00:00Z'), NO_PAUSES)).toBeNull();
  });

  it.each([
    ['the March change', '2026-03-27T14:00:00Z', '2026-W13'],
    ['the October change', '2026-10-30T14:00:00Z', '2026-W44'],
    ['the turn of the year', '2027-01-01T14:00:00Z', '2026-W53'],
  ])('when it is the moment in the week of %s, then the week id is right', (_n, now, id) => {
    const due = promptDue(DEFAULT_MOMENT, at(now), NO_PAUSES);
    expect(due).toEqual({ week: expect.any(Object), at: at(now) });
    expect(isoWeekId(due!.week)).toBe(id);
  });

  it('when a holiday covers the Friday, then the week is skipped as a holiday', () => {
    const pauses = { holidays: [holiday('2026-11-27', '2026-11-27')], pausedUntil: null };
    expect(promptDue(DEFAULT_MOMENT, at('2026-11-27T14:00:00Z'), pauses)).toEqual({
      week: WEEK_48,
      skip: 'holiday',
    });
  });

  it('when a holiday ends the day before the Friday, then the prompt is due', () => {
    const pauses = { holidays: [holiday('2026-11-16', '2026-11-26')], pausedUntil: null };
    expect(promptDue(DEFAULT_MOMENT, at('2026-11-27T14:00:00Z'), pauses)).toMatchObject({
      week: WEEK_48,
      at: at('2026-11-27T14:00:00Z'),
    });
  });

  it('when paused until that Friday, then the week is skipped as paused', () => {
    const pauses = { holidays: [], pausedUntil: '2026-11-27' };
    expect(promptDue(DEFAULT_MOMENT, at('2026-11-27T14:00:00Z'), pauses)).toEqual({
      week: WEEK_48,
      skip: 'paused',
    });
  });

  it('when paused until the day before, then the prompt is due', () => {
    const pauses = { holidays: [], pausedUntil: '2026-11-26' };
    expect(promptDue(DEFAULT_MOMENT, at('2026-11-27T14:00:00Z'), pauses)).toMatchObject({
      at: at('2026-11-27T14:00:00Z'),
    });
  });

  it('when both a holiday and a pause cover the Friday, then the holiday is the reason', () => {
    const pauses = { holidays: [holiday('2026-11-23', '2026-11-29')], pausedUntil: '2026-12-31' };
    expect(promptDue(DEFAULT_MOMENT, at('2026-11-27T14:00:00Z'), pauses)).toEqual({
      week: WEEK_48,
      skip: 'holiday',
    });
  });

  it('when it is Sunday night in New York but Monday in UTC, then New York’s week still counts', () => {
    const moment: WeeklyMoment = { weekday: 5, hour: 9, minute: 0, timeZone: 'America/New_York' };
    expect(promptDue(moment, at('2026-03-30T02:00:00Z'), NO_PAUSES)).toEqual({
      week: { year: 2026, week: 13 },
      at: at('2026-03-27T13:00:00Z'),
    });
  });

  it('when the zone is Tokyo, then the moment comes at 06:00 UTC', () => {
    const moment: WeeklyMoment = { ...DEFAULT_MOMENT, timeZone: 'Asia/Tokyo' };
    expect(promptDue(moment, at('2026-11-27T05:59:00Z'), NO_PAUSES)).toBeNull();
    expect(promptDue(moment, at('2026-11-27T06:00:00Z'), NO_PAUSES)).toEqual({
      week: WEEK_48,
      at: at('2026-11-27T06:00:00Z'),
    });
  });
});

describe('reminderInstant', () => {
  it('when the delay crosses the March change, then the wall time stays 15:00', () => {
    const promptAt = at('2026-03-27T14:00:00Z');
    expect(iso(reminderInstant(promptAt, DEFAULT_MOMENT, 2))).toBe('2026-03-29T13:00:00.000Z');
  });

  it('when the delay crosses the October change, then the wall time stays 15:00', () => {
    const promptAt = at('2026-10-23T13:00:00Z');
    expect(iso(reminderInstant(promptAt, DEFAULT_MOMENT, 2))).toBe('2026-10-25T14:00:00.000Z');
  });

  it('when the delay reaches past Sunday, then there is no reminder', () => {
    const saturday: WeeklyMoment = { ...DEFAULT_MOMENT, weekday: 6 };
    expect(reminderInstant(at('2026-11-28T14:00:00Z'), saturday, 2)).toBeNull();
  });

  it('when the delay is not a whole, positive number of days, then it is refused', () => {
    expect(() => reminderInstant(at('2026-11-27T14:00:00Z'), DEFAULT_MOMENT, 0)).toThrow(
      RangeError,
    );
    expect(() => reminderInstant(at('2026-11-27T14:00:00Z'), DEFAULT_MOMENT, 1.5)).toThrow(
      RangeError,
    );
  });
});

describe('laterInstant', () => {
  it('when Later is pressed on Wednesday 11:12, then the reminder is Thursday 11:12', () => {
    expect(iso(laterInstant(at('2026-11-25T10:12:30Z'), AMSTERDAM, WEEK_48))).toBe(
      '2026-11-26T10:12:00.000Z',
    );
  });

  it('when Later is pressed on the Saturday before the March change, then the wall time holds', () => {
    const week13 = { year: 2026, week: 13 };
    expect(iso(laterInstant(at('2026-03-28T14:00:00Z'), AMSTERDAM, week13))).toBe(
      '2026-03-29T13:00:00.000Z',
    );
  });

  it('when Later is pressed on Sunday, then there is no reminder in the next week', () => {
    expect(laterInstant(at('2026-11-29T09:00:00Z'), AMSTERDAM, WEEK_48)).toBeNull();
  });

  it('when Later is pressed on last week’s card, then there is no reminder', () => {
    const week47 = { year: 2026, week: 47 };
    expect(laterInstant(at('2026-11-23T09:00:00Z'), AMSTERDAM, week47)).toBeNull();
  });

  it('when Later is pressed late on Sunday in Tokyo, then there is no reminder', () => {
    expect(laterInstant(at('2026-11-29T14:00:00Z'), 'Asia/Tokyo', WEEK_48)).toBeNull();
  });
});

describe('reminderAllowed', () => {
  const pauses: PromptPauses = {
    holidays: [holiday('2026-10-17', '2026-10-25')],
    pausedUntil: '2026-11-28',
  };

  it('when the reminder falls in a holiday, then it is not sent', () => {
    expect(reminderAllowed(at('2026-10-25T14:00:00Z'), AMSTERDAM, pauses)).toBe(false);
  });

  it('when the reminder falls on the last day of a pause, then it is not sent', () => {
    expect(reminderAllowed(at('2026-11-28T14:00:00Z'), AMSTERDAM, pauses)).toBe(false);
  });

  it('when the reminder falls on the day after the pause, then it is sent', () => {
    expect(reminderAllowed(at('2026-11-29T14:00:00Z'), AMSTERDAM, pauses)).toBe(true);
  });

  it('when it is already the next day in Amsterdam, then that local date decides', () => {
    expect(reminderAllowed(at('2026-11-28T23:30:00Z'), AMSTERDAM, pauses)).toBe(true);
    expect(reminderAllowed(at('2026-11-28T23:30:00Z'), 'UTC', pauses)).toBe(false);
  });
});
