import { escapeMarkdown } from '../../cards/adaptive-card';

describe('escapeMarkdown', () => {
  it.each([
    ['**vet**', '\\*\\*vet\\*\\*'],
    ['_schuin_', '\\_schuin\\_'],
    ['[klik](https://example.com)', '\\[klik\\]\\(https://example.com\\)'],
    ['<at>Sanne</at>', '\\<at\\>Sanne\\</at\\>'],
    ['<https://example.com>', '\\<https://example.com\\>'],
    ['# kop', '\\# kop'],
    ['> citaat', '\\> citaat'],
    ['- punt', '\\- punt'],
    ['+ punt', '\\+ punt'],
    ['![plaatje](x.png)', '\\!\\[plaatje\\]\\(x.png\\)'],
    ['~~weg~~', '\\~\\~weg\\~\\~'],
    ['`code`', '\\`code\\`'],
    ['a\\b', 'a\\\\b'],
    ['1. eerste', '1\\. eerste'],
    ['regel\n  12. twaalfde', 'regel\n  12\\. twaalfde'],
  ])('when the text is %j, then it becomes %j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });

  it('when the text is plain, then it stays the same', () => {
    expect(escapeMarkdown('Sanne de Vries, groep 3.2')).toBe('Sanne de Vries, groep 3.2');
  });
});
