import { addDays } from '../../domain/local-date';
import { instantAt, localDateOf, localPartsOf, startOfLocalDay } from '../../domain/zoned-time';

const AMSTERDAM = 'Europe/Amsterdam';
const HOUR_MS = 3_600_000;

const at = (iso: string): Date => new Date(iso);
const iso = (instant: Date): string => instant.toISOString();

describe('localPartsOf and localDateOf', () => {
  it('when it is a spring morning in Amsterdam, then the wall clock runs two hours ahead', () => {
    expect(localPartsOf(at('2026-04-02T10:15:00Z'), AMSTERDAM)).toEqual({
      date: '2026-04-02',
      hour: 12,
      minute: 15,
      weekday: 4,
    });
  });

  it('when it is late on New Year’s Eve in UTC, then it is already New Year in Amsterdam', () => {
    expect(localDateOf(at('2026-12-31T23:30:00Z'), AMSTERDAM)).toBe('2027-01-01');
    expect(localPartsOf(at('2026-12-31T23:30:00Z'), AMSTERDAM)).toMatchObject({
      hour: 0,
      minute: 30,
      weekday: 5,
    });
  });

  it('when it is midnight in summer, then the date turns at 22:00 UTC', () => {
    expect(localDateOf(at('2026-06-30T21:59:59Z'), AMSTERDAM)).toBe('2026-06-30');
    expect(localDateOf(at('2026-06-30T22:00:00Z'), AMSTERDAM)).toBe('2026-07-01');
  });

  it('when the zone is Tokyo, then the date turns at 15:00 UTC all year', () => {
    expect(localDateOf(at('2026-06-30T14:59:00Z'), 'Asia/Tokyo')).toBe('2026-06-30');
    expect(localPartsOf(at('2026-06-30T15:00:00Z'), 'Asia/Tokyo')).toEqual({
      date: '2026-07-01',
      hour: 0,
      minute: 0,
      weekday: 3,
    });
  });

  it('when the clocks fall back in Amsterdam, then two instants both read 02:30', () => {
    const first = localPartsOf(at('2026-10-25T00:30:00Z'), AMSTERDAM);
    const second = localPartsOf(at('2026-10-25T01:30:00Z'), AMSTERDAM);
    expect(first).toEqual({ date: '2026-10-25', hour: 2, minute: 30, weekday: 7 });
    expect(second).toEqual(first);
  });

  it('when the time zone or the instant is not valid, then it throws', () => {
    expect(() => localPartsOf(at('2026-04-02T10:00:00Z'), 'Europe/Amsterdm')).toThrow(RangeError);
    expect(() => localDateOf(new Date(Number.NaN), AMSTERDAM)).toThrow(RangeError);
  });
});

describe('instantAt', () => {
  it.each([
    ['2026-01-15', 9, 0, '2026-01-15T08:00:00.000Z'],
    ['2026-07-15', 9, 0, '2026-07-15T07:00:00.000Z'],
    ['2026-03-29', 1, 59, '2026-03-29T00:59:00.000Z'],
    ['2026-03-29', 3, 0, '2026-03-29T01:00:00.000Z'],
    ['2026-10-25', 1, 59, '2026-10-24T23:59:00.000Z'],
    ['2026-10-25', 3, 0, '2026-10-25T02:00:00.000Z'],
  ])('when it is %s %i:%i in Amsterdam, then the instant is %s', (date, hour, minute, expected) => {
    expect(iso(instantAt(date, { hour, minute }, AMSTERDAM))).toBe(expected);
  });

  it('when the time falls in the spring-forward gap, then it moves forward by the gap', () => {
    expect(iso(instantAt('2026-03-29', { hour: 2, minute: 0 }, AMSTERDAM))).toBe(
      '2026-03-29T01:00:00.000Z',
    );
    const halfPastTwo = instantAt('2026-03-29', { hour: 2, minute: 30 }, AMSTERDAM);
    expect(iso(halfPastTwo)).toBe('2026-03-29T01:30:00.000Z');
    expect(localPartsOf(halfPastTwo, AMSTERDAM)).toMatchObject({ hour: 3, minute: 30 });
  });

  it('when the time occurs twice in the autumn overlap, then the earlier instant is taken', () => {
    expect(iso(instantAt('2026-10-25', { hour: 2, minute: 0 }, AMSTERDAM))).toBe(
      '2026-10-25T00:00:00.000Z',
    );
    expect(iso(instantAt('2026-10-25', { hour: 2, minute: 30 }, AMSTERDAM))).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('when the zone is New York, then its own gap and overlap follow the same rules', () => {
    const newYork = 'America/New_York';
    expect(iso(instantAt('2026-03-08', { hour: 2, minute: 30 }, newYork))).toBe(
      '2026-03-08T07:30:00.000Z',
    );
    expect(iso(instantAt('2026-11-01', { hour: 1, minute: 30 }, newYork))).toBe(
      '2026-11-01T05:30:00.000Z',
    );
    expect(iso(instantAt('2026-07-04', { hour: 9, minute: 0 }, newYork))).toBe(
      '2026-07-04T13:00:00.000Z',
    );
  });

  it('when the zone is in the southern hemisphere, then spring and autumn swap months', () => {
    const sydney = 'Australia/Sydney';
    expect(iso(instantAt('2026-10-04', { hour: 2, minute: 30 }, sydney))).toBe(
      '2026-10-03T16:30:00.000Z',
    );
    expect(iso(instantAt('2026-04-05', { hour: 2, minute: 30 }, sydney))).toBe(
      '2026-04-04T15:30:00.000Z',
    );
  });

  it.each([
    ['Asia/Tokyo', '2026-04-02T00:00:00.000Z'],
    ['Asia/Kolkata', '2026-04-02T03:30:00.000Z'],
    ['Asia/Kathmandu', '2026-04-02T03:15:00.000Z'],
    ['UTC', '2026-04-02T09:00:00.000Z'],
  ])('when it is 09:00 on 2026-04-02 in %s, then the instant is %s', (timeZone, expected) => {
    expect(iso(instantAt('2026-04-02', { hour: 9, minute: 0 }, timeZone))).toBe(expected);
  });

  it('when every quarter hour of both change days is converted, then it reads back the same', () => {
    for (const date of ['2026-03-29', '2026-10-25']) {
      for (let hour = 0; hour < 24; hour += 1) {
        if (date === '2026-03-29' && hour === 2) continue;
        for (const minute of [0, 15, 30, 45]) {
          const instant = instantAt(date, { hour, minute }, AMSTERDAM);
          expect(localPartsOf(instant, AMSTERDAM)).toMatchObject({ date, hour, minute });
        }
      }
    }
  });

  it.each([
    [24, 0],
    [-1, 0],
    [9, 60],
    [9, -1],
    [9.5, 0],
    [9, Number.NaN],
  ])('when the wall time is %d:%d, then it throws', (hour, minute) => {
    expect(() => instantAt('2026-04-02', { hour, minute }, AMSTERDAM)).toThrow(RangeError);
  });

  it('when the date or zone is not valid, then it throws', () => {
    expect(() => instantAt('2026-02-29', { hour: 9, minute: 0 }, AMSTERDAM)).toThrow(RangeError);
    expect(() => instantAt('2026-04-02', { hour: 9, minute: 0 }, 'Mars/Olympus')).toThrow(
      RangeError,
    );
  });
});

describe('startOfLocalDay', () => {
  it('when the clocks spring forward, then that day in Amsterdam lasts 23 hours', () => {
    const start = startOfLocalDay('2026-03-29', AMSTERDAM);
    const next = startOfLocalDay('2026-03-30', AMSTERDAM);
    expect(iso(start)).toBe('2026-03-28T23:00:00.000Z');
    expect(iso(next)).toBe('2026-03-29T22:00:00.000Z');
    expect(next.getTime() - start.getTime()).toBe(23 * HOUR_MS);
  });

  it('when the clocks fall back, then that day in Amsterdam lasts 25 hours', () => {
    const start = startOfLocalDay('2026-10-25', AMSTERDAM);
    const next = startOfLocalDay('2026-10-26', AMSTERDAM);
    expect(iso(start)).toBe('2026-10-24T22:00:00.000Z');
    expect(iso(next)).toBe('2026-10-25T23:00:00.000Z');
    expect(next.getTime() - start.getTime()).toBe(25 * HOUR_MS);
  });

  it('when midnight itself is skipped, then the day starts at the first minute that exists', () => {
    // Brazil last sprang forward at midnight in 2018; a past rule, so tzdata updates leave it be.
    const saoPaulo = 'America/Sao_Paulo';
    const start = startOfLocalDay('2018-11-04', saoPaulo);
    expect(iso(start)).toBe('2018-11-04T03:00:00.000Z');
    expect(localPartsOf(start, saoPaulo)).toMatchObject({ date: '2018-11-04', hour: 1, minute: 0 });
    expect(localDateOf(new Date(start.getTime() - 1), saoPaulo)).toBe('2018-11-03');
  });

  it('when walking through 2026 in Amsterdam, then each start is the moment the date turns', () => {
    for (let date = '2026-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
      const start = startOfLocalDay(date, AMSTERDAM);
      expect(localDateOf(start, AMSTERDAM)).toBe(date);
      expect(localDateOf(new Date(start.getTime() - 1), AMSTERDAM)).toBe(addDays(date, -1));
    }
  });
});
