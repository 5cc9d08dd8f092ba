import {
  addDays,
  compareLocalDates,
  dayOfWeek,
  daysBetween,
  isValidLocalDate,
  localDate,
  localDateParts,
  parseLocalDate,
} from '../../domain/local-date';

describe('parseLocalDate', () => {
  it.each(['2026-04-02', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])(
    'when the text is %s, then it is accepted as is',
    (text) => {
      expect(isValidLocalDate(text)).toBe(true);
      expect(parseLocalDate(text)).toBe(text);
    },
  );

  it.each([
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-04-00',
    '0000-01-01',
    '2026-4-2',
    '02-04-2026',
    '2026-04-02T00:00:00Z',
    ' 2026-04-02',
    '',
  ])('when the text is %j, then it is rejected', (text) => {
    expect(isValidLocalDate(text)).toBe(false);
    expect(() => parseLocalDate(text)).toThrow(RangeError);
  });
});

describe('localDate and localDateParts', () => {
  it('when built from parts, then it pads to YYYY-MM-DD and splits back', () => {
    expect(localDate(2026, 4, 2)).toBe('2026-04-02');
    expect(localDate(5, 1, 1)).toBe('0005-01-01');
    expect(localDateParts('2026-12-31')).toEqual({ year: 2026, month: 12, day: 31 });
  });

  it.each([
    [2026, 2, 29],
    [2026, 13, 1],
    [10000, 1, 1],
    [-1, 1, 1],
    [2026, 1.5, 1],
  ])('when the parts are %i-%d-%d, then it throws', (year, month, day) => {
    expect(() => localDate(year, month, day)).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-04-02', 1, '2026-04-03'],
    ['2026-04-30', 1, '2026-05-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-10-24', 2, '2026-10-26'],
    ['2026-04-02', 0, '2026-04-02'],
    ['2026-01-01', 365, '2027-01-01'],
    ['0050-12-31', 1, '0051-01-01'],
  ])('when %s moves %i days, then it is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('when the days are not whole or the date is not valid, then it throws', () => {
    expect(() => addDays('2026-04-02', 0.5)).toThrow(RangeError);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it('when counting over a year, then leap years have one day more', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('when the second date is earlier, then the count is negative', () => {
    expect(daysBetween('2026-04-09', '2026-04-02')).toBe(-7);
    expect(daysBetween('2026-04-02', '2026-04-02')).toBe(0);
  });
});

describe('dayOfWeek', () => {
  it.each([
    ['2026-04-06', 1],
    ['2026-04-02', 4],
    ['2026-04-03', 5],
    ['2026-04-04', 6],
    ['2026-04-05', 7],
    ['2000-01-01', 6],
    ['0001-01-01', 1],
  ])('when the date is %s, then the ISO weekday is %i', (date, expected) => {
    expect(dayOfWeek(date)).toBe(expected);
  });
});

describe('compareLocalDates', () => {
  it('when used to sort, then dates come out in calendar order', () => {
    const dates = ['2027-01-01', '2026-12-31', '2026-04-02', '2026-04-02', '0999-06-01'];
    expect([...dates].sort(compareLocalDates)).toEqual([
      '0999-06-01',
      '2026-04-02',
      '2026-04-02',
      '2026-12-31',
      '2027-01-01',
    ]);
  });

  it('when comparing, then the sign tells which date is later', () => {
    expect(compareLocalDates('2026-04-02', '2026-04-03')).toBe(-1);
    expect(compareLocalDates('2026-04-03', '2026-04-02')).toBe(1);
    expect(compareLocalDates('2026-04-02', '2026-04-02')).toBe(0);
  });
});
