import { helpEntries, recognize } from '../../bot/commands';
import type { Role } from '../../domain/roles';

describe('command table', () => {
  it.each([
    ['help', 'help'],
    ['Help!', 'help'],
    ['  HULP  ', 'help'],
    ['<at>koers</at> help', 'help'],
    ['/help', 'help'],
    ['what can you do', 'help'],
    ['logboek vandaag veel gedaan', 'logboek'],
    ['Mijn gegevens', 'personal-data'],
    ['my data', 'personal-data'],
    ['koppel KX7P-M3QD', 'join'],
    ['stoppen', 'consent'],
    ['toestemming', 'consent'],
    ['pseudoniem P-03-07', 'pseudonym'],
    ['mijn logboek', 'my-logboek'],
    ['Mijn  Logboek!', 'my-logboek'],
    ['<at>koers</at> my logbook', 'my-logboek'],
    ['mijn weken', 'my-logboek'],
    ['logboek', 'logboek'],
    ['logboek mijn week was druk', 'logboek'],
    ['uren 1,5', 'hours'],
    ['hours 2 12-11', 'hours'],
    ['dagdeel 12-11 teamdag', 'dagdeel'],
    ['team session', 'dagdeel'],
    ['check-in plannen', 'check-in'],
    ['Plan check-in', 'check-in'],
    ['checkin plannen', 'check-in'],
    ['check-in', 'check-in'],
    ['voortgang', 'progress'],
    ['mijn check-ins', 'my-check-ins'],
    ['check-ins', 'my-check-ins'],
    ['progress', 'progress'],
    ['overzicht', 'progress'],
  ])('when someone types %p, then it is the %p command', (text, id) => {
    expect(recognize(text)?.command.id).toBe(id);
  });

  it.each(['helpen', 'kun je helpen?', '', 'logboeken', 'mijn'])(
    'when someone types %p, then no command matches',
    (text) => {
      expect(recognize(text)).toBeUndefined();
    },
  );

  it('when a command has words after it, then they come along as arguments', () => {
    expect(recognize('help mij even')).toMatchObject({ args: 'mij even' });
  });

  it('when text follows a command, then it comes along exactly as typed', () => {
    expect(recognize('koppel  KX7P-M3QD')).toMatchObject({ args: 'KX7P-M3QD' });
    expect(recognize('<at>koers</at> Logboek Vandaag met Jan.\nEn morgen?')).toMatchObject({
      args: 'Vandaag met Jan.\nEn morgen?',
    });
    expect(recognize('/mijn   gegevens!')).toMatchObject({ args: '' });
  });

  it('when mijn logboek is typed, then it is not read as a logboek note and takes no argument along', () => {
    expect(recognize('mijn logboek')).toMatchObject({ command: { id: 'my-logboek' }, args: '' });
    expect(recognize('logboek')).toMatchObject({ command: { id: 'logboek' }, args: '' });
  });

  it('when help is listed, then each language shows its own words and descriptions', () => {
    expect(helpEntries('nl', [])[0]).toEqual({ word: 'help', description: 'Zien wat ik kan' });
    expect(helpEntries('en', [])[0]).toEqual({ word: 'help', description: 'See what I can do' });
    expect(helpEntries('en', ['aanjager']).map((e) => e.word)).toContain('my data');
  });

  const everyone = ['help', 'toestemming', 'mijn gegevens', 'koppel <code>'];
  const keeper = [
    'logboek [tekst | bekijken | week 48]',
    'mijn logboek',
    'voortgang',
    'moment',
    'mijn check-ins',
  ];
  it.each<[string, Role[], string[]]>([
    ['someone not linked yet', [], everyone],
    ['an aanjager', ['aanjager'], [...everyone, ...keeper, 'peiling', 'peiling resultaten']],
    ['a maatje', ['maatje'], [...everyone, ...keeper]],
    [
      'a teamcoach',
      ['teamcoach'],
      [
        ...everyone,
        ...keeper,
        'uren 1,5 [12-11] [notitie]',
        'dagdeel [12-11] [notitie]',
        'check-in plannen',
        'peiling',
        'peiling resultaten',
      ],
    ],
    ['an onderzoeker', ['onderzoeker'], [...everyone, 'pseudoniem <code>']],
    ['a docent', ['docent'], everyone],
    ['management', ['management'], everyone],
    ['a beheerder', ['beheerder'], everyone],
  ])(
    'when help is listed for %s, then it shows what they can do, with the syntax',
    (_, roles, words) => {
      expect(
        helpEntries('nl', roles)
          .map((e) => e.word)
          .sort(),
      ).toEqual([...words].sort());
    },
  );
});
