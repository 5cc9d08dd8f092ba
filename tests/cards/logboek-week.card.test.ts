import type { AdaptiveCard } from '../../cards/adaptive-card';
import {
  fileSize,
  renderLogboekWeekCard,
  type LogboekWeekModel,
} from '../../cards/logboek-week.card';
import { logboekEditSchema } from '../../cards/logboek-receipt.card';
import { strings } from '../../cards/strings';
import type { Language } from '../../domain/language';
import { cardBytes, createCardValidator, MAX_CARD_BYTES } from './card-schema';
import { withFallbacks } from './fallback-card';

const languages: Language[] = ['nl', 'en'];

function model(extra: Partial<LogboekWeekModel> = {}): LogboekWeekModel {
  return {
    language: 'nl',
    week: 48,
    weekId: '2026-W48',
    role: 'aanjager',
    writtenOn: '27 november 2026',
    entry: {
      answers: { q1: 'twee mentoren gesproken', q3: 'de koffie', q5: 'nog één ding' },
      goals: [3, 1],
    },
    notes: [{ text: 'later op de dag: Jan wil meedoen' }],
    files: [{ name: 'spraakbericht.m4a', sizeBytes: 1_300_000 }],
    editableUntil: '4 december 2026',
    ...extra,
  };
}

const texts = (card: AdaptiveCard) =>
  card.body.flatMap((e) => (e.type === 'TextBlock' ? [e.text] : []));

describe('renderLogboekWeekCard', () => {
  const schemaErrors = createCardValidator();

  it.each(languages)('when a week is shown in %s, then it matches the snapshot', (language) => {
    expect(renderLogboekWeekCard(model({ language }))).toMatchSnapshot();
  });

  it.each<[string, Partial<LogboekWeekModel>]>([
    ['a whole week, changeable', {}],
    ['the window passed', { editableUntil: null }],
    ['only notes', { entry: null, editableUntil: null }],
    ['a teamcoach entry without notes or files', { role: 'teamcoach', notes: [], files: [] }],
    [
      'every answer at its longest, all markdown, and many notes',
      {
        entry: {
          answers: Object.fromEntries(
            ['q1', 'q2', 'q3', 'q4', 'q5'].map((q) => [q, '\\'.repeat(4000)]),
          ),
          goals: [1, 2, 3, 4],
        },
        notes: Array.from({ length: 40 }, (_, i) => ({
          text: '*_'.repeat(5000),
          removableId: `n${i}`,
        })),
      },
    ],
  ])('when it shows %s, then it is a valid AC 1.5 card under 80 KB', (_, extra) => {
    for (const language of languages) {
      const card = renderLogboekWeekCard(model({ language, ...extra }));
      expect(schemaErrors(card)).toEqual([]);
      expect(schemaErrors(withFallbacks(card))).toEqual([]);
      expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
    }
  });

  it('when a week is shown, then each question comes with its answer, or says it was left empty', () => {
    const lines = texts(renderLogboekWeekCard(model()));
    expect(lines.slice(0, 3)).toEqual([
      'Je logboek, week 48',
      'Geschreven op 27 november 2026',
      'Doelen: visie · eigen rol',
    ]);
    expect(lines.slice(3, 13)).toEqual([
      expect.stringMatching(/^Hoe werkte je deze week aan de vier doelen/),
      'twee mentoren gesproken',
      expect.stringMatching(/^Wat deed dat met jou/),
      'Leeg gelaten',
      'Wat hielp?',
      'de koffie',
      'Wat zat in de weg?',
      'Leeg gelaten',
      'Is er verder nog iets wat je kwijt wilt?',
      'nog één ding',
    ]);
    expect(lines.slice(13)).toEqual([
      'Notities',
      'later op de dag: Jan wil meedoen',
      'Bestanden',
      'spraakbericht.m4a (1,2 MB)',
      'Aanpassen kan tot en met 4 december 2026.',
    ]);
  });

  it('when answers, notes and file names hold markdown, then they are shown as plain text', () => {
    const card = renderLogboekWeekCard(
      model({
        entry: { answers: { q2: '# kop\n1. **vet** <at>Jan</at>' }, goals: [] },
        notes: [{ text: '[klik](https://x.nl) _schuin_' }],
        files: [{ name: 'notitie_*1*.m4a', sizeBytes: 2048 }],
      }),
    );
    const lines = texts(card);
    expect(lines).toContain('# kop\n1\\. \\*\\*vet\\*\\* \\<at>Jan\\</at>');
    expect(lines).toContain('\\[klik\\](https://x.nl) \\_schuin\\_');
    expect(lines).toContain('notitie\\_\\*1\\*.m4a (2 kB)');
  });

  it('when the entry is inside its window, then the aanpassen button opens it like the receipt', () => {
    const [edit] = renderLogboekWeekCard(model()).actions ?? [];
    if (edit?.type !== 'Action.Execute') throw new Error('expected an Action.Execute');
    expect(edit).toMatchObject({ title: 'Aanpassen', verb: 'logboek-edit' });
    expect(logboekEditSchema.parse(edit.data)).toEqual({ verb: 'logboek-edit', week: '2026-W48' });
    expect(logboekEditSchema.parse(edit.fallback.data)).toEqual(edit.data);
  });

  it('when the window has passed, then there is no button and no date to change it by', () => {
    const card = renderLogboekWeekCard(model({ editableUntil: null }));
    expect(card).not.toHaveProperty('actions');
    expect(texts(card).join('\n')).not.toContain('Aanpassen');
  });

  it('when the week holds only notes, then no questions are shown', () => {
    const lines = texts(renderLogboekWeekCard(model({ entry: null, editableUntil: null })));
    expect(lines.join('\n')).not.toMatch(/Wat hielp|Leeg gelaten|Doelen/);
    expect(lines).toContain('later op de dag: Jan wil meedoen');
  });

  it("when the author is a teamcoach, then the card shows the teamcoach's questions", () => {
    const lines = texts(renderLogboekWeekCard(model({ role: 'teamcoach', language: 'en' })));
    expect(lines).toContain('What helped, and what got in the way?');
  });

  it('when everything written does not fit, then later texts are cut short and the card says so', () => {
    const card = renderLogboekWeekCard(
      model({
        notes: Array.from({ length: 20 }, (_, i) => ({ text: `${i} ${'a'.repeat(9000)}` })),
      }),
    );
    const lines = texts(card);
    expect(lines).toContain('twee mentoren gesproken');
    expect(lines.some((l) => l.endsWith('…'))).toBe(true);
    expect(lines).toContain(
      'Niet alles past op deze kaart. Typ mijn gegevens voor een bestand met alles.',
    );
    expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
  });

  it.each([
    [500, 'nl', '1 kB'],
    [340_000, 'nl', '333 kB'],
    [1_300_000, 'nl', '1,2 MB'],
    [1_300_000, 'en', '1.2 MB'],
    [25 * 1024 * 1024, 'en', '25 MB'],
  ] as const)('when a file has %d bytes, then in %s it reads %s', (bytes, language, shown) => {
    expect(fileSize(bytes, language)).toBe(shown);
  });

  it('when a week holds only a recording, then it shows the file, not five empty questions', () => {
    const card = renderLogboekWeekCard(
      model({
        entry: { answers: {}, goals: [] },
        notes: [],
        files: [{ name: 'spraakbericht.m4a', sizeBytes: 1_300_000 }],
      }),
    );
    const lines = texts(card);
    expect(lines).toContain('spraakbericht.m4a (1,2 MB)');
    expect(lines).not.toContain(strings('nl').myLogboek.leftEmpty);
  });

  it('when a note can still be taken back, then a button under it removes that note', () => {
    const card = renderLogboekWeekCard(
      model({ notes: [{ text: 'vast' }, { text: 'nog open', removableId: 'note-7' }] }),
    );
    const sets = (card.body ?? []).filter((element) => element.type === 'ActionSet');
    expect(sets).toHaveLength(1);
    const [remove] = sets[0]?.type === 'ActionSet' ? sets[0].actions : [];
    expect(remove).toMatchObject({
      title: strings('nl').logboekFlow.removeNote,
      data: { verb: 'note-undo', id: 'note-7' },
    });
  });

  it('when the week number and id disagree, then it refuses to render', () => {
    expect(() => renderLogboekWeekCard(model({ week: 47 }))).toThrow(/week/);
  });
});
