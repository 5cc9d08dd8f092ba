import { LAST_MINUTE_OF_WEEK, minuteOfWeek, promptWindows } from '../../domain/prompt-window';

describe('which moments a planning pass can find due', () => {
  it('mid-week, one window: this week up to the latest wall time on earth (UTC+14)', () => {
    // Thursday 26 November 2026 14:00 UTC is Friday 04:00 in Kiritimati.
    expect(promptWindows(new Date('2026-11-26T14:00:00Z'))).toEqual([
      { week: '2026-W48', upTo: minuteOfWeek(5, 4, 0) },
    ]);
  });

  it('when some clock already shows Monday, then the ending week whole and the new one begun', () => {
    // Sunday 29 November 2026 11:00 UTC is Monday 01:00 in Kiritimati.
    expect(promptWindows(new Date('2026-11-29T11:00:00Z'))).toEqual([
      { week: '2026-W48', upTo: LAST_MINUTE_OF_WEEK },
      { week: '2026-W49', upTo: minuteOfWeek(1, 1, 0) },
    ]);
  });

  it('when some clock still shows Sunday (UTC−12), then that week stays open too', () => {
    // Monday 30 November 2026 06:00 UTC is still Sunday 18:00 at UTC−12.
    expect(promptWindows(new Date('2026-11-30T06:00:00Z'))).toEqual([
      { week: '2026-W48', upTo: LAST_MINUTE_OF_WEEK },
      { week: '2026-W49', upTo: minuteOfWeek(1, 20, 0) },
    ]);
  });

  it('counts the default Friday 15:00 as minute 6660 of the week', () => {
    expect(minuteOfWeek(5, 15, 0)).toBe(6660);
  });
});
