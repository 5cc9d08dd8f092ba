import { nextDue, weekAfter, type DueWeek } from '../../domain/logboek-due';
import type { WeekStatus } from '../../domain/logboek-rhythm';
import { DEFAULT_MOMENT } from '../../domain/weekly-moment';

const friday = { ...DEFAULT_MOMENT, timeZone: 'Europe/Amsterdam' };
const noPauses = { holidays: [], pausedUntil: null };
const LONG_AGO = new Date('2026-01-01T00:00:00Z');

const week = (id: string, status: WeekStatus, remindAt: string | null = null): DueWeek => ({
  week: id,
  status,
  settled: true,
  remindAt: remindAt === null ? null : new Date(remindAt),
});
const due = (weeks: DueWeek[], from?: string, consentAt = LONG_AGO) =>
  nextDue(
    { moment: friday, consentAt, pauses: noPauses, weeks },
    from ? new Date(from) : undefined,
  );

describe('the next-due instant of a logboek keeper', () => {
  it('when the last settled week is just before the March change, then the next moment is 15:00 summer time', () => {
    expect(due([week('2026-W13', 'written')]).promptAt).toEqual(new Date('2026-04-03T13:00:00Z'));
    expect(due([week('2026-W12', 'written')]).promptAt).toEqual(new Date('2026-03-27T14:00:00Z'));
  });

  it('when the last settled week is week 52 of 2026, then week 53 follows, and after it week 1 of 2027', () => {
    expect(weekAfter({ year: 2026, week: 52 })).toEqual({ year: 2026, week: 53 });
    expect(weekAfter({ year: 2026, week: 53 })).toEqual({ year: 2027, week: 1 });
    // The calendar ends with year 9999 (a hostile card may name its last week): no week after.
    expect(weekAfter({ year: 9999, week: 52 })).toBeNull();
    expect(weekAfter({ year: 9999, week: 50 })).toEqual({ year: 9999, week: 51 });
    expect(due([week('2026-W52', 'quiet')]).promptAt).toEqual(new Date('2027-01-01T14:00:00Z'));
    expect(due([week('2026-W53', 'written')]).promptAt).toEqual(new Date('2027-01-08T14:00:00Z'));
  });

  it('when nothing is settled yet, then the moment of the week they said yes, but never before the yes', () => {
    const yes = new Date('2026-11-27T16:00:00Z');
    expect(due([], undefined, yes).promptAt).toEqual(yes);
    expect(due([], undefined, new Date('2026-11-23T08:00:00Z')).promptAt).toEqual(
      new Date('2026-11-27T14:00:00Z'),
    );
  });

  it('when a pass catches up after weeks of downtime, then only the week it runs in is due, once', () => {
    const weeks = [week('2026-W40', 'written')];
    expect(due(weeks).promptAt).toEqual(new Date('2026-10-09T13:00:00Z'));
    expect(due(weeks, '2026-11-25T10:00:00Z').promptAt).toEqual(new Date('2026-11-27T14:00:00Z'));
  });

  it('when three weeks went silent, then the fourth is still due (the teamcoach is told); after the stop, none', () => {
    const silent = [week('2026-W45', 'prompted'), week('2026-W46', 'prompted')];
    const three = [...silent, week('2026-W47', 'prompted')];
    expect(due(three).promptAt).toEqual(new Date('2026-11-27T14:00:00Z'));
    expect(due([...three, week('2026-W48', 'stopped')]).promptAt).toBeNull();
    expect(due([...three, week('2026-W48', 'skipped')]).promptAt).not.toBeNull();
  });

  it('when the open week has a reminder, then it is due, unless it falls in a holiday or pause', () => {
    const open = [week('2026-W48', 'prompted', '2026-11-29T14:00:00Z')];
    expect(due(open)).toMatchObject({
      remindAt: new Date('2026-11-29T14:00:00Z'),
      remindWeek: '2026-W48',
    });
    const holiday = { name: 'herfst', startsOn: '2026-11-28', endsOn: '2026-11-29' };
    const input = { moment: friday, consentAt: LONG_AGO, weeks: open };
    expect(
      nextDue({ ...input, pauses: { holidays: [holiday], pausedUntil: null } }).remindAt,
    ).toBeNull();
    expect(
      nextDue({ ...input, pauses: { holidays: [], pausedUntil: '2026-11-30' } }).remindAt,
    ).toBeNull();
  });
});
