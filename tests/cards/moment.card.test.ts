import { cardSubmitSchema } from '../../cards/submits';
import { momentSubmitSchema, renderMomentCard } from '../../cards/moment.card';
import { createCardValidator } from './card-schema';

const schemaErrors = createCardValidator();

const model = { weekday: 5, hour: 15, minute: 0, pausedUntil: null, timeZone: 'Europe/Amsterdam' };

describe('renderMomentCard', () => {
  it.each(['nl', 'en'] as const)(
    'when rendered in %s, then it is a valid card showing the current choice',
    (language) => {
      const card = renderMomentCard({ language, ...model });
      expect(schemaErrors(card)).toEqual([]);
      expect(card).toMatchSnapshot();
    },
  );

  it('when a pause is set, then the date input shows it', () => {
    const card = renderMomentCard({ language: 'nl', ...model, pausedUntil: '2027-01-03' });
    expect(JSON.stringify(card)).toContain('"value":"2027-01-03"');
  });

  it('when Teams sends the inputs, then they parse into a weekday, hour, minute and pause', () => {
    const sent = { verb: 'moment-save', weekday: '1', time: '09:30', pausedUntil: '' };
    expect(momentSubmitSchema.parse(sent)).toMatchObject({
      weekday: 1,
      time: { hour: 9, minute: 30 },
      pausedUntil: null,
    });
    expect(cardSubmitSchema.safeParse(sent).success).toBe(true);
  });

  it.each([
    { weekday: '8', time: '09:30' },
    { weekday: '1', time: '24:00' },
    { weekday: '1', time: '9:30' },
    { weekday: '1', time: '09:30', pausedUntil: '2026-02-30' },
  ])('when the inputs are off (%j), then they are refused', (inputs) => {
    expect(momentSubmitSchema.safeParse({ verb: 'moment-save', ...inputs }).success).toBe(false);
  });
});
