import { MessageFactory, type TurnContext } from 'botbuilder';
import { cardAttachment } from '../cards/attachment';
import { renderNoteReceiptCard } from '../cards/note-receipt.card';
import { isoWeekId, weekOfInstant } from '../domain/iso-week';
import type { Contributions, RemoveNoteResult } from '../domain/contributions';
import type { Person } from '../domain/people';
import type { Participation } from './participation';

/**
 * Notes with this week's logboek. Without consent the domain refuses one, and the person gets the
 * consent card with the note riding along, so nothing they wrote is lost or kept.
 */
export class Notes {
  constructor(
    private readonly participation: Participation,
    private readonly contributions: Pick<Contributions, 'add' | 'removeNote'>,
  ) {}

  async save(context: TurnContext, person: Person, organisationId: string, note: string) {
    const participation = this.participation;
    const language = participation.language(context);
    const organisation = await participation.organisation(organisationId);
    if (!organisation) throw new Error(`Organisation ${organisationId} is gone.`);
    const at = participation.now();
    const thisWeek = weekOfInstant(at, organisation.timeZone);
    const { week } = thisWeek;
    const period = isoWeekId(thisWeek);
    const result = await this.contributions.add(
      { personId: person.id, organisationId, kind: 'logboek-note', period, text: note },
      at,
    );
    if (!result.stored) {
      await participation.showConsentCard(context, result.studyId, note);
      return;
    }
    const lastDay = new Date(result.contribution.windowEndsAt.getTime() - 1);
    const until = participation.formatDate(lastDay, language, organisation.timeZone);
    const noteId = result.contribution.id;
    const card = renderNoteReceiptCard({ language, week, until, noteId });
    await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
  }

  /** The author takes a note back inside its bedenktijd. */
  remove(personId: string, noteId: string): Promise<RemoveNoteResult> {
    return this.contributions.removeNote(personId, noteId, this.participation.now());
  }
}
