import type { MessageAttachment } from '../domain/messages';
import { z } from 'zod';

/**
 * Teams' own card for sending a file to someone's OneDrive: they accept, Teams gives an upload
 * URL in a `fileConsent/invoke`, and the bot puts the file there (manifest: `supportsFiles`).
 */
export function fileConsentCard(model: {
  fileName: string;
  description: string;
  sizeInBytes: number;
  purpose: string;
}): MessageAttachment {
  return {
    contentType: 'application/vnd.microsoft.teams.card.file.consent',
    name: model.fileName,
    content: {
      description: model.description,
      sizeInBytes: model.sizeInBytes,
      acceptContext: { purpose: model.purpose },
      declineContext: { purpose: model.purpose },
    },
  };
}

/** What Teams posts back; the upload fields only when the person accepted. */
export const fileConsentResponseSchema = z.discriminatedUnion('action', [
  z.looseObject({
    action: z.literal('accept'),
    context: z.looseObject({ purpose: z.string() }),
    uploadInfo: z.looseObject({
      name: z.string().min(1),
      uploadUrl: z.url({ protocol: /^https?$/ }),
      contentUrl: z.string().min(1),
      uniqueId: z.string().min(1),
      fileType: z.string().min(1),
    }),
  }),
  z.looseObject({ action: z.literal('decline'), context: z.looseObject({ purpose: z.string() }) }),
]);
export type FileConsentResponse = z.infer<typeof fileConsentResponseSchema>;

export function fileInfoCard(uploadInfo: {
  name: string;
  contentUrl: string;
  uniqueId: string;
  fileType: string;
}): MessageAttachment {
  return {
    contentType: 'application/vnd.microsoft.teams.card.file.info',
    contentUrl: uploadInfo.contentUrl,
    name: uploadInfo.name,
    content: { uniqueId: uploadInfo.uniqueId, fileType: uploadInfo.fileType },
  };
}
