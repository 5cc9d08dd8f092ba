import { addDays, compareLocalDates, dayOfWeek } from '../../domain/local-date';
import {
  dutchPublicHolidays,
  easterSunday,
  namedDutchPublicHolidays,
  WorkingDays,
} from '../../domain/working-days';

const goedeVrijdag = (year: number): string => addDays(easterSunday(year), -2);

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
    [1583, '1583-04-10'],
    [1818, '1818-03-22'],
    [1943, '1943-04-25'],
    [2000, '2000-04-23'],
    [4099, '4099-04-19'],
  ])('when the year is %i, then Easter Sunday is %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it('when computed for 1583 to 4099, then Easter is always a Sunday from 22 March to 25 April', () => {
    for (let year = 1583; year <= 4099; year += 1) {
      const easter = easterSunday(year);
      expect(dayOfWeek(easter)).toBe(7);
      expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
    }
  });
});

describe('namedDutchPublicHolidays', () => {
  it('when the year is 2026, then it lists the eight days of the termijnenwet in order', () => {
    expect(namedDutchPublicHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Nieuwjaarsdag' },
      { date: '2026-04-06', name: 'Tweede Paasdag' },
      { date: '2026-04-27', name: 'Koningsdag' },
      { date: '2026-05-05', name: 'Bevrijdingsdag' },
      { date: '2026-05-14', name: 'Hemelvaartsdag' },
      { date: '2026-05-25', name: 'Tweede Pinksterdag' },
      { date: '2026-12-25', name: 'Eerste Kerstdag' },
      { date: '2026-12-26', name: 'Tweede Kerstdag' },
    ]);
  });

  it.each([
    [2014, '2014-04-26'],
    [2025, '2025-04-26'],
    [2026, '2026-04-27'],
    [2031, '2031-04-26'],
  ])(
    'when the year is %i, then Koningsdag is %s (a day early when 27 April is a Sunday)',
    (year, expected) => {
      const koningsdag = namedDutchPublicHolidays(year).find((day) => day.name === 'Koningsdag');
      expect(koningsdag?.date).toBe(expected);
      expect(dayOfWeek(expected)).not.toBe(7);
    },
  );

  it('when Hemelvaartsdag comes before 5 May, then the list is still in date order', () => {
    const names = namedDutchPublicHolidays(2008).map((day) => day.name);
    expect(names.indexOf('Hemelvaartsdag')).toBeLessThan(names.indexOf('Bevrijdingsdag'));
    for (let year = 2014; year <= 2100; year += 1) {
      const dates = namedDutchPublicHolidays(year).map((day) => day.date);
      expect([...dates].sort(compareLocalDates)).toEqual(dates);
    }
  });
});

describe('dutchPublicHolidays', () => {
  it('when the year is 2026, then it gives the dates without Goede Vrijdag', () => {
    const dates = dutchPublicHolidays(2026);
    expect(dates).toEqual(namedDutchPublicHolidays(2026).map((day) => day.date));
    expect(dates).not.toContain('2026-04-03');
  });

  it('when Hemelvaartsdag falls on 5 May (2016), then that date is listed once', () => {
    expect(namedDutchPublicHolidays(2016).filter((day) => day.date === '2016-05-05')).toHaveLength(
      2,
    );
    expect(dutchPublicHolidays(2016)).toHaveLength(7);
  });
});

describe('WorkingDays.isWorkingDay', () => {
  const calendar = new WorkingDays();

  it.each([
    ['2026-04-03', 'Goede Vrijdag, not a holiday by law', true],
    ['2026-04-04', 'a Saturday', false],
    ['2026-04-05', 'Eerste Paasdag, a Sunday', false],
    ['2026-04-06', 'Tweede Paasdag', false],
    ['2026-04-07', 'a plain Tuesday', true],
    ['2026-04-27', 'Koningsdag', false],
    ['2026-05-05', 'Bevrijdingsdag', false],
    ['2026-12-24', 'Christmas Eve', true],
    ['2026-12-25', 'Eerste Kerstdag', false],
    ['2027-01-01', 'Nieuwjaarsdag', false],
  ])('when the date is %s (%s), then working day is %s', (date, _what, expected) => {
    expect(calendar.isWorkingDay(date)).toBe(expected);
  });

  it('when Goede Vrijdag is added as an extra day, then it is no longer a working day', () => {
    expect(new WorkingDays([goedeVrijdag(2026)]).isWorkingDay('2026-04-03')).toBe(false);
  });

  it('when an extra day is not a calendar date, then construction throws', () => {
    expect(() => new WorkingDays(['2026-04-31'])).toThrow(RangeError);
  });
});

describe('WorkingDays.addWorkingDays', () => {
  it.each([
    ['Thu 2026-04-02, over Easter', '2026-04-02', 5, '2026-04-10'],
    ['Wed 2026-12-23, over Christmas', '2026-12-23', 5, '2026-12-31'],
    ['Thu 2026-12-24, over Christmas and New Year', '2026-12-24', 5, '2027-01-04'],
    ['Thu 2026-04-23, over Koningsdag', '2026-04-23', 5, '2026-05-01'],
    ['Fri 2026-04-24, over Koningsdag', '2026-04-24', 5, '2026-05-04'],
    ['Fri 2026-04-24, 6 days, over Bevrijdingsdag', '2026-04-24', 6, '2026-05-06'],
    ['Mon 2026-05-11, over Hemelvaartsdag', '2026-05-11', 5, '2026-05-19'],
    ['Wed 2026-06-17, over a plain weekend', '2026-06-17', 5, '2026-06-24'],
    ['Fri 2026-06-19, over a plain weekend', '2026-06-19', 5, '2026-06-26'],
    ['Sat 2026-06-20, a weekend day', '2026-06-20', 5, '2026-06-26'],
    ['Fri 2026-06-19, one day', '2026-06-19', 1, '2026-06-22'],
    ['Sat 2026-06-20, zero days', '2026-06-20', 0, '2026-06-20'],
  ])('when counting from %s, then day %i is %s', (_what, date, n, expected) => {
    expect(new WorkingDays().addWorkingDays(date, n)).toBe(expected);
  });

  it('when Goede Vrijdag is an extra day, then the count from Thu 2026-04-02 ends Mon 13 April', () => {
    expect(new WorkingDays([goedeVrijdag(2026)]).addWorkingDays('2026-04-02', 5)).toBe(
      '2026-04-13',
    );
  });

  it('when a school closes on the Friday after Hemelvaartsdag, then that day is skipped too', () => {
    expect(new WorkingDays(['2026-05-15']).addWorkingDays('2026-05-11', 5)).toBe('2026-05-20');
  });

  it('when the number of days is negative or not whole, or the date is not valid, then it throws', () => {
    const calendar = new WorkingDays();
    expect(() => calendar.addWorkingDays('2026-04-02', -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-04-02', 1.5)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-02-30', 0)).toThrow(RangeError);
  });
});
