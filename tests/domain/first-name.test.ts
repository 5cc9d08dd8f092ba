import { firstName } from '../../domain/first-name';

describe('firstName', () => {
  it.each([
    ['Sanne de Vries', 'Sanne'],
    ['  Anouk  ', 'Anouk'],
    ['Vries, Sanne de', 'Sanne'],
    ['Jan-Willem van der Berg', 'Jan-Willem'],
    ['S. de Vries', 'S. de Vries'],
    ['Vries, S.', 'Vries, S.'],
    ['', ''],
  ])('greets %p as %p', (displayName, expected) => {
    expect(firstName(displayName)).toBe(expected);
  });
});
