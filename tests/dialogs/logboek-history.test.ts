import { isoWeekId } from '../../domain/iso-week';
import { lastIsoWeeks } from '../../dialogs/logboek-history';

const ids = (at: string, timeZone = 'Europe/Amsterdam') =>
  lastIsoWeeks(new Date(at), timeZone, 8).map((week) => isoWeekId(week));

describe('lastIsoWeeks', () => {
  it('when asked on a Friday in week 48, then it gives this week and the seven before, newest first', () => {
    expect(ids('2026-11-27T15:00:00+01:00')).toEqual([
      '2026-W48',
      '2026-W47',
      '2026-W46',
      '2026-W45',
      '2026-W44',
      '2026-W43',
      '2026-W42',
      '2026-W41',
    ]);
  });

  it('when the weeks cross the turn of the year, then week 53 of 2026 is among them', () => {
    expect(ids('2027-01-12T09:00:00+01:00').slice(0, 4)).toEqual([
      '2027-W02',
      '2027-W01',
      '2026-W53',
      '2026-W52',
    ]);
  });

  it("when it is Monday already in the organisation's zone but still Sunday in UTC, then the new week counts", () => {
    expect(ids('2026-11-29T23:30:00Z')[0]).toBe('2026-W49');
    expect(ids('2026-11-29T23:30:00Z', 'UTC')[0]).toBe('2026-W48');
  });

  it('when the weeks cross the October clock change, then no week is missed or doubled', () => {
    const weeks = ids('2026-11-02T00:30:00+01:00');
    expect(weeks.slice(0, 3)).toEqual(['2026-W45', '2026-W44', '2026-W43']);
    expect(new Set(weeks).size).toBe(8);
  });
});
