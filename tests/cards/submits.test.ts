import { cardSubmitSchema } from '../../cards/submits';

describe('cardSubmitSchema', () => {
  it('when Teams sends the help verb with its messageBack block, then it parses', () => {
    const value = {
      verb: 'help',
      msteams: { type: 'messageBack', text: 'help', displayText: 'help' },
    };
    expect(cardSubmitSchema.parse(value)).toEqual(value);
  });

  it.each([[{ verb: 'delete-everything' }], [{}], [{ verb: 3 }], ['help'], [null], [undefined]])(
    'when the value is %j, then it is refused',
    (value) => {
      expect(cardSubmitSchema.safeParse(value).success).toBe(false);
    },
  );

  it.each(['logboek-save', 'logboek-later', 'logboek-skip', 'logboek-edit', 'my-logboek-week'])(
    'when %s names a week its year does not have, then it is refused like any bad submit',
    (verb) => {
      expect(cardSubmitSchema.safeParse({ verb, week: '2026-W53' }).success).toBe(true);
      expect(cardSubmitSchema.safeParse({ verb, week: '2025-W53' }).success).toBe(false);
      expect(cardSubmitSchema.safeParse({ verb, week: '0000-W01' }).success).toBe(false);
    },
  );

  it.each([
    { verb: 'check-in-accept', checkInId: 'c1' },
    { verb: 'check-in-propose', checkInId: 'c1', proposedDate: '', proposedTime: '' },
    { verb: 'check-in-confirm', checkInId: 'c1', personId: 'p1' },
    { verb: 'check-in-cancel', checkInId: 'c1' },
  ])('when $verb carries a sequence beyond a database integer, then it is refused', (value) => {
    expect(cardSubmitSchema.safeParse({ ...value, sequence: 2_147_483_647 }).success).toBe(true);
    expect(cardSubmitSchema.safeParse({ ...value, sequence: 2_147_483_648 }).success).toBe(false);
    expect(cardSubmitSchema.safeParse({ ...value, sequence: '1e300' }).success).toBe(false);
  });

  it.each([
    { verb: 'poll-view', pollId: 'poll\u0000' },
    { verb: 'nudge-ask', memberId: '\u0000' },
    { verb: 'withdraw', studyId: 'study\u00001' },
    { verb: 'check-in-cancel', checkInId: 'c\u00001', sequence: 0 },
  ])('when an id holds U+0000, which PostgreSQL cannot compare, then $verb is refused', (value) => {
    expect(cardSubmitSchema.safeParse(value).success).toBe(false);
  });

  it('when ticked-off ids hold U+0000, then they are left out like any id that matches nothing', () => {
    const agreements = cardSubmitSchema.parse({
      verb: 'check-in-agreements',
      checkInId: 'c1',
      done: 'a1,a\u00002,a3',
    });
    expect(agreements).toMatchObject({ done: ['a1', 'a3'] });
    const logboek = cardSubmitSchema.parse({
      verb: 'logboek-save',
      week: '2026-W40',
      'done-a1': 'true',
      'done-a\u00002': 'true',
    });
    expect(logboek).toMatchObject({ done: ['a1'] });
  });

  it.each(['2026-13-01', '2026-02-30', '0000-01-01'])(
    'when a poll is set to close on %s, which has the form of a date but is none, then it is refused',
    (closesOn) => {
      const setup = {
        verb: 'poll-preview',
        template: 'dagdeel',
        anonymous: 'true',
        closesAt: '17:00',
      };
      expect(cardSubmitSchema.safeParse({ ...setup, closesOn: '2026-11-30' }).success).toBe(true);
      expect(cardSubmitSchema.safeParse({ ...setup, closesOn }).success).toBe(false);
    },
  );
});
