import { dayBefore, occurrencesOf, reminderDue } from '../../domain/check-in-schedule';

const AMSTERDAM = 'Europe/Amsterdam';
const ten = { hour: 10, minute: 0 };
const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

describe('occurrencesOf', () => {
  it('when a check-in repeats every two weeks across the October change, then it stays at 10:00', () => {
    const { starts, capped } = occurrencesOf('2026-10-13', ten, AMSTERDAM, {
      everyWeeks: 2,
      until: '2026-11-10',
    });
    expect(iso(starts)).toEqual([
      '2026-10-13T08:00:00.000Z',
      '2026-10-27T09:00:00.000Z',
      '2026-11-10T09:00:00.000Z',
    ]);
    expect(capped).toBe(false);
  });

  it('when there is no repeat, then there is one check-in', () => {
    expect(occurrencesOf('2026-10-13', ten, AMSTERDAM).starts).toHaveLength(1);
  });

  it('when the repeat runs for years, then it stops at 26 and says so', () => {
    const { starts, capped } = occurrencesOf('2026-01-05', ten, AMSTERDAM, {
      everyWeeks: 1,
      until: '2028-01-01',
    });
    expect(starts).toHaveLength(26);
    expect(capped).toBe(true);
  });
});

describe('dayBefore and reminderDue', () => {
  it('when the check-in is on the Sunday the clocks go back, then the day before is 10:00 summer time', () => {
    const sunday = new Date('2026-10-25T09:00:00Z'); // 10:00 CET
    expect(dayBefore(sunday, AMSTERDAM).toISOString()).toBe('2026-10-24T08:00:00.000Z');
  });

  it('when the check-in is on the Monday after the March change, then the day before is 10:00 winter time', () => {
    const monday = new Date('2026-03-30T08:00:00Z'); // 10:00 CEST
    expect(dayBefore(monday, AMSTERDAM).toISOString()).toBe('2026-03-29T08:00:00.000Z');
  });

  const check = {
    startsAt: new Date('2026-10-27T09:00:00Z'),
    timeZone: AMSTERDAM,
    plannedAt: new Date('2026-10-01T08:00:00Z'),
  };
  it.each([
    ['2026-10-26T08:59:00Z', undefined],
    ['2026-10-26T09:00:00Z', 'day-before'],
    ['2026-10-27T07:59:00Z', 'day-before'],
    ['2026-10-27T08:00:00Z', 'soon'],
    ['2026-10-27T08:59:00Z', 'soon'],
    ['2026-10-27T09:00:00Z', undefined],
  ])('when the pass runs at %s, then the reminder due is %s', (at, kind) => {
    expect(reminderDue(check, 60, new Date(at))).toBe(kind);
  });

  it('when the check-in was planned less than a day ahead, then only the short reminder comes', () => {
    const late = { ...check, plannedAt: new Date('2026-10-26T12:00:00Z') };
    expect(reminderDue(late, 60, new Date('2026-10-26T13:00:00Z'))).toBeUndefined();
    expect(reminderDue(late, 60, new Date('2026-10-27T08:30:00Z'))).toBe('soon');
  });
});
