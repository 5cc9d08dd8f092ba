import { adaptiveCard } from '../../cards/adaptive-card';
import { createCardValidator } from './card-schema';

describe('the Adaptive Card 1.5 schema check', () => {
  const schemaErrors = createCardValidator();

  it('when a card is well formed, then it finds no errors', () => {
    const card = adaptiveCard([{ type: 'TextBlock', text: 'hoi', wrap: true }]);
    expect(schemaErrors(card)).toEqual([]);
  });

  it('when a card carries a key the schema does not know, then it reports it', () => {
    const card = { ...adaptiveCard([]), msteams: { width: 'Full' } };
    expect(schemaErrors(card)).not.toEqual([]);
  });

  it('when an element has no type the schema knows, then it reports it', () => {
    const card = { ...adaptiveCard([]), body: [{ type: 'Marquee', text: 'hoi' }] };
    expect(schemaErrors(card)).not.toEqual([]);
  });
});
