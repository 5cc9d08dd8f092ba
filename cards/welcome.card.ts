import { z } from 'zod';
import { firstName } from '../domain/first-name';
import type { Language } from '../domain/language';
import { adaptiveCard, escapeMarkdown, type AdaptiveCard } from './adaptive-card';
import { strings } from './strings';

export interface WelcomeCardModel {
  language: Language;
  name: string;
  careerTerm?: string;
}

// Loose: Teams adds its own keys to submitted data.
export const welcomeSubmitSchema = z.looseObject({ verb: z.literal('help') });
export type WelcomeSubmit = z.infer<typeof welcomeSubmitSchema>;

export function renderWelcomeCard({
  language,
  name,
  careerTerm = 'LOB',
}: WelcomeCardModel): AdaptiveCard {
  const text = strings(language).welcome;
  return adaptiveCard(
    [
      {
        type: 'TextBlock',
        text: text.greeting(escapeMarkdown(firstName(name))),
        wrap: true,
        style: 'heading',
        size: 'medium',
        weight: 'bolder',
      },
      { type: 'TextBlock', text: text.intro(escapeMarkdown(careerTerm)), wrap: true },
      { type: 'TextBlock', text: text.consent, wrap: true },
    ],
    [
      {
        type: 'Action.Submit',
        title: text.helpButton,
        // Plain data, no msteams messageBack: the Agents Playground cannot submit that.
        data: { verb: 'help' },
      },
    ],
  );
}
