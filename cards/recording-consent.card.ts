import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Language } from '../domain/language';
import type { Study } from '../domain/organisations';
import { adaptiveCard, escapeMarkdown, type AdaptiveCard } from './adaptive-card';
import { whenText } from './check-in-when';
import { idInput } from './id-input';
import { strings } from './strings';

/** Raised whenever the words of the recording question change (C10). */
export const RECORDING_TEXT_VERSION = 1;

export interface RecordingConsentModel {
  language: Language;
  /** The reader's zone, for the interview's time. */
  timeZone: string;
  checkInId: string;
  hostName: string;
  startsAt: Date;
  contact: Study['contact'];
}

export const recordingConsentSchema = z.looseObject({
  verb: z.literal('interview-recording'),
  choice: z.enum(['given', 'refused']),
  checkInId: idInput,
  version: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type RecordingConsentSubmit = z.infer<typeof recordingConsentSchema>;

export const recordingWithdrawSchema = z.looseObject({
  verb: z.literal('interview-recording-withdraw'),
  checkInId: idInput,
});

/** Exactly the words the card shows, in order: what the hash covers. */
function recordingCardText(model: RecordingConsentModel, escape: (text: string) => string) {
  const t = strings(model.language).interview;
  const when = whenText(model.startsAt, model.language, model.timeZone);
  const { name, email } = model.contact;
  return {
    title: t.recordingTitle,
    ask: t.recordingAsk(escape(model.hostName), when),
    who: t.recordingWho,
    no: t.recordingNo,
    later: t.recordingLater,
    contact: `${t.contactLabel}: ${escape(name)} (${escape(email)})`,
    version: `${t.versionLabel}: ${RECORDING_TEXT_VERSION}`,
    yes: t.yes,
    refuse: t.no,
  };
}

export function recordingTextHash(model: RecordingConsentModel): string {
  const words = Object.values(recordingCardText(model, (text) => text));
  return createHash('sha256').update(words.join('\n')).digest('hex');
}

/** The question about recording, sent with a slotinterview's invitation; no is a normal answer. */
export function renderRecordingConsentCard(model: RecordingConsentModel): AdaptiveCard {
  const shown = recordingCardText(model, escapeMarkdown);
  const data = (choice: 'given' | 'refused') => ({
    verb: 'interview-recording',
    choice,
    checkInId: model.checkInId,
    version: RECORDING_TEXT_VERSION,
    hash: recordingTextHash(model),
  });
  const line = (text: string, subtle = false) => ({
    type: 'TextBlock' as const,
    text,
    wrap: true as const,
    ...(subtle ? { isSubtle: true } : {}),
  });
  return adaptiveCard(
    [
      { ...line(shown.title), style: 'heading', weight: 'bolder' },
      line(shown.ask),
      line(shown.who),
      line(shown.no),
      line(shown.later),
      line(shown.contact, true),
      { ...line(shown.version, true), size: 'small' },
    ],
    [
      { type: 'Action.Submit', title: shown.yes, data: data('given') },
      { type: 'Action.Submit', title: shown.refuse, data: data('refused') },
    ],
  );
}

/** The answer to a yes: what was agreed, and the way to take it back. */
export function renderRecordingReceiptCard(model: {
  language: Language;
  checkInId: string;
  /** "dinsdag 9 februari om 10:00", in the reader's zone. */
  when: string;
}): AdaptiveCard {
  const t = strings(model.language).interview;
  const data = { verb: 'interview-recording-withdraw', checkInId: model.checkInId };
  return adaptiveCard(
    [{ type: 'TextBlock', text: t.given(model.when), wrap: true }],
    [{ type: 'Action.Submit', title: t.withdraw, data }],
  );
}
