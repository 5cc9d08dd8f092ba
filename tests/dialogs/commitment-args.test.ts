import { parseCommitmentArgs } from '../../dialogs/commitment-args';

const TODAY = '2026-11-27';

describe('parseCommitmentArgs', () => {
  it.each([
    ['1,5', { minutes: 90, heldOn: TODAY }],
    ['1.5', { minutes: 90, heldOn: TODAY }],
    ['2', { minutes: 120, heldOn: TODAY }],
    ['0,25', { minutes: 15 }],
    ['1,75 uur', { minutes: 105 }],
    ['3u', { minutes: 180 }],
    ['2 12-11', { minutes: 120, heldOn: '2026-11-12' }],
    ['2 12/11/2025', { minutes: 120, heldOn: '2025-11-12' }],
    ['2 12-11 gesprek met directie', { heldOn: '2026-11-12', note: 'gesprek met directie' }],
    ['1 gesprek met directie', { heldOn: TODAY, note: 'gesprek met directie' }],
  ])('when hours are typed as %p, then they are read as %j', (args, expected) => {
    expect(parseCommitmentArgs('hours', args, TODAY)).toEqual({
      ok: true,
      value: expect.objectContaining({ kind: 'hours', ...expected }),
    });
  });

  it('when a date without a year lies after today, then it is last year’s', () => {
    expect(parseCommitmentArgs('hours', '1 30-12', '2027-01-04')).toMatchObject({
      value: { heldOn: '2026-12-30' },
    });
  });

  it.each([
    ['', { heldOn: TODAY }],
    ['12-11', { heldOn: '2026-11-12' }],
    ['12-11 teamdag over de visie', { heldOn: '2026-11-12', note: 'teamdag over de visie' }],
    ['teamdag', { heldOn: TODAY, note: 'teamdag' }],
  ])('when a dagdeel is typed as %p, then it is read as %j, without minutes', (args, expected) => {
    const parsed = parseCommitmentArgs('dagdeel', args, TODAY);
    expect(parsed).toEqual({ ok: true, value: { kind: 'dagdeel', minutes: null, ...expected } });
  });

  it.each([
    ['nothing', ''],
    ['a word for the amount', 'twee'],
    ['no hours at all', '0'],
    ['more than a day', '25'],
    ['three decimals', '1,125'],
    ['a negative number', '-1'],
    ['a date that does not exist', '2 31-02'],
    ['a month that does not exist', '2 12-13'],
    ['a date first', '12-11 2'],
    ['a note over 2000 characters', `1 ${'x'.repeat(2001)}`],
  ])('when hours come with %s, then the answer is the usage hint', (_, args) => {
    expect(parseCommitmentArgs('hours', args, TODAY)).toEqual({ ok: false, reason: 'usage' });
  });

  it('when a date with a year lies in the future, then it is refused as such', () => {
    expect(parseCommitmentArgs('dagdeel', '12-11-2027', TODAY)).toEqual({
      ok: false,
      reason: 'in-future',
    });
    expect(parseCommitmentArgs('hours', '1 28-11-2026', TODAY)).toMatchObject({
      reason: 'in-future',
    });
  });
});
