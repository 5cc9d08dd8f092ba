import {
  firstDayOfIsoWeek,
  isIsoWeekId,
  isoWeekId,
  isoWeekOf,
  parseIsoWeekId,
  weekOfInstant,
  weeksInIsoYear,
} from '../../domain/iso-week';
import { addDays, localDate } from '../../domain/local-date';

describe('isoWeekOf', () => {
  it.each([
    ['2026-01-01', 2026, 1],
    ['2026-04-02', 2026, 14],
    ['2026-12-27', 2026, 52],
    ['2026-12-28', 2026, 53],
    ['2026-12-31', 2026, 53],
    ['2027-01-01', 2026, 53],
    ['2027-01-03', 2026, 53],
    ['2027-01-04', 2027, 1],
    ['2024-12-30', 2025, 1],
    ['2025-12-28', 2025, 52],
    ['2021-01-03', 2020, 53],
    ['2021-01-04', 2021, 1],
    ['2032-12-31', 2032, 53],
  ])('when the date is %s, then it is in week %i-W%i', (date, year, week) => {
    expect(isoWeekOf(date)).toEqual({ year, week });
  });

  it('when counting the weeks of 2026 and 2027, then there are 53 and 52, each seven days', () => {
    const daysPerWeek = new Map<string, number>();
    for (let date = '2025-12-29'; date <= '2028-01-02'; date = addDays(date, 1)) {
      const { year, week } = isoWeekOf(date);
      const key = `${year}-W${week}`;
      daysPerWeek.set(key, (daysPerWeek.get(key) ?? 0) + 1);
    }
    const weeks = [...daysPerWeek.keys()];
    expect(weeks.filter((key) => key.startsWith('2026-')).length).toBe(53);
    expect(weeks.filter((key) => key.startsWith('2027-')).length).toBe(52);
    expect([...daysPerWeek.values()].every((days) => days === 7)).toBe(true);
  });
});

const AMSTERDAM = 'Europe/Amsterdam';

describe('isoWeekId and parseIsoWeekId', () => {
  it.each([
    [2026, 48, '2026-W48'],
    [2026, 5, '2026-W05'],
    [2026, 53, '2026-W53'],
    [2027, 1, '2027-W01'],
  ])('when the week is %i week %i, then its id is %s and reads back', (year, week, id) => {
    expect(isoWeekId({ year, week })).toBe(id);
    expect(parseIsoWeekId(id)).toEqual({ year, week });
  });

  it('when a week does not exist in its year, then both directions refuse it', () => {
    expect(() => isoWeekId({ year: 2025, week: 53 })).toThrow(RangeError);
    expect(() => isoWeekId({ year: 2026, week: 0 })).toThrow(RangeError);
    expect(() => parseIsoWeekId('2025-W53')).toThrow(RangeError);
    expect(() => parseIsoWeekId('2026-W54')).toThrow(RangeError);
  });

  it.each([
    ['2026-W53', true],
    ['0001-W01', true],
    ['9999-W52', true],
    ['2025-W53', false],
    ['0000-W01', false],
    ['2026-W00', false],
    ['2026-W54', false],
    ['2026-w48', false],
  ])('when the text is %p, then isIsoWeekId says %p without throwing', (text, exists) => {
    expect(isIsoWeekId(text)).toBe(exists);
  });

  it.each(['2026-W5', '2026W48', '2026-w48', '26-W48', '2026-W48 ', ''])(
    'when the text is %p, then it is not read as a week id',
    (text) => {
      expect(() => parseIsoWeekId(text)).toThrow(RangeError);
    },
  );
});

describe('weeksInIsoYear', () => {
  it.each([
    [2020, 53],
    [2025, 52],
    [2026, 53],
    [2027, 52],
    [2032, 53],
  ])('when the year is %i, then it has %i ISO weeks', (year, weeks) => {
    expect(weeksInIsoYear(year)).toBe(weeks);
  });

  it('agrees with the week that holds 28 December, in every year from 1 to 9999', () => {
    const differing = Array.from({ length: 9999 }, (_, i) => i + 1).filter(
      (year) => weeksInIsoYear(year) !== isoWeekOf(localDate(year, 12, 28)).week,
    );
    expect(differing).toEqual([]);
  });
});

describe('firstDayOfIsoWeek', () => {
  it.each([
    [2026, 1, '2025-12-29'],
    [2026, 13, '2026-03-23'],
    [2026, 43, '2026-10-19'],
    [2026, 48, '2026-11-23'],
    [2026, 53, '2026-12-28'],
    [2027, 1, '2027-01-04'],
    [2020, 53, '2020-12-28'],
  ])('when the week is %i week %i, then it opens on Monday %s', (year, week, monday) => {
    expect(firstDayOfIsoWeek(year, week)).toBe(monday);
  });

  it('when the week does not exist, then there is no first day', () => {
    expect(() => firstDayOfIsoWeek(2027, 53)).toThrow(RangeError);
  });
});

describe('weekOfInstant', () => {
  it('when it is New Year in Amsterdam but not yet in UTC, then the week is 2026 week 53', () => {
    expect(weekOfInstant(new Date('2026-12-31T23:30:00Z'), AMSTERDAM)).toEqual({
      year: 2026,
      week: 53,
    });
  });

  it('when Monday has begun in Amsterdam but UTC still shows Sunday, then it is the new week', () => {
    const instant = new Date('2027-01-03T23:30:00Z');
    expect(weekOfInstant(instant, 'UTC')).toEqual({ year: 2026, week: 53 });
    expect(weekOfInstant(instant, AMSTERDAM)).toEqual({ year: 2027, week: 1 });
  });

  it('when UTC already shows Monday but New York still shows Sunday, then it is the old week', () => {
    expect(weekOfInstant(new Date('2026-03-30T02:00:00Z'), 'America/New_York')).toEqual({
      year: 2026,
      week: 13,
    });
  });
});
