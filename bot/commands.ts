import type { HelpCommand } from '../cards/help.card';
import { strings, type Strings } from '../cards/strings';
import type { Language } from '../domain/language';
import { HELP_DIALOG } from '../dialogs/help.dialog';

export interface Command {
  /** The card submit verb and the command id are the same word. */
  id: 'help';
  /** The word shown in help, per language. */
  word: Record<Language, string>;
  /** Other words that mean the same, in either language. */
  aliases: string[];
  dialogId: string;
  describe: (text: Strings) => string;
}

export const commands: readonly Command[] = [
  {
    id: 'help',
    word: { nl: 'help', en: 'help' },
    aliases: ['hulp', 'menu', '?', 'wat kan je', 'what can you do'],
    dialogId: HELP_DIALOG,
    describe: (text) => text.commands.help,
  },
];

export function helpEntries(language: Language): HelpCommand[] {
  return commands.map((c) => ({
    word: c.word[language],
    description: c.describe(strings(language)),
  }));
}

export function commandById(id: string): Command | undefined {
  return commands.find((c) => c.id === id);
}

export interface Recognized {
  command: Command;
  /** What followed the command word, for commands that take an argument. */
  args: string;
}

/** Finds the command a message starts with; the longest matching phrase wins. */
export function recognize(text: string): Recognized | undefined {
  const said = normalise(text);
  let best: { command: Command; phrase: string } | undefined;
  for (const command of commands) {
    for (const phrase of [command.word.nl, command.word.en, ...command.aliases]) {
      const matches = said === phrase || said.startsWith(`${phrase} `);
      if (matches && phrase.length > (best?.phrase.length ?? -1)) best = { command, phrase };
    }
  }
  return best && { command: best.command, args: said.slice(best.phrase.length).trim() };
}

function normalise(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\/+/, '')
    .replace(/[.!]+$/, '');
}
