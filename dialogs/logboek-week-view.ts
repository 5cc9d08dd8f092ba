import type { TurnContext } from 'botbuilder';
import { toTicks, type OpenAction } from '../cards/action-line';
import type { AdaptiveCard } from '../cards/adaptive-card';
import { cardAttachment } from '../cards/attachment';
import { renderLogboekMovedCard } from '../cards/logboek-moved.card';
import { logboekRoleOf, renderLogboekCard } from '../cards/logboek.card';
import { strings } from '../cards/strings';
import type { Membership } from '../domain/access.rules';
import type { Contribution, Contributions } from '../domain/contributions';
import { parseIsoWeekId } from '../domain/iso-week';
import type { Person } from '../domain/people';
import type { Participation } from './participation';
import { answersOf, logboekReceipt } from './logboek-save';

type Keeper = { personId: string; organisationId: string };

/**
 * What the logboek card turns into, or a short word while the card stays as it is. `shows`: the
 * card is this keeper's card of that week to fill in; once placed in a message it is the week's
 * one live card.
 */
export type LogboekReply =
  { card: AdaptiveCard; shows?: { week: string; keeper: Keeper } } | { text: string };

export interface LogboekWeekCards {
  /** The week's card is now message `activityId`; returns the message that held it before. */
  showCard(keeper: Keeper, week: string, activityId: string, at: Date): Promise<string | undefined>;
  statusOf(personId: string, week: string): Promise<{ status: string; at: Date } | undefined>;
}

/** Agreed action points: shown on the card to tick off, and ticked off when it is saved. */
export interface OpenActions {
  openFor(personIds: readonly string[]): Promise<OpenAction[]>;
  markDone(ids: readonly string[], byPersonId: string, at: Date): Promise<string[]>;
}

/** One person's week as a card: to fill in, or as the receipt of what is stored now. */
export class LogboekWeekView {
  constructor(
    private readonly participation: Participation,
    private readonly weeks: LogboekWeekCards,
    private readonly actions: OpenActions,
    private readonly contributions: Pick<Contributions, 'findWeekly'>,
  ) {}

  /** The week's card, filled in with the stored entry and carrying its revision. */
  async card(context: TurnContext, person: Person, membership: Membership, weekId: string) {
    const language = this.participation.language(context);
    const week = parseIsoWeekId(weekId).week;
    const entry = await this.entryOf(person, weekId);
    if (entry && entry.windowEndsAt.getTime() <= this.participation.now().getTime()) {
      return { text: strings(language).logboek.closed(week) };
    }
    const answers = entry ? answersOf(entry) : {};
    const card = renderLogboekCard({
      language,
      week,
      weekId,
      role: logboekRoleOf(membership),
      answers: { ...answers, goals: entry?.tags ?? [] },
      openActions: toTicks(await this.actions.openFor([person.id]), language),
      revision: entry?.revision ?? 0,
    });
    const keeper = { personId: person.id, organisationId: membership.organisationId };
    return { card, shows: { week: weekId, keeper } };
  }

  /** What is stored for the week now: the receipt, or the card again when nothing is. */
  async current(
    context: TurnContext,
    person: Person,
    membership: Membership,
    weekId: string,
    notice?: string,
  ): Promise<LogboekReply> {
    const entry = await this.entryOf(person, weekId);
    if (entry) return { card: await this.receipt(context, membership, weekId, entry, notice) };
    const week = await this.weeks.statusOf(person.id, weekId);
    if (week?.status !== 'skipped') return this.card(context, person, membership, weekId);
    return { card: await this.receipt(context, membership, weekId, week.at) };
  }

  /** A receipt: of an entry, or of a skipped week (saved at `at`). */
  async receipt(
    context: TurnContext,
    membership: Membership,
    weekId: string,
    stored: Contribution | Date,
    notice?: string,
  ): Promise<AdaptiveCard> {
    return logboekReceipt({
      language: this.participation.language(context),
      weekId,
      stored,
      timeZone: await this.participation.timeZoneOf(membership.organisationId),
      now: this.participation.now(),
      ...(notice ? { notice } : {}),
      refreshFor: context.activity.from.id,
    });
  }

  /**
   * A card from `card` now sits in message `activityId`: it is the week's card, and the one that
   * held that place before becomes a short word pointing here (one live card a week).
   */
  async placed(context: TurnContext, reply: LogboekReply, activityId: string | undefined) {
    if (!('card' in reply) || !reply.shows || !activityId) return;
    const { week, keeper } = reply.shows;
    const earlier = await this.weeks.showCard(keeper, week, activityId, this.participation.now());
    if (!earlier) return;
    const language = this.participation.language(context);
    const moved = renderLogboekMovedCard({ language, week: parseIsoWeekId(week).week });
    try {
      await context.updateActivity({
        id: earlier,
        type: 'message',
        attachments: [cardAttachment(moved)],
      });
    } catch {
      // Deleted, or too old for Teams to change: harmless, since a save from it asks first.
    }
  }

  entryOf(person: Person, weekId: string) {
    return this.contributions.findWeekly(person.id, 'logboek-entry', weekId);
  }
}
