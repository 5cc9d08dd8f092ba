import { mayBeInvited, recordingChoiceFor } from '../../domain/slotinterviews';

describe('who is invited, and what a press on the recording card means', () => {
  it('when the appointment is coaching, then only someone taking part in the study is invited, never without consent', () => {
    expect(mayBeInvited('coaching', 'aanjager', 'given')).toBe(true);
    expect(mayBeInvited('coaching', 'aanjager', undefined)).toBe(false);
    expect(mayBeInvited('coaching', 'management', undefined)).toBe(false);
  });

  it('when it is a slotinterview, then a manager without study consent is invited, but not one who said no', () => {
    expect(mayBeInvited('slotinterview', 'management', undefined)).toBe(true);
    expect(mayBeInvited('slotinterview', 'management', 'declined')).toBe(false);
    expect(mayBeInvited('slotinterview', 'management', 'withdrawn')).toBe(false);
    expect(mayBeInvited('slotinterview', 'maatje', 'withdrawn')).toBe(false);
    expect(mayBeInvited('slotinterview', 'maatje', 'given')).toBe(true);
  });

  it('when someone presses no after a yes, then that is a withdrawal; before any yes it is a refusal', () => {
    const given = { choice: 'given' as const, at: new Date(), textVersion: 1, textHash: 'h' };
    expect(recordingChoiceFor('refused', given)).toBe('withdrawn');
    expect(recordingChoiceFor('refused', undefined)).toBe('refused');
    expect(recordingChoiceFor('given', { ...given, choice: 'withdrawn' })).toBe('given');
  });
});
