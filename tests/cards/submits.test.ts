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
});
