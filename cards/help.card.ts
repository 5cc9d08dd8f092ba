import type { Language } from '../domain/language';
import { adaptiveCard, escapeMarkdown, type AdaptiveCard } from './adaptive-card';
import { strings } from './strings';

export interface HelpCommand {
  word: string;
  description: string;
}

export interface HelpCardModel {
  language: Language;
  commands: readonly HelpCommand[];
}

export function renderHelpCard({ language, commands }: HelpCardModel): AdaptiveCard {
  const text = strings(language).help;
  return adaptiveCard([
    { type: 'TextBlock', text: text.title, wrap: true, style: 'heading', weight: 'bolder' },
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
