import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Language } from '../domain/language';
import type { Study } from '../domain/organisations';
import { adaptiveCard, escapeMarkdown, type AdaptiveCard } from './adaptive-card';
import { idInput } from './id-input';
import { strings } from './strings';

export interface ConsentCardModel {
  language: Language;
  study: Pick<Study, 'id' | 'name' | 'contact' | 'erasure' | 'withdrawalWorkingDays'>;
  text: { version: number; body: string };
  /** A note the person sent before consenting; it rides along so nothing they wrote is lost. */
  pendingNote?: string;
}

export const consentSubmitSchema = z.looseObject({
  verb: z.literal('consent'),
  choice: z.enum(['given', 'declined']),
  studyId: idInput,
  version: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  note: z.string().max(20_000).optional(),
});
export type ConsentSubmit = z.infer<typeof consentSubmitSchema>;

/** Exactly the words the card shows, in order: what the hash (C10) covers. */
export function consentCardText({ language, study, text }: ConsentCardModel) {
  const t = strings(language).consent;
  const window =
    study.erasure === 'full' ? t.fullErasureValue : t.windowValue(study.withdrawalWorkingDays);
  return {
    title: t.title(study.name),
    intro: t.intro,
    body: text.body,
    window: `${t.windowLabel}: ${window}`,
    contact: `${t.contactLabel}: ${study.contact.name} (${study.contact.email})`,
    version: `${t.versionLabel}: ${text.version}`,
    join: t.join,
    decline: t.decline,
  };
}

/** The same words as shown on a card: the study's own texts escaped, Koers' words as they are. */
export function consentCardShown(model: ConsentCardModel) {
  const { study, text } = model;
  return consentCardText({
    ...model,
    study: {
      ...study,
      name: escapeMarkdown(study.name),
      contact: {
        name: escapeMarkdown(study.contact.name),
        email: escapeMarkdown(study.contact.email),
      },
    },
    text: { ...text, body: escapeMarkdown(text.body) },
  });
}

export function consentTextHash(model: ConsentCardModel): string {
  return createHash('sha256')
    .update(Object.values(consentCardText(model)).join('\n'))
    .digest('hex');
}

export function renderConsentCard(model: ConsentCardModel): AdaptiveCard {
  const shown = consentCardText(model);
  const text = (key: keyof typeof shown) => consentCardShown(model)[key];
  const hash = consentTextHash(model);
  const data = (choice: 'given' | 'declined') => ({
    verb: 'consent',
    choice,
    studyId: model.study.id,
    version: model.text.version,
    hash,
    ...(choice === 'given' && model.pendingNote ? { note: model.pendingNote } : {}),
  });
  return adaptiveCard(
    [
      { type: 'TextBlock', text: text('title'), wrap: true, style: 'heading', weight: 'bolder' },
      { type: 'TextBlock', text: text('intro'), wrap: true },
      ...text('body')
        .split(/\n{2,}/)
        .map((paragraph) => ({ type: 'TextBlock' as const, text: paragraph, wrap: true as const })),
      { type: 'TextBlock', text: text('window'), wrap: true, isSubtle: true },
      { type: 'TextBlock', text: text('contact'), wrap: true, isSubtle: true },
      { type: 'TextBlock', text: text('version'), wrap: true, isSubtle: true, size: 'small' },
    ],
    [
      { type: 'Action.Submit', title: shown.join, data: data('given') },
      { type: 'Action.Submit', title: shown.decline, data: data('declined') },
    ],
  );
}
