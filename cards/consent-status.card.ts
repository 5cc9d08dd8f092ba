import { z } from 'zod';
import type { ConsentStatus } from '../domain/consent.rules';
import type { Language } from '../domain/language';
import { adaptiveCard, escapeMarkdown, type AdaptiveCard } from './adaptive-card';
import { idInput } from './id-input';
import { strings } from './strings';

export interface ConsentStatusModel {
  language: Language;
  studies: {
    id: string;
    name: string;
    status: Exclude<ConsentStatus, 'none'>;
    /** The date of the latest choice, ready to show. */
    since: string;
  }[];
}

export const consentStatusSubmitSchema = z.looseObject({
  verb: z.enum(['withdraw-ask', 'consent-show']),
  studyId: idInput,
});

/** `toestemming`: where someone stands per study, with the one step that changes it. */
export function renderConsentStatusCard({ language, studies }: ConsentStatusModel): AdaptiveCard {
  const t = strings(language).consent;
  const line = (s: ConsentStatusModel['studies'][number]) => {
    const name = escapeMarkdown(s.name);
    if (s.status === 'given') return t.statusGiven(name, s.since);
    return s.status === 'declined' ? t.statusDeclined(name) : t.statusWithdrawn(name, s.since);
  };
  return adaptiveCard(
    studies.map((s) => ({ type: 'TextBlock' as const, text: line(s), wrap: true as const })),
    studies.map((s) => ({
      type: 'Action.Submit' as const,
      title:
        studies.length > 1
          ? `${s.status === 'given' ? t.stop : t.rejoin}: ${s.name}`
          : s.status === 'given'
            ? t.stop
            : t.rejoin,
      data: { verb: s.status === 'given' ? 'withdraw-ask' : 'consent-show', studyId: s.id },
    })),
  );
}
