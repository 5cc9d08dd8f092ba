import { helpEntries, recognize } from '../../bot/commands';

describe('command table', () => {
  it.each([
    ['help', 'help'],
    ['Help!', 'help'],
    ['  HULP  ', 'help'],
    ['<at>koers</at> help', 'help'],
    ['/help', 'help'],
    ['what can you do', 'help'],
  ])('when someone types %p, then it is the %p command', (text, id) => {
    expect(recognize(text)?.command.id).toBe(id);
  });

  it.each(['helpen', 'kun je helpen?', '', 'logboek'])(
    'when someone types %p, then no command matches',
    (text) => {
      expect(recognize(text)).toBeUndefined();
    },
  );

  it('when a command has words after it, then they come along as arguments', () => {
    expect(recognize('help mij even')).toMatchObject({ args: 'mij even' });
  });

  it('when help is listed, then each language shows its own description', () => {
    expect(helpEntries('nl')).toEqual([{ word: 'help', description: 'zien wat ik kan' }]);
    expect(helpEntries('en')).toEqual([{ word: 'help', description: 'see what I can do' }]);
  });
});
