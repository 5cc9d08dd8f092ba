import { escapeMarkdown } from '../../cards/adaptive-card';

describe('escapeMarkdown', () => {
  it.each([
    ['**vet**', '\\*\\*vet\\*\\*'],
    ['_schuin_', '\\_schuin\\_'],
    ['[klik](https://example.com)', '\\[klik\\](https://example.com)'],
    ['<at>Sanne</at>', '\\<at>Sanne\\</at>'],
    ['<https://example.com>', '\\<https://example.com>'],
    ['- punt', '\\- punt'],
    ['+ punt', '\\+ punt'],
    ['* punt', '\\* punt'],
    ['![plaatje](x.png)', '!\\[plaatje\\](x.png)'],
    ['a\\*b', 'a\\\\\\*b'],
    ['1. eerste', '1\\. eerste'],
    ['regel\n  12. twaalfde', 'regel\n  12\\. twaalfde'],
  ])('when the text is %j, then it becomes %j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });

  // Teams makes no markup of these, and shows a backslash before them as it is.
  it.each([
    'Sanne de Vries, groep 3.2',
    'check-in op de teamdag! (tekst en spraakberichten)',
    '# geen kop, > geen citaat, ~~geen streep~~, `geen code`',
    'a\\b en 3 < 4',
  ])('when the text is %j, then it stays the same', (text) => {
    expect(escapeMarkdown(text)).toBe(text);
  });
});
