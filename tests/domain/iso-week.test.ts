import { isoWeekOf } from '../../domain/iso-week';
import { addDays } from '../../domain/local-date';

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
