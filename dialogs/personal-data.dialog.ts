import { MessageFactory } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { fileConsentCard } from '../cards/file-consent.card';
import { strings } from '../cards/strings';
import { OneTurnDialog } from './one-turn.dialog';
import type { Participation } from './participation';

export const PERSONAL_DATA_DIALOG = 'mijn-gegevens';
export const PERSONAL_DATA_PURPOSE = 'personal-data';

export interface PersonalDataFile {
  /** The file's bytes for this person, built fresh each time. */
  build(personId: string, at: Date): Promise<Buffer>;
  fileName(at: Date): string;
}

/** `mijn gegevens`: offers the file; dialogs/personal-data-upload.ts uploads it once the person accepts. */
export class PersonalDataDialog extends OneTurnDialog {
  constructor(
    private readonly participation: Participation,
    private readonly file: PersonalDataFile,
  ) {
    super(PERSONAL_DATA_DIALOG);
  }

  protected async run(dc: DialogContext): Promise<void> {
    const context = dc.context;
    const text = strings(this.participation.language(context)).personalData;
    const person = await this.participation.person(context);
    if (!person) {
      await context.sendActivity(text.notInTeams);
      return;
    }
    const at = this.participation.now();
    const bytes = await this.file.build(person.id, at);
    const card = fileConsentCard({
      fileName: this.file.fileName(at),
      description: text.fileDescription,
      sizeInBytes: bytes.length,
      purpose: PERSONAL_DATA_PURPOSE,
    });
    await context.sendActivity(MessageFactory.attachment(card));
  }
}
