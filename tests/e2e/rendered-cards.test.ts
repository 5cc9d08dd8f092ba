import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { helpEntries } from '../../bot/commands';
import { escapeMarkdown, type AdaptiveCard } from '../../cards/adaptive-card';
import { defaultConsentText } from '../../cards/consent-text.default';
import { renderConsentStatusCard } from '../../cards/consent-status.card';
import { renderConsentCard } from '../../cards/consent.card';
import { renderHelpCard } from '../../cards/help.card';
import { renderLogboekConflictCard } from '../../cards/logboek-conflict.card';
import { renderLogboekMovedCard } from '../../cards/logboek-moved.card';
import { renderLogboekReminderCard } from '../../cards/logboek-reminder.card';
import { renderLogboekReceiptCard } from '../../cards/logboek-receipt.card';
import { renderLogboekWeekCard } from '../../cards/logboek-week.card';
import { renderLogboekCard } from '../../cards/logboek.card';
import { renderMyLogboekCard } from '../../cards/my-logboek.card';
import { renderNoteOfferCard } from '../../cards/note-offer.card';
import { renderNoteReceiptCard } from '../../cards/note-receipt.card';
import { renderNudgeCard } from '../../cards/nudge.card';
import { renderSilentWeeksCard } from '../../cards/silent-weeks.card';
import { strings } from '../../cards/strings';
import { renderWelcomeCard } from '../../cards/welcome.card';
import { renderWithdrawCard } from '../../cards/withdraw.card';
import type { Language } from '../../domain/language';
import { TeamsCardRenderer } from '../support/teams-card-renderer';

// Git-ignored: look at these after a change to a card's words or layout.
const SCREENSHOTS = join(__dirname, '..', 'output');
/** What someone might be called or type: bold, a link and a mention, none of which may render. */
const MARKED = '**x** [a](b) <at>Jan</at>';

jest.setTimeout(120_000);

function cards(language: Language): [string, AdaptiveCard][] {
  const study = {
    id: 'study-1',
    name: MARKED,
    contact: { name: MARKED, email: 'a_b@example.org' },
    erasure: 'window' as const,
    withdrawalWorkingDays: 5,
    extraNonWorkingDays: [],
  };
  const logboek = { language, week: 48, weekId: '2026-W48', role: 'aanjager' as const };
  const openActions = [{ id: 'a1', text: `1. ${MARKED}` }];
  return [
    ['welcome', renderWelcomeCard({ language, name: `${MARKED} de Vries` })],
    [
      'help',
      renderHelpCard({
        language,
        commands: helpEntries(language, ['aanjager']),
        roles: ['aanjager'],
        joinUsage: 'koppel <code>',
      }),
    ],
    [
      'help-not-linked',
      renderHelpCard({
        language,
        commands: helpEntries(language, []),
        roles: [],
        joinUsage: 'koppel <code>',
      }),
    ],
    ['logboek', renderLogboekCard({ ...logboek, openActions })],
    ['reminder', renderLogboekReminderCard(logboek)],
    ['logboek-moved', renderLogboekMovedCard(logboek)],
    [
      'logboek-conflict',
      renderLogboekConflictCard({
        ...logboek,
        stored: { q1: MARKED, goals: [1] },
        storedRevision: 2,
        offered: { q1: `${MARKED} 2`, goals: [] },
      }),
    ],
    [
      'note-receipt',
      renderNoteReceiptCard({ language, week: 48, until: '4 december', noteId: 'note-1' }),
    ],
    [
      'receipt',
      renderLogboekReceiptCard({
        ...logboek,
        savedAt: 'vrijdag 27 november, 15:12',
        editableUntil: '4 december',
        goals: [1, 3],
      }),
    ],
    [
      'logboek-week',
      renderLogboekWeekCard({
        ...logboek,
        writtenOn: '27 november 2026',
        entry: { answers: { q1: MARKED, q3: `- ${MARKED}` }, goals: [3, 1] },
        notes: [{ text: MARKED, removableId: 'note-1' }],
        files: [{ name: 'spraak_*1*.m4a', sizeBytes: 1_300_000 }],
        editableUntil: '4 december 2026',
      }),
    ],
    [
      'my-logboek',
      renderMyLogboekCard({
        language,
        weeks: [
          {
            week: 48,
            weekId: '2026-W48',
            kind: 'written',
            writtenOn: '27 nov',
            goals: [1],
            text: MARKED,
          },
          { week: 47, weekId: '2026-W47', kind: 'skipped' },
        ],
      }),
    ],
    ['note-offer', renderNoteOfferCard({ language, week: 48, text: `1. ${MARKED}` })],
    [
      'consent',
      renderConsentCard({
        language,
        study,
        text: { version: 1, body: defaultConsentText(study)[language] },
      }),
    ],
    [
      'consent-status',
      renderConsentStatusCard({
        language,
        studies: [{ id: 's1', name: MARKED, status: 'given', since: '3 maart 2025' }],
      }),
    ],
    ['withdraw', renderWithdrawCard({ language, study, erase: 1, keep: 2 })],
    [
      'silent-weeks',
      renderSilentWeeksCard({ language, name: MARKED, memberId: 'm1', week: '2026-W49' }),
    ],
    ['nudge', renderNudgeCard({ language, memberId: 'm1', name: MARKED })],
  ];
}

/** Every message text in the table, with people's names and words filled in, escaped as Koers does. */
function messages(value: unknown): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (typeof value === 'function') {
    const named = escapeMarkdown(MARKED);
    const say = value as (...args: unknown[]) => unknown;
    // `list` joins names; everything else takes words or numbers, shown as given.
    return messages(say.name === 'list' ? say([named, named]) : say(named, named, named));
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(messages);
  return [];
}

/** The card with every hidden part shown, as after pressing its toggle buttons. */
function opened(card: AdaptiveCard): AdaptiveCard {
  return JSON.parse(
    JSON.stringify(card).replaceAll('"isVisible":false', '"isVisible":true'),
  ) as AdaptiveCard;
}

describe('cards and messages as Teams renders them', () => {
  let renderer: TeamsCardRenderer;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    renderer = await TeamsCardRenderer.start();
  });
  afterAll(() => renderer.stop());

  describe.each<Language>(['nl', 'en'])('in %s', (language) => {
    it.each(cards(language))(
      'when the %s card is shown, then no backslash and no markup from anyone’s words shows',
      async (name, card) => {
        const shot = ['logboek', 'reminder', 'receipt', 'help', 'logboek-conflict'].includes(name)
          ? join(SCREENSHOTS, `${name}.${language}.png`)
          : undefined;
        // The screenshot shows the card as it arrives; the checks also cover what its toggle
        // buttons ("Meer vragen", "Bekijk wat er al staat") show.
        if (shot) await renderer.card(card, shot);
        const rendered = await renderer.card(opened(card));
        expect(rendered.text).not.toContain('\\');
        expect(rendered.markup).toEqual([]);
        if (JSON.stringify(card).includes('x\\\\*\\\\*')) expect(rendered.text).toContain('**x**');
      },
    );

    it('when any message text is shown, with names and words holding markup, then it shows them as typed', async () => {
      for (const text of messages(strings(language))) {
        const rendered = await renderer.message(text);
        expect({ text, shown: rendered.text }).not.toEqual(
          expect.objectContaining({ shown: expect.stringContaining('\\') }),
        );
        expect({ text, markup: rendered.markup }).toEqual({ text, markup: [] });
      }
    });
  });
});
