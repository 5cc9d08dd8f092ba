import type { Language } from '../../domain/language';
import {
  noteDiscardSubmitSchema,
  noteSaveSubmitSchema,
  renderNoteOfferCard,
} from '../../cards/note-offer.card';
import { cardSubmitSchema } from '../../cards/submits';
import { cardBytes, createCardValidator, MAX_CARD_BYTES } from './card-schema';

const languages: Language[] = ['nl', 'en'];
const note =
  '1. vandaag ging het over **vet** _x_ [link](http://x) <at>Jan</at>\n2. en verder niets';

describe('renderNoteOfferCard', () => {
  const schemaErrors = createCardValidator();

  it.each(languages)('when rendered in %s, then it matches the snapshot', (language) => {
    expect(renderNoteOfferCard({ language, week: 12, text: note })).toMatchSnapshot();
  });

  it.each(languages)('when rendered in %s, then it is a valid card under 80 KB', (language) => {
    const card = renderNoteOfferCard({ language, week: 12, text: note });
    expect(schemaErrors(card)).toEqual([]);
    expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
  });

  it.each(['*', '日', 'vandaag **twee** gesprekken_ [x](y) <at>Jan</at>\n'])(
    'when the note is as long as allowed and made of %j, then the card stays under 80 KB as Teams counts it',
    (piece) => {
      const text = piece.repeat(Math.ceil(20_000 / piece.length)).slice(0, 20_000);
      const card = renderNoteOfferCard({ language: 'nl', week: 12, text });
      expect(schemaErrors(card)).toEqual([]);
      expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
      // Teams measures the payload in UTF-16 code units
      expect(JSON.stringify(card).length * 2).toBeLessThan(MAX_CARD_BYTES);
    },
  );

  it('when the note is long, then the card shows its start and the button keeps all of it', () => {
    const text = `${'lang verhaal '.repeat(100)}EINDE`;
    const card = renderNoteOfferCard({ language: 'nl', week: 12, text });
    expect(JSON.stringify(card.body)).not.toContain('EINDE');
    expect(card.actions?.[0]?.data).toEqual({ verb: 'note-save', note: text });
  });

  it.each([
    ['nl', 'Zal ik dit bewaren bij je logboek van week 7?', 'Bewaren', 'Laat maar'],
    ['en', 'Shall I keep this with your logbook for week 7?', 'Keep it', 'Never mind'],
  ] as const)(
    'when rendered in %s, then it asks about the right week',
    (language, offer, save, discard) => {
      const card = renderNoteOfferCard({ language, week: 7, text: 'hoi' });
      expect(card.body[0]).toMatchObject({ type: 'TextBlock', text: offer });
      expect(card.actions?.map((action) => action.title)).toEqual([save, discard]);
    },
  );

  it('when the note holds markdown, a mention and a leading number, then it is shown as plain text', () => {
    const card = renderNoteOfferCard({ language: 'nl', week: 12, text: note });
    expect(card.body[1]).toMatchObject({
      text:
        '1\\. vandaag ging het over \\*\\*vet\\*\\* \\_x\\_ \\[link\\](http://x) ' +
        '\\<at>Jan\\</at>\n2\\. en verder niets',
    });
  });

  it('when the save button is pressed, then it carries the note exactly as written', () => {
    const card = renderNoteOfferCard({ language: 'nl', week: 12, text: note });
    const data = card.actions?.[0]?.data;
    expect(data).toEqual({ verb: 'note-save', note });
    expect(noteSaveSubmitSchema.parse(data)).toEqual(data);
    expect(cardSubmitSchema.parse(data)).toEqual(data);
  });

  it('when the discard button is pressed, then it carries no note', () => {
    const card = renderNoteOfferCard({ language: 'en', week: 12, text: note });
    const data = card.actions?.[1]?.data;
    expect(data).toEqual({ verb: 'note-discard' });
    expect(noteDiscardSubmitSchema.parse(data)).toEqual(data);
    expect(cardSubmitSchema.parse(data)).toEqual(data);
  });
});

describe('noteSaveSubmitSchema', () => {
  it('when the note is exactly 20,000 characters, then it parses', () => {
    expect(
      noteSaveSubmitSchema.safeParse({ verb: 'note-save', note: 'a'.repeat(20_000) }).success,
    ).toBe(true);
  });

  it.each([
    ['a note over 20,000 characters', { verb: 'note-save', note: 'a'.repeat(20_001) }],
    ['a note of only spaces', { verb: 'note-save', note: '   ' }],
    ['no note', { verb: 'note-save' }],
    ['a note that is not text', { verb: 'note-save', note: 42 }],
  ])('when the data holds %s, then it is refused', (_, value) => {
    expect(noteSaveSubmitSchema.safeParse(value).success).toBe(false);
    expect(cardSubmitSchema.safeParse(value).success).toBe(false);
  });
});
