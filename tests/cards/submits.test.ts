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
});
