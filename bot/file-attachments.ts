import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { extensionOf } from '../domain/logboek-files.rules';
import type { IncomingFile } from '../dialogs/logboek-files';

const DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';
// A voice message recorded with the microphone in Teams mobile: its media URL sits on the Skype
// media service, which does not open for a bot token (msteams-docs#1805, BotFramework-Services#207).
const TEAMS_AUDIO_CARD = 'application/vnd.microsoft.card.audio';
// Teams' newer clients send a voice note as an empty message whose one HTML attachment holds an
// empty InputExtension span: no audio and no URL at all (msteams-docs#14169, March 2026).
const INPUT_EXTENSION = 'schema.skype.com/InputExtension';

function isRecordedVoiceNote(
  attachment: { contentType?: string; content?: unknown },
  hasText: boolean,
) {
  if (attachment.contentType === TEAMS_AUDIO_CARD) return true;
  const { contentType, content } = attachment;
  return !hasText && contentType?.startsWith('text/html') === true && typeof content === 'string'
    ? content.includes(INPUT_EXTENSION) && content.replace(/<[^>]*>/g, '').trim() === ''
    : false;
}

/** A file sent in the personal chat: Teams puts it in OneDrive and hands over a short-lived link. */
const downloadInfoSchema = z.object({
  contentType: z.literal(DOWNLOAD_INFO),
  name: z.string().max(1_000).optional(),
  content: z.object({
    downloadUrl: z.url({ protocol: /^https?$/ }),
    fileType: z.string().max(20).optional(),
  }),
});

/** Anything else that carries its own bytes: audio from mobile, the Emulator, Agents Playground. */
const linkedSchema = z.object({
  contentType: z.string().max(200),
  name: z.string().max(1_000).nullish(),
  contentUrl: z.url({ protocol: /^https?$/ }),
});

/**
 * The files in a message, in order. Skipped: Teams' text/html copy of the message, cards, and a
 * picture pasted into a written message (it belongs to the text, which goes on to be routed).
 */
export function incomingFiles(activity: Partial<Activity>): IncomingFile[] {
  const hasText = Boolean(activity.text?.trim());
  return (activity.attachments ?? []).flatMap((attachment): IncomingFile[] => {
    if (isRecordedVoiceNote(attachment, hasText)) return [{ kind: 'recorded-in-teams' }];
    const info = downloadInfoSchema.safeParse(attachment);
    if (info.success) {
      const { name, content } = info.data;
      const declaredType = content.fileType || extensionOf(name);
      // No bot token: the link is pre-authenticated, and a token must not travel to OneDrive.
      return [{ kind: 'file', name, declaredType, url: content.downloadUrl, botToken: false }];
    }
    const linked = linkedSchema.safeParse(attachment);
    if (!linked.success) return [];
    const { contentType, name, contentUrl } = linked.data;
    if (contentType.startsWith('text/html') || contentType.startsWith('application/vnd.'))
      return [];
    if (contentType.startsWith('image/') && hasText) return [];
    const declaredType = extensionOf(name ?? undefined) ?? contentType;
    // Teams serves pasted pictures and mobile uploads from the Bot Connector, which wants the bot's
    // token; it goes to the conversation's own service and nowhere else.
    const botToken = sameOrigin(contentUrl, activity.serviceUrl);
    return [{ kind: 'file', name: name ?? undefined, declaredType, url: contentUrl, botToken }];
  });
}

function sameOrigin(url: string, serviceUrl: string | undefined): boolean {
  try {
    return Boolean(serviceUrl) && new URL(url).origin === new URL(serviceUrl ?? '').origin;
  } catch {
    return false;
  }
}
