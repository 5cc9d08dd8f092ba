import type { Language } from '../domain/language';
import type { Role } from '../domain/roles';
import { adaptiveCard, escapeMarkdown, type AdaptiveCard } from './adaptive-card';
import { strings } from './strings';

export interface HelpCommand {
  word: string;
  description: string;
}

export interface HelpCardModel {
  language: Language;
  commands: readonly HelpCommand[];
  /** The person's roles in any organisation; none when they are not linked to a team yet. */
  roles: readonly Role[];
  /** How to join, as help shows it ("koppel <code>"). */
  joinUsage: string;
}

export function renderHelpCard({
  language,
  commands,
  roles,
  joinUsage,
}: HelpCardModel): AdaptiveCard {
  const all = strings(language);
  const text = all.help;
  const who =
    roles.length > 0
      ? text.yourRoles(all.checkIn.list(roles.map((role) => all.roles[role])))
      : text.notLinked(escapeMarkdown(joinUsage));
  return adaptiveCard([
    { type: 'TextBlock', text: text.title, wrap: true, style: 'heading', weight: 'bolder' },
    { type: 'TextBlock', text: who, wrap: true },
    { type: 'TextBlock', text: text.intro, wrap: true },
    {
      type: 'FactSet',
      facts: commands.map(({ word, description }) => ({
        title: escapeMarkdown(word),
        value: escapeMarkdown(description),
      })),
    },
    { type: 'TextBlock', text: text.typeAnytime, wrap: true, isSubtle: true },
  ]);
}
