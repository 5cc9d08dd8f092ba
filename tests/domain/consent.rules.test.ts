import { consentStatus, mayContribute, planWithdrawal } from '../../domain/consent.rules';

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
