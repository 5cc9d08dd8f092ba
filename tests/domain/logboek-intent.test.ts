import { logboekIntent } from '../../domain/logboek-intent';

describe('what logboek <words> means', () => {
  it.each([
    ['', { kind: 'fill-in' }],
    ['invullen', { kind: 'fill-in' }],
    ['Fill in', { kind: 'fill-in' }],
    ['bekijken', { kind: 'view' }],
    ['View.', { kind: 'view' }],
    ['week 48', { kind: 'week', week: 48 }],
    ['Week 7', { kind: 'week', week: 7 }],
    ['wk53', { kind: 'week', week: 53 }],
    ['van Anouk', { kind: 'of-someone' }],
    ['van anouk bakker', { kind: 'of-someone' }],
    ['of Anouk', { kind: 'of-someone' }],
  ])('when someone types logboek %j, then it is %j and nothing is stored', (args, intent) => {
    expect(logboekIntent(args)).toEqual(intent);
  });

  it.each([
    'ik sprak de decaan over de visie',
    'van de week sprak ik twee mentoren',
    'van harte gefeliciteerd aan het team',
    'week 60',
    'week 48 was druk, maar goed',
    'bekijken wat de mentoren doen',
  ])('when someone types logboek %j, then it is a note, kept exactly as typed', (args) => {
    expect(logboekIntent(args)).toEqual({ kind: 'note', text: args });
  });
});
