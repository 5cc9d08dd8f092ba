import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';

/**
 * A message as Teams sends a file from the personal chat: the file sits in the sender's OneDrive
 * (`contentUrl`, not for bots) and the bot gets a short-lived pre-authenticated `downloadUrl`,
 * with the type as the file name's extension; Teams adds a text/html copy of the message.
 */
export function withFile(
  message: Partial<Activity>,
  name: string,
  downloadUrl: string,
): Partial<Activity> {
  return {
    ...message,
    attachments: [
      {
        contentType: 'application/vnd.microsoft.teams.file.download.info',
        contentUrl: `https://contoso-my.sharepoint.com/personal/docent_1/Documents/${name}`,
        name,
        content: { downloadUrl, uniqueId: randomUUID(), fileType: name.split('.').pop() },
      },
      { contentType: 'text/html', content: '<div>bijlage</div>' },
    ],
  };
}
