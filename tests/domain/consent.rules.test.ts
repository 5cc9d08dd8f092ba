import {
  consentStatus,
  mayContribute,
  planWithdrawal,
  withdrawalWindowEnd,
} from '../../domain/consent.rules';
import { addDays, type LocalDate } from '../../domain/local-date';
import { easterSunday, WorkingDays } from '../../domain/working-days';

const at = new Date('2026-11-27T10:00:00Z');
const event = (choice: 'given' | 'declined' | 'withdrawn') => ({
  choice,
  at,
  textVersion: 1,
  textHash: 'h',
});

describe('consent rules', () => {
  it('when nobody answered yet, then nothing may be collected (C1)', () => {
    expect(consentStatus(undefined)).toBe('none');
    expect(mayContribute(undefined)).toBe(false);
  });

  it.each([
    ['given', true],
    ['declined', false],
    ['withdrawn', false],
  ] as const)('when the latest choice is %s, then contributing is %s', (choice, allowed) => {
    expect(mayContribute(event(choice))).toBe(allowed);
  });

  it('when stopping, then what is inside its window is erased and the rest kept (C4, C5)', () => {
    const contributions = [
      { id: 'old', windowEndsAt: new Date('2026-11-20T23:00:00Z') },
      { id: 'edge', windowEndsAt: at },
      { id: 'new', windowEndsAt: new Date('2026-12-04T23:00:00Z') },
    ];
    expect(planWithdrawal(contributions, at, 'window')).toEqual({
      erase: ['new'],
      keep: ['old', 'edge'],
    });
    expect(planWithdrawal(contributions, at, 'full')).toEqual({
      erase: ['old', 'edge', 'new'],
      keep: [],
    });
  });
});

const timeZone = 'Europe/Amsterdam';
const calendar = new WorkingDays();

const endFor = (submittedAt: string, extraDays: LocalDate[] = [], workingDays?: number): string =>
  withdrawalWindowEnd(new Date(submittedAt), {
    timeZone,
    calendar: new WorkingDays(extraDays),
    ...(workingDays === undefined ? {} : { workingDays }),
  }).toISOString();

describe('withdrawalWindowEnd', () => {
  it('when submitted Fri 2026-10-23, then it closes after Fri 30 Oct, in winter time', () => {
    expect(endFor('2026-10-23T10:00:00Z')).toBe('2026-10-30T23:00:00.000Z');
  });

  it('when submitted Mon 2026-03-23 in winter time, then it closes after Mon 30 Mar, in summer time', () => {
    expect(endFor('2026-03-23T08:00:00Z')).toBe('2026-03-30T22:00:00.000Z');
  });

  it('when submitted Thu 2026-04-02, then Tweede Paasdag is skipped and it closes after Fri 10 Apr', () => {
    expect(endFor('2026-04-02T08:00:00Z')).toBe('2026-04-10T22:00:00.000Z');
  });

  it('when the study adds Goede Vrijdag, then it closes after Mon 13 Apr', () => {
    expect(endFor('2026-04-02T08:00:00Z', [addDays(easterSunday(2026), -2)])).toBe(
      '2026-04-13T22:00:00.000Z',
    );
  });

  it('when submitted Thu 2026-12-24, then Christmas and New Year are skipped', () => {
    expect(endFor('2026-12-24T08:00:00Z')).toBe('2027-01-04T23:00:00.000Z');
  });

  it('when submitted just after midnight Amsterdam time, then the local day counts, not UTC', () => {
    expect(endFor('2026-10-22T22:30:00Z')).toBe('2026-10-30T23:00:00.000Z');
    expect(endFor('2026-10-22T21:59:00Z')).toBe('2026-10-29T23:00:00.000Z');
  });

  it('when the study sets 10 working days, then it closes a week later', () => {
    expect(endFor('2026-10-23T10:00:00Z', [], 10)).toBe('2026-11-06T23:00:00.000Z');
  });

  it('when the zone is New York, then the day and midnight are New York’s', () => {
    const submittedAt = new Date('2026-04-02T02:00:00Z');
    const end = withdrawalWindowEnd(submittedAt, { timeZone: 'America/New_York', calendar });
    expect(end.toISOString()).toBe('2026-04-10T04:00:00.000Z');
  });
});

describe('inside the window', () => {
  const submittedAt = new Date('2026-10-23T10:00:00Z');
  const inside = (now: string): boolean =>
    new Date(now).getTime() < withdrawalWindowEnd(submittedAt, { timeZone, calendar }).getTime();

  it('when it is the moment of submission, then the window is open', () => {
    expect(inside('2026-10-23T10:00:00Z')).toBe(true);
  });

  it('when it is late on the last working day, then the window is still open', () => {
    expect(inside('2026-10-30T22:30:00Z')).toBe(true);
    expect(inside('2026-10-30T22:59:59.999Z')).toBe(true);
  });

  it('when local midnight after the last working day has come, then the window is closed', () => {
    expect(inside('2026-10-30T23:00:00Z')).toBe(false);
    expect(inside('2026-11-02T09:00:00Z')).toBe(false);
  });

  it('when the clock reads slightly before the submission, then the window counts as open', () => {
    expect(inside('2026-10-23T09:59:00Z')).toBe(true);
  });
});
