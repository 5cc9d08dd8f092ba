import { firstShownWeek, progressState, weeksWritten } from '../../domain/progress';

const ZONE = 'Europe/Amsterdam';
const FRIDAY = new Date('2026-11-27T15:00:00+01:00'); // week 48

describe('progress for the teamcoach overview', () => {
  it('when counting, then only saved weeks among the last eight count, this week included', () => {
    const weeks = [
      { week: '2026-W40', status: 'written' }, // nine weeks back: not shown
      { week: '2026-W41', status: 'written' },
      { week: '2026-W45', status: 'skipped' },
      { week: '2026-W47', status: 'prompted' },
      { week: '2026-W48', status: 'written' },
    ];
    expect(firstShownWeek(FRIDAY, ZONE)).toBe('2026-W41');
    expect(weeksWritten(weeks, FRIDAY, ZONE)).toBe(2);
  });

  it('when the eight weeks cross the new year, then week 53 and the weeks before count', () => {
    const at = new Date('2027-01-15T12:00:00+01:00'); // 2027-W02
    expect(firstShownWeek(at, ZONE)).toBe('2026-W48');
    const weeks = [
      { week: '2026-W53', status: 'written' },
      { week: '2027-W01', status: 'written' },
    ];
    expect(weeksWritten(weeks, at, ZONE)).toBe(2);
  });

  it('when today is in a holiday, a pause or after silent weeks, then the state says so', () => {
    const base = { at: FRIDAY, timeZone: ZONE, holidays: [], pausedUntil: null, weeks: [] };
    expect(progressState(base)).toBe('active');
    expect(progressState({ ...base, pausedUntil: '2026-12-01' })).toBe('paused');
    expect(progressState({ ...base, pausedUntil: '2026-11-26' })).toBe('active');
    const holidays = [{ name: 'herfst', startsOn: '2026-11-23', endsOn: '2026-11-29' }];
    expect(progressState({ ...base, holidays })).toBe('holiday');
    const weeks = [{ week: '2026-W48', status: 'stopped' }];
    expect(progressState({ ...base, weeks })).toBe('stopped');
  });
});
