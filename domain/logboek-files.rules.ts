/**
 * Which files a logboek keeper may send Koers. Decision: voice recordings in the formats phones
 * and laptops make, plus the few things people hand in besides words: a pdf or Word document, a
 * photo of a flip-over (jpg, png, heic from an iPhone) and plain text. No video (large, and a
 * classroom recording shows students, who are never in the data), no spreadsheets or slides, no
 * archives or executables. The stored content type comes from this list, never from the sender.
 */
const accepted = {
  m4a: 'audio/mp4',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  webm: 'audio/webm',
  aac: 'audio/aac',
  amr: 'audio/amr',
  '3gp': 'audio/3gpp',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  heic: 'image/heic',
  txt: 'text/plain',
} as const;

type Extension = keyof typeof accepted;

/** Media types other senders use for the same formats (browsers, Android, older Macs). */
const aliases: Record<string, Extension> = {
  'audio/x-m4a': 'm4a',
  'audio/m4a': 'm4a',
  'audio/mp3': 'mp3',
  'audio/x-wav': 'wav',
  'audio/wave': 'wav',
  'audio/3gpp': '3gp',
  'video/3gpp': '3gp',
};

export interface AcceptedFile {
  extension: Extension;
  contentType: string;
  voice: boolean;
}

const isExtension = (value: string): value is Extension => Object.hasOwn(accepted, value);

/** The extensions, as the person reads them in the refusal. */
export const acceptedExtensions = Object.keys(accepted).filter((e) => e !== 'jpeg');

export function extensionOf(fileName: string | undefined): string | undefined {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(fileName?.trim() ?? '');
  return match?.[1]?.toLowerCase();
}

/** The file type as Teams declares it ('m4a', or '.m4a'), or a media type ('audio/mpeg'). */
export function acceptedFile(declared: string | undefined): AcceptedFile | undefined {
  const type = (declared ?? '').trim().toLowerCase().replace(/^\./, '').split(';')[0] ?? '';
  const fromMediaType = Object.entries(accepted).find(([, mediaType]) => mediaType === type);
  const extension = isExtension(type) ? type : (aliases[type] ?? fromMediaType?.[0]);
  if (!extension || !isExtension(extension)) return undefined;
  const contentType = accepted[extension];
  return { extension, contentType, voice: contentType.startsWith('audio/') };
}
