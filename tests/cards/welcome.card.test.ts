import type { Language } from '../../domain/language';
import { cardSubmitSchema } from '../../cards/submits';
import { renderWelcomeCard } from '../../cards/welcome.card';
import { cardBytes, createCardValidator, MAX_CARD_BYTES } from './card-schema';

const languages: Language[] = ['nl', 'en'];

describe('renderWelcomeCard', () => {
  const schemaErrors = createCardValidator();

  it.each(languages)('when rendered in %s, then it matches the snapshot', (language) => {
    expect(renderWelcomeCard({ language, name: 'Sanne de Vries' })).toMatchSnapshot();
  });

  it.each(languages)('when rendered in %s, then it is a valid card under 80 KB', (language) => {
    const card = renderWelcomeCard({ language, name: 'Sanne de Vries', careerTerm: 'SLB' });
    expect(schemaErrors(card)).toEqual([]);
    expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
  });

  it('when the organisation has its own word for career guidance, then the card uses it', () => {
    const card = renderWelcomeCard({ language: 'nl', name: 'Sanne', careerTerm: 'SLB' });
    expect(JSON.stringify(card.body)).toContain('SLB-team');
    expect(JSON.stringify(card.body)).not.toContain('LOB');
  });

  it('when no word for career guidance is given, then the card says LOB', () => {
    const card = renderWelcomeCard({ language: 'nl', name: 'Sanne' });
    expect(JSON.stringify(card.body)).toContain('LOB-team');
  });

  it('when the name holds markdown or a mention, then it is shown as plain text', () => {
    const card = renderWelcomeCard({ language: 'nl', name: '**Bob** <at>Ann</at> [x](y)' });
    expect(card.body[0]).toMatchObject({
      text: 'Hoi \\*\\*Bob\\*\\*, ik ben Koers',
    });
  });

  it('when the name is empty, then the greeting does without it', () => {
    const card = renderWelcomeCard({ language: 'en', name: '  ' });
    expect(card.body[0]).toMatchObject({ text: "Hi, I'm Koers" });
  });

  it('when the button is pressed, then its data is a help submit the bot can parse', () => {
    const card = renderWelcomeCard({ language: 'en', name: 'Sanne' });
    const data = card.actions?.[0]?.data;
    expect(cardSubmitSchema.parse(data)).toMatchObject({ verb: 'help' });
    // The Agents Playground throws on an msteams block in submit data; plain data works everywhere.
    expect(data).toEqual({ verb: 'help' });
  });
});
