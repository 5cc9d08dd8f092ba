import { MessageFactory } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { cardAttachment } from '../cards/attachment';
import { renderConsentStatusCard, type ConsentStatusModel } from '../cards/consent-status.card';
import { consentSubmitSchema, consentTextHash, type ConsentSubmit } from '../cards/consent.card';
import { strings } from '../cards/strings';
import type { Person } from '../domain/people';
import type { Language } from '../domain/language';
import { OneTurnDialog } from './one-turn.dialog';
import type { Participation } from './participation';
import type { ConsentBook } from './ports';
import type { Notes } from './save-note';
import { askToWithdraw } from './withdraw-question';

export const CONSENT_DIALOG = 'toestemming';

const optionsSchema = z.union([
  consentSubmitSchema,
  z.looseObject({ verb: z.literal('consent-show'), studyId: z.string() }),
  z.object({ verb: z.literal('command') }),
]);

/** `toestemming` and the consent card's buttons: status, the card itself, and the choice. */
export class ConsentDialog extends OneTurnDialog {
  constructor(
    private readonly participation: Participation,
    private readonly joinWord: (language: Language) => string,
    private readonly notes: Notes,
    private readonly book: ConsentBook,
  ) {
    super(CONSENT_DIALOG);
  }

  protected async run(dc: DialogContext, rawOptions: unknown): Promise<void> {
    const context = dc.context;
    const text = strings(this.participation.language(context));
    const person = await this.participation.person(context);
    const options = optionsSchema.parse(rawOptions);
    if (!person) {
      await context.sendActivity(text.join.personalOnly);
      return;
    }
    if (options.verb === 'consent') return this.decide(dc, person, options);
    if (options.verb === 'consent-show') {
      const shown = await this.participation.showConsentCard(context, options.studyId);
      if (!shown) await context.sendActivity(text.messages.invalidSubmit);
      return;
    }
    await this.showStatus(dc, person);
  }

  private async showStatus(dc: DialogContext, person: Person): Promise<void> {
    const context = dc.context;
    const language = this.participation.language(context);
    const studies: ConsentStatusModel['studies'] = [];
    const { consents } = this.book;
    const memberships = await this.participation.contributingStudies(person.id);
    // A docent who said yes on a poll card may be on no roster: their consent still shows here,
    // so they can stop at any time (C2).
    const elsewhere = (await consents.studiesOf(person.id))
      .filter((studyId) => !memberships.some((m) => m.studyId === studyId))
      .map((studyId) => ({ studyId, organisationId: null }));
    for (const m of [...memberships, ...elsewhere]) {
      const latest = await consents.latest(person.id, m.studyId);
      if (!latest) {
        await this.participation.showConsentCard(context, m.studyId);
        return;
      }
      const study = await this.participation.study(m.studyId);
      const timeZone = m.organisationId
        ? await this.participation.timeZoneOf(m.organisationId)
        : (person.timeZone ?? this.participation.defaultTimeZone);
      studies.push({
        id: m.studyId,
        name: study?.name ?? '',
        status: latest.choice,
        since: this.participation.formatDate(latest.at, language, timeZone),
      });
    }
    if (studies.length === 0) {
      await context.sendActivity(strings(language).consent.noStudy(this.joinWord(language)));
      return;
    }
    const card = renderConsentStatusCard({ language, studies });
    await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
  }

  /** The hash must match the text of that version as Koers renders it: what they saw (C10). */
  private async decide(dc: DialogContext, person: Person, submit: ConsentSubmit): Promise<void> {
    const context = dc.context;
    const language = this.participation.language(context);
    const text = strings(language).consent;
    const { consents, texts } = this.book;
    const study = await this.participation.study(submit.studyId);
    const version = await texts.consentText(submit.studyId, language, submit.version);
    const member = (await this.participation.contributingStudies(person.id)).find(
      (m) => m.studyId === submit.studyId,
    );
    if (!study || !version || !member) {
      await context.sendActivity(strings(language).messages.invalidSubmit);
      return;
    }
    // "ik doe niet mee" on a card answered before, while taking part, is stopping (C2): the
    // same question as `toestemming` asks, so what is inside its bedenktijd is deleted (C4).
    // Recorded as a refusal, it would stop collection but keep all of it.
    if (
      submit.choice === 'declined' &&
      (await consents.latest(person.id, study.id))?.choice === 'given'
    ) {
      await askToWithdraw(this.participation, this.book.contributions, context, person.id, study);
      return;
    }
    const shown = consentTextHash({ language, study, text: version });
    if (shown !== submit.hash) {
      await context.sendActivity(text.changed);
      await this.participation.showConsentCard(context, study.id, submit.note);
      return;
    }
    await consents.decide(
      person.id,
      study.id,
      { choice: submit.choice, textVersion: version.version, textHash: shown, language },
      this.participation.now(),
    );
    await context.sendActivity(submit.choice === 'given' ? text.given : text.declined);
    if (submit.choice === 'given' && submit.note) {
      await this.notes.save(context, person, member.organisationId, submit.note);
    }
  }
}
