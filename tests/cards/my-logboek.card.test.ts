import type { AdaptiveCard, SubmitData } from '../../cards/adaptive-card';
import {
  firstLine,
  myLogboekWeekSchema,
  renderMyLogboekCard,
  type MyLogboekWeek,
} from '../../cards/my-logboek.card';
import { cardSubmitSchema } from '../../cards/submits';
import type { Language } from '../../domain/language';
import { cardBytes, createCardValidator, MAX_CARD_BYTES } from './card-schema';

const languages: Language[] = ['nl', 'en'];

const weeks: MyLogboekWeek[] = [
  {
    week: 48,
    weekId: '2026-W48',
    kind: 'written',
    writtenOn: '27 nov',
    goals: [3, 1],
    text: 'twee mentoren gesproken over hun eigen rol\nen daarna nog veel meer',
  },
  { week: 47, weekId: '2026-W47', kind: 'written', writtenOn: '20 nov', goals: [] },
  { week: 46, weekId: '2026-W46', kind: 'skipped' },
  { week: 45, weekId: '2026-W45', kind: 'nothing' },
  { week: 44, weekId: '2026-W44', kind: 'quiet' },
];

const texts = (card: AdaptiveCard) =>
  card.body.flatMap((e) => (e.type === 'TextBlock' ? [e.text] : []));
const buttons = (card: AdaptiveCard): SubmitData[] =>
  card.body.flatMap((e) =>
    e.type === 'ActionSet' ? e.actions.flatMap((a) => ('data' in a ? [a.data] : [])) : [],
  );

describe('renderMyLogboekCard', () => {
  const schemaErrors = createCardValidator();

  it.each(languages)('when the weeks are shown in %s, then it matches the snapshot', (language) => {
    expect(renderMyLogboekCard({ language, weeks })).toMatchSnapshot();
  });

  it.each<[string, MyLogboekWeek[]]>([
    ['five kinds of week', weeks],
    ['no weeks at all', []],
    [
      'eight long written weeks',
      Array.from({ length: 8 }, (_, i) => ({
        week: 48 - i,
        weekId: `2026-W${48 - i}`,
        kind: 'written' as const,
        writtenOn: '27 nov',
        goals: [1, 2, 3, 4],
        text: '*'.repeat(4000),
      })),
    ],
  ])('when it holds %s, then it is a valid AC 1.5 card under 80 KB', (_, list) => {
    for (const language of languages) {
      const card = renderMyLogboekCard({ language, weeks: list });
      expect(schemaErrors(card)).toEqual([]);
      expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
    }
  });

  it('when weeks are listed, then each reads week, date, goal tags and first line, or how it went', () => {
    expect(texts(renderMyLogboekCard({ language: 'nl', weeks })).slice(2)).toEqual([
      'Week 48 · 27 nov · visie, eigen rol · twee mentoren gesproken over hun eigen rol',
      'Week 47 · 20 nov',
      'Week 46 · overgeslagen',
      'Week 45 · niets geschreven',
      'Week 44 · vakantie of pauze',
    ]);
    expect(texts(renderMyLogboekCard({ language: 'en', weeks })).slice(4)).toEqual([
      'Week 46 · skipped',
      'Week 45 · nothing written',
      'Week 44 · holiday or pause',
    ]);
  });

  it('when a week holds only a recording and a file, then its line says so', () => {
    const recorded: MyLogboekWeek[] = [
      {
        week: 48,
        weekId: '2026-W48',
        kind: 'written',
        writtenOn: '27 nov',
        goals: [],
        sent: { voice: 1, other: 2 },
      },
    ];
    expect(texts(renderMyLogboekCard({ language: 'nl', weeks: recorded })).slice(2)).toEqual([
      'Week 48 · 27 nov · Een spraakbericht, 2 bestanden',
    ]);
    expect(texts(renderMyLogboekCard({ language: 'en', weeks: recorded })).slice(2)).toEqual([
      'Week 48 · 27 nov · A voice message, 2 files',
    ]);
  });

  it('when a week holds something, then it alone gets a bekijken button whose data parses', () => {
    const card = renderMyLogboekCard({ language: 'nl', weeks });
    expect(buttons(card)).toEqual([
      { verb: 'my-logboek-week', week: '2026-W48' },
      { verb: 'my-logboek-week', week: '2026-W47' },
    ]);
    for (const data of buttons(card)) {
      expect(myLogboekWeekSchema.parse(data)).toEqual(data);
      expect(cardSubmitSchema.parse(data)).toEqual(data);
    }
    expect(card).not.toHaveProperty('actions');
  });

  it('when the first line holds markdown or a mention, then it is shown as plain text', () => {
    const written: MyLogboekWeek = {
      week: 48,
      weekId: '2026-W48',
      kind: 'written',
      writtenOn: '27 nov',
      goals: [],
      text: '**vet** <at>Jan</at> [link](https://x.nl)',
    };
    const [line] = texts(renderMyLogboekCard({ language: 'nl', weeks: [written] })).slice(2);
    expect(line).toBe(
      'Week 48 · 27 nov · \\*\\*vet\\*\\* \\<at>Jan\\</at> \\[link\\](https://x.nl)',
    );
  });

  it.each([
    ['a short line', 'kort', 'kort'],
    ['lines after the first', '\n\n  eerste regel \ntweede regel', 'eerste regel'],
    ['only spaces', '   \n ', ''],
    [
      'a line over 60 characters',
      'vandaag met het hele team gesproken over wat loopbaanbegeleiding voor ons betekent',
      'vandaag met het hele team gesproken over wat…',
    ],
    ['one word over 60 characters', 'x'.repeat(70), `${'x'.repeat(60)}…`],
    ['exactly 60 characters', 'y'.repeat(60), 'y'.repeat(60)],
  ])('when the text is %s, then the first line is cut right', (_, text, expected) => {
    expect(firstLine(text)).toBe(expected);
    expect([...firstLine(text)].length).toBeLessThanOrEqual(61);
  });

  it('when the week number and id disagree, then it refuses to render', () => {
    const wrong: MyLogboekWeek = { week: 49, weekId: '2026-W48', kind: 'nothing' };
    expect(() => renderMyLogboekCard({ language: 'nl', weeks: [wrong] })).toThrow(/week/);
  });

  it.each<[string, object]>([
    ['a week that does not exist', { verb: 'my-logboek-week', week: '2026-W54' }],
    ['a week written short', { verb: 'my-logboek-week', week: '2026-W4' }],
    ['no week', { verb: 'my-logboek-week' }],
  ])('when the button data holds %s, then both schemas refuse it', (_, value) => {
    expect(myLogboekWeekSchema.safeParse(value).success).toBe(false);
    expect(cardSubmitSchema.safeParse(value).success).toBe(false);
  });
});
