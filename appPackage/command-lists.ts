import { commands, type Command } from '../bot/commands';
import { strings } from '../cards/strings';
import type { Language } from '../domain/language';

export type BotScope = 'personal' | 'team' | 'groupChat';

/**
 * Which chat commands Teams offers in its command menu, per scope. Teams shows at most 10 per
 * list, so the personal list leaves out the narrow ones (pseudoniem for researchers, uren and
 * dagdeel for coaches, peiling resultaten); Koers still understands them when typed.
 */
export const menus: readonly { scopes: BotScope[]; ids: Command['id'][] }[] = [
  {
    scopes: ['personal'],
    ids: [
      'help',
      'logboek',
      'my-logboek',
      'progress',
      'moment',
      'check-in',
      'poll',
      'consent',
      'personal-data',
      'join',
    ],
  },
  // In a team or group chat Koers only runs polls; everything personal stays in the 1:1 chat.
  { scopes: ['team', 'groupChat'], ids: ['help', 'poll'] },
];

export interface CommandListEntry {
  title: string;
  description: string;
}

/** The menus in one language: the same words the bot recognizes and shows in its help card. */
export function commandLists(
  language: Language,
): { scopes: BotScope[]; commands: CommandListEntry[] }[] {
  const text = strings(language);
  return menus.map(({ scopes, ids }) => ({
    scopes: [...scopes],
    commands: ids.map((id) => {
      const command = commands.find((c) => c.id === id);
      if (!command) throw new Error(`command list: Koers has no command ${id}`);
      return { title: command.word[language], description: command.describe(text) };
    }),
  }));
}
