import { MessageFactory } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { cardAttachment } from '../cards/attachment';
import {
  NOTE_MAX_CHARACTERS,
  noteDiscardSubmitSchema,
  noteSaveSubmitSchema,
  renderNoteOfferCard,
} from '../cards/note-offer.card';
import { strings } from '../cards/strings';
import { isoWeekId, weekOfInstant } from '../domain/iso-week-calendar';
import type { LogboekAnswers } from './logboek-answers';
import { OneTurnDialog } from './one-turn.dialog';
import type { Participation } from './participation';
import { saveNote, weekOf } from './save-note';

export const NOTE_DIALOG = 'logboek';

const optionsSchema = z.union([
  noteSaveSubmitSchema,
  noteDiscardSubmitSchema,
  // Any length gets here (a Teams message may be longer than a note): run() answers the rest.
  z.object({ verb: z.literal('note-offer'), text: z.string().trim().min(1) }),
  z.object({ verb: z.literal('command'), args: z.string() }),
]);

/**
 * `logboek` opens this week's card (filled in when there is an entry); `logboek <text>` keeps a
 * note with this week; a plain message is offered as a note first.
 */
export class NoteDialog extends OneTurnDialog {
  constructor(
    private readonly participation: Participation,
    private readonly answers: LogboekAnswers,
  ) {
    super(NOTE_DIALOG);
  }

  protected async run(dc: DialogContext, rawOptions: unknown): Promise<void> {
    const context = dc.context;
    const language = this.participation.language(context);
    const text = strings(language);
    const options = optionsSchema.parse(rawOptions);
    const person = await this.participation.personOrExplain(context);
    if (!person) return;
    const membership = await this.participation.logboekMembership(person.id);
    if (!membership) {
      await context.sendActivity(this.participation.logboekOnly(context));
      return;
    }
    const offered =
      options.verb === 'note-offer' ? options.text : options.verb === 'command' ? options.args : '';
    if (offered.length > NOTE_MAX_CHARACTERS) {
      await context.sendActivity(text.note.tooLong(NOTE_MAX_CHARACTERS));
      return;
    }
    if (options.verb === 'note-discard') {
      await context.sendActivity(text.note.discarded);
      return;
    }
    if (options.verb === 'note-save') {
      await saveNote(this.participation, context, person, membership.organisationId, options.note);
      return;
    }
    if (options.verb === 'note-offer') {
      const timeZone = await this.participation.timeZoneOf(membership.organisationId);
      const { week } = weekOf(this.participation.now(), timeZone);
      const card = renderNoteOfferCard({ language, week, text: options.text });
      await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
      return;
    }
    if (!options.args.trim()) {
      const timeZone = await this.participation.timeZoneOf(membership.organisationId);
      const week = isoWeekId(weekOfInstant(this.participation.now(), timeZone));
      const reply = await this.answers.answer(context, { verb: 'logboek-edit', week });
      await context.sendActivity(
        'card' in reply ? MessageFactory.attachment(cardAttachment(reply.card)) : reply.text,
      );
      return;
    }
    await saveNote(this.participation, context, person, membership.organisationId, options.args);
  }
}
