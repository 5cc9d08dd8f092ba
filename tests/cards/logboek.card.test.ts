import { z } from 'zod';
import type { Language } from '../../domain/language';
import type {
  AdaptiveCard,
  CardElement,
  ExecuteAction,
  TextInput,
  ToggleInput,
} from '../../cards/adaptive-card';
import {
  logboekLaterSchema,
  logboekSkipSchema,
  logboekSubmitSchema,
  renderLogboekCard,
  type LogboekCardModel,
  type LogboekRole,
} from '../../cards/logboek.card';
import { logboekEditSchema } from '../../cards/logboek-receipt.card';
import { strings } from '../../cards/strings';
import { cardBytes, createCardValidator, MAX_CARD_BYTES } from './card-schema';
import { withFallbacks } from './fallback-card';

const combinations: [Language, LogboekRole][] = [
  ['nl', 'aanjager'],
  ['en', 'aanjager'],
  ['nl', 'teamcoach'],
  ['en', 'teamcoach'],
];
const markdown = '1. **vet** _x_ [link](http://x) <at>Jan</at>';

function model(extra: Partial<LogboekCardModel> = {}): LogboekCardModel {
  return { language: 'nl', week: 48, weekId: '2026-W48', role: 'aanjager', ...extra };
}

function executes(card: AdaptiveCard): ExecuteAction[] {
  return (card.actions ?? []).map((action) => {
    if (action.type !== 'Action.Execute') throw new Error(`${action.type} is no Action.Execute`);
    return action;
  });
}

/** Every element, also those inside the "meer vragen" container. */
const flat = (elements: readonly CardElement[]): CardElement[] =>
  elements.flatMap((element) =>
    element.type === 'Container' ? [element, ...flat(element.items)] : [element],
  );
const ofType = <T extends CardElement['type']>(card: AdaptiveCard, type: T) =>
  flat(card.body).filter(
    (element): element is Extract<CardElement, { type: T }> => element.type === type,
  );
const texts = (card: AdaptiveCard) => ofType(card, 'TextBlock').map((block) => block.text);
const questions = (card: AdaptiveCard): TextInput[] => ofType(card, 'Input.Text');
const toggles = (card: AdaptiveCard): ToggleInput[] => ofType(card, 'Input.Toggle');
const goalSet = (card: AdaptiveCard) => ofType(card, 'Input.ChoiceSet')[0];

describe('renderLogboekCard', () => {
  const schemaErrors = createCardValidator();

  it.each(combinations)(
    'when rendered in %s for a %s, then it matches the snapshot',
    (language, role) => {
      expect(renderLogboekCard(model({ language, role }))).toMatchSnapshot();
    },
  );

  it('when rendered with a saved entry and open actions, then it matches the snapshot', () => {
    const card = renderLogboekCard(
      model({
        answers: { q1: 'twee gesprekken', q4: 'tijd', goals: [3, 1] },
        openActions: [{ id: 'a1', text: 'mentoren uitnodigen' }],
      }),
    );
    expect(card).toMatchSnapshot();
  });

  it.each(combinations)(
    'when rendered in %s for a %s, with or without prefill and open actions, then it is a valid AC 1.5 card',
    (language, role) => {
      const plain = renderLogboekCard(model({ language, role }));
      const full = renderLogboekCard(
        model({
          language,
          role,
          answers: { q1: markdown, q2: 'b', q3: 'c', q4: 'd', q5: 'e', goals: [1, 2, 3, 4] },
          openActions: [
            { id: 'a1', text: markdown },
            { id: 'a2', text: 'b' },
          ],
        }),
      );
      expect(schemaErrors(plain)).toEqual([]);
      expect(schemaErrors(full)).toEqual([]);
    },
  );

  it.each(combinations)(
    'when rendered in %s for a %s for a client without Universal Actions, then the fallbacks make a valid card',
    (language, role) => {
      const card = withFallbacks(renderLogboekCard(model({ language, role })));
      expect(card.actions?.map((action) => action.type)).toEqual(Array(3).fill('Action.Submit'));
      expect(schemaErrors(card)).toEqual([]);
    },
  );

  it('when a fallback is broken, then only validating the fallbacks as buttons notices (the AC 1.5 schema does not look inside fallback)', () => {
    const card = renderLogboekCard(model());
    const [save] = executes(card);
    const fallback = { ...save!.fallback, verb: 'logboek-save' } as ExecuteAction['fallback'];
    const broken = { ...card, actions: [{ ...save!, fallback }] };
    expect(schemaErrors(broken)).toEqual([]);
    expect(schemaErrors(withFallbacks(broken))).not.toEqual([]);
  });

  it.each(combinations)(
    'when rendered in %s for a %s, then every button is an Action.Execute carrying verb and week, with an Action.Submit fallback sending the same',
    (language, role) => {
      const actions = executes(renderLogboekCard(model({ language, role, weekId: '2026-W48' })));
      const t = strings(language).logboek;
      expect(actions.map((action) => [action.title, action.verb])).toEqual([
        [t.save, 'logboek-save'],
        [t.later, 'logboek-later'],
        [t.skip, 'logboek-skip'],
      ]);
      for (const action of actions) {
        const revision = action.verb === 'logboek-save' ? { rev: 0 } : {};
        expect(action.data).toEqual({ verb: action.verb, week: '2026-W48', ...revision });
        expect(action.fallback).toEqual({
          type: 'Action.Submit',
          title: action.title,
          data: action.data,
          ...(action.associatedInputs ? { associatedInputs: action.associatedInputs } : {}),
        });
      }
    },
  );

  it('when a button is pressed without typing anything, then its data parses with its own schema', () => {
    const [save, later, skip] = executes(renderLogboekCard(model()));
    expect(logboekSubmitSchema.parse(save!.data)).toEqual({
      verb: 'logboek-save',
      week: '2026-W48',
      rev: 0,
      goals: [],
      done: [],
    });
    expect(logboekLaterSchema.parse(later!.data)).toEqual(later!.data);
    expect(logboekSkipSchema.parse(skip!.data)).toEqual(skip!.data);
  });

  it('when the buttons are routed on verb together with the edit button, then each lands on its own schema', () => {
    const route = z.discriminatedUnion('verb', [
      logboekSubmitSchema,
      logboekLaterSchema,
      logboekSkipSchema,
      logboekEditSchema,
    ]);
    for (const action of executes(renderLogboekCard(model()))) {
      expect(route.parse({ ...action.data, q1: '' })).toMatchObject(action.data);
    }
  });

  it('when later or skip is pressed, then what was typed is not sent along; save sends it', () => {
    const [save, later, skip] = executes(renderLogboekCard(model()));
    expect(save).not.toHaveProperty('associatedInputs');
    for (const action of [later!, skip!]) {
      expect(action.associatedInputs).toBe('none');
      expect(action.fallback.associatedInputs).toBe('none');
    }
  });

  it.each(combinations)(
    'when rendered in %s for a %s, then it names the week and says that form does not matter',
    (language, role) => {
      const t = strings(language).logboek;
      const card = renderLogboekCard(model({ language, role, week: 7, weekId: '2027-W07' }));
      expect(texts(card).slice(0, 3)).toEqual([t.title(7), t.welcome, t.noFuss]);
      expect(texts(card)[0]).toContain('week 7');
    },
  );

  it.each<[Language, LogboekRole, 'questions' | 'coachQuestions']>([
    ['nl', 'aanjager', 'questions'],
    ['en', 'maatje', 'questions'],
    ['nl', 'teamcoach', 'coachQuestions'],
    ['en', 'teamcoach', 'coachQuestions'],
  ])(
    'when rendered in %s for a %s, then it asks the %s as five optional multi-line inputs',
    (language, role, set) => {
      const inputs = questions(renderLogboekCard(model({ language, role })));
      expect(inputs.map((input) => input.label)).toEqual(strings(language).logboek[set]);
      expect(inputs.map((input) => input.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
      for (const input of inputs) {
        expect(input).toMatchObject({ isMultiline: true, maxLength: 4000 });
        expect(input).not.toHaveProperty('isRequired');
        expect(input).not.toHaveProperty('value');
      }
    },
  );

  it('when a new week is shown, then only the first question is in sight and the rest sit behind "Meer vragen"', () => {
    const card = renderLogboekCard(model());
    const top = card.body.filter((element) => element.type === 'Input.Text');
    expect(top.map((input) => input.id)).toEqual(['q1']);
    const more = card.body.find((element) => element.type === 'Container');
    expect(more).toMatchObject({ id: 'more-questions', isVisible: false });
    const toggle = card.body.flatMap((element) =>
      element.type === 'ActionSet' ? element.actions : [],
    );
    expect(toggle).toEqual([
      {
        type: 'Action.ToggleVisibility',
        title: strings('nl').logboekFlow.moreQuestions,
        targetElements: ['more-questions'],
      },
    ]);
    expect(executes(card)[0]).toMatchObject({
      title: strings('nl').logboek.save,
      style: 'positive',
    });
  });

  it('when an entry with later answers is changed, then all questions show at once', () => {
    const card = renderLogboekCard(model({ answers: { q3: 'hielp', goals: [] }, revision: 2 }));
    expect(card.body.find((element) => element.type === 'Container')).toMatchObject({
      isVisible: true,
    });
    expect(card.body.some((element) => element.type === 'ActionSet')).toBe(false);
    expect(executes(card)[0]?.data).toMatchObject({ rev: 2 });
  });

  it('when rendered for a teamcoach, then the questions are about the schools they coach', () => {
    const [first] = questions(renderLogboekCard(model({ role: 'teamcoach' })));
    expect(first?.label).toContain('scholen die je coacht');
  });

  it.each<Language>(['nl', 'en'])(
    'when rendered in %s, then the four goals are one optional expanded multi-select',
    (language) => {
      const set = goalSet(renderLogboekCard(model({ language })));
      const t = strings(language).logboek;
      expect(set).toMatchObject({
        id: 'goals',
        label: t.goalsLabel,
        isMultiSelect: true,
        style: 'expanded',
      });
      expect(set?.choices).toEqual(
        [1, 2, 3, 4].map((n) => ({ title: t.goals[n as 1], value: `${n}` })),
      );
      expect(set).not.toHaveProperty('value');
      expect(set).not.toHaveProperty('isRequired');
    },
  );

  it('when an entry is prefilled, then its answers are the input values exactly as written, and its goals are chosen', () => {
    const card = renderLogboekCard(
      model({ answers: { q1: markdown, q3: 'hielp\nveel', q5: '', goals: [3, 7, 1, 3] } }),
    );
    expect(questions(card).map((input) => input.value)).toEqual([
      markdown,
      undefined,
      'hielp\nveel',
      undefined,
      undefined,
    ]);
    expect(goalSet(card)?.value).toBe('1,3');
  });

  it('when there are open actions, then each is a toggle done-<id>, unticked, its text shown as plain text', () => {
    const card = renderLogboekCard(
      model({
        openActions: [
          { id: 'a1', text: markdown },
          { id: '42', text: 'rooster bespreken' },
        ],
      }),
    );
    expect(texts(card)).toContain('Je had afgesproken (vink aan wat gelukt is):');
    expect(toggles(card)).toEqual([
      {
        type: 'Input.Toggle',
        id: 'done-a1',
        title: '1\\. \\*\\*vet\\*\\* \\_x\\_ \\[link\\](http://x) \\<at>Jan\\</at>',
        value: 'false',
        valueOn: 'true',
        valueOff: 'false',
        wrap: true,
      },
      expect.objectContaining({ id: 'done-42', title: 'rooster bespreken' }),
    ]);
  });

  it.each([[undefined], [[]]])(
    'when the open actions are %j, then there is no agreed line and no toggle',
    (openActions) => {
      const card = renderLogboekCard(model({ openActions }));
      expect(toggles(card)).toEqual([]);
      expect(texts(card)).not.toContain(strings('nl').logboek.agreed);
    },
  );

  it.each(['a', 'vandaag "twee" gesprekken met **mentoren** ë 日 😀\n- en <at>Jan</at>\n'])(
    'when five 4000-character answers made of %j and open actions are prefilled, then the card stays under 80 KB as Teams counts it',
    (piece) => {
      const text = piece.repeat(Math.ceil(4000 / piece.length)).slice(0, 4000);
      const card = renderLogboekCard(
        model({
          role: 'teamcoach',
          answers: { q1: text, q2: text, q3: text, q4: text, q5: text, goals: [1, 2, 3, 4] },
          openActions: Array.from({ length: 10 }, (_, i) => ({
            id: `action-${i}`,
            text: markdown.repeat(4),
          })),
        }),
      );
      expect(schemaErrors(card)).toEqual([]);
      expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
      // Teams measures the payload in UTF-16 code units
      expect(JSON.stringify(card).length * 2).toBeLessThan(MAX_CARD_BYTES);
    },
  );

  it.each([
    ['a week number that differs from the id', { week: 47, weekId: '2026-W48' }],
    ['a week id the schemas refuse', { week: 48, weekId: '2026-48' }],
  ])('when given %s, then it refuses to render', (_, weeks) => {
    expect(() => renderLogboekCard(model(weeks))).toThrow(/week/);
  });

  it.each<Language>(['nl', 'en'])(
    'when shown in %s, then every logboek text starts with a capital',
    (language) => {
      const t = strings(language).logboek;
      const shown = [
        t.title(48),
        t.welcome,
        t.noFuss,
        t.agreed,
        ...t.questions,
        ...t.coachQuestions,
        t.goalsLabel,
        ...Object.values(t.goals),
        t.save,
        t.later,
        t.skip,
        t.saved(48),
        t.skipped(48),
        t.savedAt('x'),
        t.tagged('x'),
        t.edit,
        t.editUntil('x'),
        t.fillIn,
        t.fillInUntil('x'),
      ];
      for (const text of shown) {
        expect(text).toMatch(/^\p{Lu}/u);
      }
    },
  );
});

const week = '2026-W48';

describe('logboekSubmitSchema', () => {
  it('when Teams sends what the card holds, then it parses to answers, sorted goals and ticked actions', () => {
    const value = {
      verb: 'logboek-save',
      week,
      q1: 'twee gesprekken',
      q2: '',
      q3: '   ',
      q4: 'tijd\n',
      q5: '',
      goals: '3,1',
      'done-a1': 'true',
      'done-42': 'false',
    };
    expect(logboekSubmitSchema.parse(value)).toEqual({
      ...value,
      q2: undefined,
      q3: undefined,
      q5: undefined,
      goals: [1, 3],
      done: ['a1'],
    });
  });

  it.each([
    ['', []],
    [undefined, []],
    ['2', [2]],
    ['4,2,4,1', [1, 2, 4]],
    [' 2 , 3 ', [2, 3]],
  ])('when goals arrive as %j, then they parse to %j', (goals, parsed) => {
    expect(logboekSubmitSchema.parse({ verb: 'logboek-save', week, goals }).goals).toEqual(parsed);
  });

  it('when an answer is exactly 4000 characters, then it parses unchanged', () => {
    const q3 = 'a'.repeat(4000);
    expect(logboekSubmitSchema.parse({ verb: 'logboek-save', week, q3 }).q3).toBe(q3);
  });

  it('when it arrives as an invoke, with keys Teams adds, then it parses the same', () => {
    const data = { verb: 'logboek-save', week, q1: 'hoi', goals: '', extra: { x: 1 } };
    expect(logboekSubmitSchema.parse(data)).toMatchObject({ q1: 'hoi', extra: { x: 1 } });
  });

  it.each<[string, object]>([
    ['a week without W', { week: '2026-48' }],
    ['a one-digit week', { week: '2026-W5' }],
    ['a two-digit year', { week: '26-W48' }],
    ['week 0', { week: '2026-W00' }],
    ['week 54', { week: '2026-W54' }],
    ['no week', { week: undefined }],
    ['an unknown goal 5', { goals: '5' }],
    ['an unknown goal among known ones', { goals: '1,5' }],
    ['goal 0', { goals: '0' }],
    ['goals separated by semicolons', { goals: '1;3' }],
    ['goals as numbers', { goals: [1, 3] }],
    ['an empty goal in the list', { goals: '1,,3' }],
    ['an answer over 4000 characters', { q2: 'a'.repeat(4001) }],
    ['an answer that is not text', { q1: 42 }],
    ['a toggle that is neither true nor false', { 'done-a1': 'yes' }],
    ['a toggle sent as a boolean', { 'done-a1': true }],
    ['another verb', { verb: 'logboek-later' }],
  ])('when the data holds %s, then it is refused', (_, change) => {
    expect(logboekSubmitSchema.safeParse({ verb: 'logboek-save', week, ...change }).success).toBe(
      false,
    );
  });
});

describe.each([
  ['logboekLaterSchema', logboekLaterSchema, 'logboek-later'],
  ['logboekSkipSchema', logboekSkipSchema, 'logboek-skip'],
] as const)('%s', (_, schema, verb) => {
  it('when the button sends its verb and week, then it parses', () => {
    expect(schema.parse({ verb, week })).toEqual({ verb, week });
  });

  it.each<[string, object]>([
    ['a bad week', { verb, week: '2026-W60' }],
    ['no week', { verb }],
    ['another verb', { verb: 'logboek-save', week }],
  ])('when the data has %s, then it is refused', (__, value) => {
    expect(schema.safeParse(value).success).toBe(false);
  });
});
