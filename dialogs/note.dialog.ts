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
import { noteUndoSchema } from '../cards/note-receipt.card';
import { strings } from '../cards/strings';
import type { Membership } from '../domain/access.rules';
import { isoWeekId, latestWeekNumbered, weekOfInstant } from '../domain/iso-week';
import { logboekIntent, type LogboekIntent } from '../domain/logboek-intent';
import type { Person } from '../domain/people';
import type { LogboekAnswers } from './logboek-answers';
import type { MyLogboekView } from './my-logboek.dialog';
import { OneTurnDialog } from './one-turn.dialog';
import type { Participation } from './participation';
import type { Notes } from './save-note';

export const NOTE_DIALOG = 'logboek';

const optionsSchema = z.union([
  noteSaveSubmitSchema,
  noteDiscardSubmitSchema,
  noteUndoSchema,
  // Any length gets here (a Teams message may be longer than a note): run() answers the rest.
  z.object({ verb: z.literal('note-offer'), text: z.string().trim().min(1) }),
  z.object({ verb: z.literal('command'), args: z.string() }),
]);
type Options = z.infer<typeof optionsSchema>;

/**
 * `logboek` opens this week's card; `logboek <intent>` does what the words name (bekijken,
 * week 48, ...); `logboek <text>` keeps a note with this week, which its receipt can undo; a plain
 * message is offered as a note first.
 */
export class NoteDialog extends OneTurnDialog {
  constructor(
    private readonly participation: Participation,
    private readonly answers: LogboekAnswers,
    private readonly myLogboek: MyLogboekView,
    private readonly notes: Notes,
  ) {
    super(NOTE_DIALOG);
  }

  protected async run(dc: DialogContext, rawOptions: unknown): Promise<void> {
    const context = dc.context;
    const text = strings(this.participation.language(context));
    const options = optionsSchema.parse(rawOptions);
    const keeper = await this.participation.logboekKeeperOrExplain(context);
    if (!keeper) return;
    const { person, membership } = keeper;
    switch (options.verb) {
      case 'note-discard':
        await context.sendActivity(text.note.discarded);
        return;
      case 'note-undo': {
        const removed = await this.notes.remove(person.id, options.id);
        const t = text.logboekFlow;
        await context.sendActivity(removed === 'closed' ? t.undoClosed : t.undone);
        return;
      }
      default:
        return this.offerOrKeep(dc, person, membership, options);
    }
  }

  private async offerOrKeep(
    dc: DialogContext,
    person: Person,
    membership: Membership,
    options: Exclude<Options, { verb: 'note-discard' | 'note-undo' }>,
  ): Promise<void> {
    const context = dc.context;
    const language = this.participation.language(context);
    const text = strings(language);
    const intent: LogboekIntent | { kind: 'offer'; text: string } =
      options.verb === 'command'
        ? logboekIntent(options.args)
        : options.verb === 'note-save'
          ? { kind: 'note', text: options.note }
          : { kind: 'offer', text: options.text };
    const organisationId = membership.organisationId;
    switch (intent.kind) {
      case 'note':
      case 'offer':
        if (intent.text.length > NOTE_MAX_CHARACTERS) {
          await context.sendActivity(text.note.tooLong(NOTE_MAX_CHARACTERS));
          return;
        }
        if (intent.kind === 'note')
          return this.notes.save(context, person, organisationId, intent.text);
        break;
      case 'view':
        return this.myLogboek.show(context, person, membership);
      case 'of-someone':
        await context.sendActivity(text.logboekFlow.onlyOwn);
        return;
    }
    const timeZone = await this.participation.timeZoneOf(organisationId);
    const current = weekOfInstant(this.participation.now(), timeZone);
    if (intent.kind === 'offer') {
      const card = renderNoteOfferCard({ language, week: current.week, text: intent.text });
      await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
      return;
    }
    if (intent.kind === 'week') {
      const week = latestWeekNumbered(current, intent.week);
      if (!week) {
        await context.sendActivity(text.myLogboek.nothingInWeek(intent.week));
        return;
      }
      if (week.week !== current.week || week.year !== current.year) {
        return this.myLogboek.show(context, person, membership, isoWeekId(week));
      }
    }
    await this.openCard(dc, isoWeekId(current));
  }

  /** This week's card, as the week's one live card: an earlier one points here. */
  private async openCard(dc: DialogContext, week: string): Promise<void> {
    const reply = await this.answers.answer(dc.context, { verb: 'logboek-open', week });
    const sent = await dc.context.sendActivity(
      'card' in reply ? MessageFactory.attachment(cardAttachment(reply.card)) : reply.text,
    );
    await this.answers.view.placed(dc.context, reply, sent?.id);
  }
}
