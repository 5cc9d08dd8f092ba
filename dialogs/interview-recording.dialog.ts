import type { DialogContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { escapeMarkdown } from '../cards/adaptive-card';
import { cardMessage, textMessage } from '../cards/attachment';
import { whenText } from '../cards/check-in-when';
import {
  RECORDING_TEXT_VERSION,
  recordingConsentSchema,
  recordingTextHash,
  recordingWithdrawSchema,
  renderRecordingConsentCard,
  renderRecordingReceiptCard,
  type RecordingConsentSubmit,
} from '../cards/recording-consent.card';
import { strings } from '../cards/strings';
import type { CheckIn } from '../domain/check-ins';
import { pickLanguage, type Language } from '../domain/language';
import type { OutboxDraft } from '../domain/messages';
import type { Person } from '../domain/people';
import { recordingChoiceFor, type RecordingConsent } from '../domain/slotinterviews';
import type { CheckInBook } from './check-in-ports';
import { OneTurnDialog } from './one-turn.dialog';
import type { Participation } from './participation';

export const INTERVIEW_RECORDING_DIALOG = 'interview-recording';

const optionsSchema = z.discriminatedUnion('verb', [
  recordingConsentSchema,
  recordingWithdrawSchema,
]);

export interface InterviewRecordingDeps {
  checkIns: Pick<CheckInBook, 'get'>;
  recordings: {
    latest(checkInId: string, personId: string): Promise<RecordingConsent | undefined>;
    record(
      checkInId: string,
      personId: string,
      answer: {
        choice: RecordingConsent['choice'];
        text?: { version: number; hash: string; language: string };
      },
      at: Date,
    ): Promise<void>;
  };
  outbox: { enqueue(drafts: OutboxDraft[], at: Date): Promise<number> };
  defaultLocale: string;
}

/**
 * The answer to recording a slotinterview, and taking a yes back (the receipt's button, or "liever
 * geen opname" on the card after a yes). No is a normal answer: the interview goes ahead.
 */
export class InterviewRecordingDialog extends OneTurnDialog {
  constructor(
    private readonly participation: Participation,
    private readonly deps: InterviewRecordingDeps,
  ) {
    super(INTERVIEW_RECORDING_DIALOG);
  }

  protected async run(dc: DialogContext, rawOptions: unknown): Promise<void> {
    const options = optionsSchema.parse(rawOptions);
    const context = dc.context;
    const language = this.participation.language(context);
    const t = strings(language).interview;
    const person = await this.participation.personOrExplain(context);
    if (!person) return;
    const checkIn = await this.deps.checkIns.get(options.checkInId);
    const invited = checkIn?.invitees.some((i) => i.personId === person.id);
    if (!checkIn || checkIn.kind !== 'slotinterview' || !invited) {
      await context.sendActivity(t.gone);
      return;
    }
    const latest = await this.deps.recordings.latest(checkIn.id, person.id);
    const pressed = options.verb === 'interview-recording' ? options.choice : 'refused';
    const choice = recordingChoiceFor(pressed, latest);
    if (choice === 'withdrawn') {
      await context.sendActivity(await this.withdraw(checkIn, person, language));
      return;
    }
    if (options.verb !== 'interview-recording') {
      await context.sendActivity(t.nothingToWithdraw);
      return;
    }
    if (checkIn.cancelledAt) {
      await context.sendActivity(t.gone);
      return;
    }
    const zone = await this.zoneOf(person, checkIn);
    const model = await this.model(checkIn, language, zone);
    const hash = model && recordingTextHash(model);
    if (!model || !this.sameText(options, hash)) {
      await context.sendActivity(t.changed);
      if (model) await context.sendActivity(cardMessage(renderRecordingConsentCard(model)));
      return;
    }
    if (latest?.choice !== choice) {
      const text = { version: RECORDING_TEXT_VERSION, hash: hash ?? '', language };
      await this.deps.recordings.record(checkIn.id, person.id, { choice, text }, this.now());
    }
    const when = whenText(checkIn.startsAt, language, zone);
    await context.sendActivity(
      choice === 'given'
        ? cardMessage(renderRecordingReceiptCard({ language, checkInId: checkIn.id, when }))
        : t.refused,
    );
  }

  private sameText(submit: RecordingConsentSubmit, hash: string | undefined): boolean {
    return submit.version === RECORDING_TEXT_VERSION && submit.hash === hash;
  }

  /** Records the withdrawal and tells the onderzoeker, who holds any recording. */
  private async withdraw(checkIn: CheckIn, person: Person, language: Language): Promise<string> {
    const at = this.now();
    await this.deps.recordings.record(checkIn.id, person.id, { choice: 'withdrawn' }, at);
    const host = await this.participation.personById(checkIn.coachPersonId);
    if (host) {
      const theirs = pickLanguage(host.locale, this.deps.defaultLocale);
      const when = whenText(checkIn.startsAt, theirs, await this.zoneOf(host, checkIn));
      const text = strings(theirs).interview.hostWithdrawn(escapeMarkdown(person.name), when);
      const draft: OutboxDraft = {
        dedupeKey: `${host.id}:interview-recording-withdrawn:${checkIn.id}:${person.id}:${at.getTime()}`,
        purpose: 'interview-recording-withdrawn',
        target: { personId: host.id },
        activity: textMessage(text),
        notBefore: at,
      };
      await this.deps.outbox.enqueue([draft], at);
    }
    return strings(language).interview.withdrawn(escapeMarkdown(host?.name ?? ''));
  }

  private async model(checkIn: CheckIn, language: Language, timeZone: string) {
    const organisation = await this.participation.organisation(checkIn.organisationId);
    const study = organisation && (await this.participation.study(organisation.studyId));
    const host = await this.participation.personById(checkIn.coachPersonId);
    if (!study || !host) return undefined;
    return {
      language,
      timeZone,
      checkInId: checkIn.id,
      hostName: host.name,
      startsAt: checkIn.startsAt,
      contact: study.contact,
    };
  }

  private async zoneOf(person: Person, checkIn: CheckIn): Promise<string> {
    return person.timeZone ?? (await this.participation.timeZoneOf(checkIn.organisationId));
  }

  private now(): Date {
    return this.participation.now();
  }
}
