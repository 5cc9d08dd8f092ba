import { MessageFactory, type TurnContext } from 'botbuilder';
import { fileConsentResponseSchema, fileInfoCard } from '../cards/file-consent.card';
import { strings } from '../cards/strings';
import type { Participation } from './participation';
import type { PersonalDataFile } from './personal-data.dialog';
import { PERSONAL_DATA_PURPOSE } from './personal-data.dialog';

/** The personal data file as JSON: readable by people, and portable (AVG art. 15 and 20). */
/** Everything Koers holds about a person, as one JSON object (infra's personal-data store). */
export interface PersonalDataSource {
  collect(personId: string, at: Date): Promise<Record<string, unknown>>;
}

/** Where the upload is written down: the audit log. */
export interface UploadAudit {
  record(
    entry: {
      actor: string;
      action: 'personal-data.sent';
      subject: string;
      details: { bytes: number };
    },
    at: Date,
  ): Promise<void>;
}

export function personalDataFile(store: PersonalDataSource): PersonalDataFile {
  return {
    build: async (personId, at) =>
      Buffer.from(JSON.stringify(await store.collect(personId, at), null, 2), 'utf8'),
    fileName: (at) => `koers-mijn-gegevens-${at.toISOString().slice(0, 10)}.json`,
  };
}

/** Answers Teams' `fileConsent/invoke`: upload on accept (fresh data), a short word on decline. */
export class PersonalDataUpload {
  constructor(
    private readonly deps: {
      participation: Participation;
      file: PersonalDataFile;
      audit: UploadAudit;
      /** Production accepts only https upload URLs (OneDrive); local mode allows http. */
      httpsOnly: boolean;
    },
  ) {}

  async answer(context: TurnContext, value: unknown): Promise<void> {
    const { participation } = this.deps;
    const text = strings(participation.language(context));
    const response = fileConsentResponseSchema.safeParse(value);
    const person = await participation.person(context);
    if (!response.success || !person || response.data.context.purpose !== PERSONAL_DATA_PURPOSE) {
      await context.sendActivity(text.messages.invalidSubmit);
      return;
    }
    if (response.data.action === 'decline') {
      await context.sendActivity(text.personalData.declined);
      return;
    }
    const { uploadInfo } = response.data;
    if (this.deps.httpsOnly && !uploadInfo.uploadUrl.startsWith('https://')) {
      await context.sendActivity(text.messages.invalidSubmit);
      return;
    }
    const at = participation.now();
    const bytes = await this.deps.file.build(person.id, at);
    const upload = await fetch(uploadInfo.uploadUrl, {
      method: 'PUT',
      headers: {
        'content-length': String(bytes.length),
        'content-range': `bytes 0-${bytes.length - 1}/${bytes.length}`,
      },
      body: bytes,
    });
    if (!upload.ok) throw new Error(`Uploading the personal data file failed: ${upload.status}`);
    await this.deps.audit.record(
      {
        actor: `person:${person.id}`,
        action: 'personal-data.sent',
        subject: `person:${person.id}`,
        details: { bytes: bytes.length },
      },
      at,
    );
    await context.sendActivity(MessageFactory.attachment(fileInfoCard(uploadInfo)));
    await context.sendActivity(text.personalData.sent);
  }
}
