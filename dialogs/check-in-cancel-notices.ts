import { escapeMarkdown } from '../cards/adaptive-card';
import { textMessage } from '../cards/attachment';
import { appointmentWords, whenText } from '../cards/check-in-when';
import type { CheckIn } from '../domain/check-ins';
import type { Language } from '../domain/language';
import type { OutboxDraft } from '../domain/messages';

/** Someone told of a called-off appointment, with the language and zone to tell them in. */
export interface NoticeReader {
  name: string;
  language: Language;
  timeZone: string;
}

/**
 * One notice per invitee who had an invitation, from `mijn check-ins` and from `koers interview
 * cancel` alike; `told` names them, for the answer to whoever called it off.
 */
export async function cancelNotices(
  checkIn: CheckIn,
  hostName: string,
  readerOf: (personId: string) => Promise<NoticeReader | undefined>,
  at: Date,
): Promise<{ drafts: OutboxDraft[]; told: string[] }> {
  const drafts: OutboxDraft[] = [];
  const told: string[] = [];
  for (const invitee of checkIn.invitees.filter((i) => i.invitedSequence !== null)) {
    const reader = await readerOf(invitee.personId);
    if (!reader) continue;
    told.push(reader.name);
    const when = whenText(checkIn.startsAt, reader.language, reader.timeZone);
    const words = appointmentWords(reader.language, checkIn.kind);
    drafts.push({
      dedupeKey: `${invitee.personId}:check-in-cancel:${checkIn.id}`,
      purpose: 'check-in-cancel',
      target: { personId: invitee.personId },
      activity: textMessage(words.cancelNotice(escapeMarkdown(hostName), when)),
      notBefore: at,
    });
  }
  return { drafts, told };
}
