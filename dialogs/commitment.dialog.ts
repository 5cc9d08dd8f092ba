import { randomUUID } from 'node:crypto';
import { MessageFactory, type TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { cardAttachment } from '../cards/attachment';
import {
  commitmentChoiceSchema,
  renderCommitmentChoiceCard,
} from '../cards/commitment-choice.card';
import { strings } from '../cards/strings';
import { allows } from '../domain/access.rules';
import type {
  CommitmentArgs,
  CommitmentDraft,
  CommitmentKind,
  CommitmentSummary,
} from '../domain/commitments';
import type { Language } from '../domain/language';
import type { Organisation } from '../domain/organisations';
import type { Person } from '../domain/people';
import { localDateOf } from '../domain/zoned-time';
import { parseCommitmentArgs } from './commitment-args';
import { OneTurnDialog } from './one-turn.dialog';
import type { Participation } from './participation';

/** One dialog per command word; the choice card's button goes to either, it names its kind. */
export const COMMITMENT_DIALOGS = {
  hours: 'commitment-hours',
  dagdeel: 'commitment-dagdeel',
} as const satisfies Record<CommitmentKind, string>;

export interface CommitmentBook {
  record(draft: CommitmentDraft, at: Date): Promise<boolean>;
  summary(organisationId: string): Promise<CommitmentSummary>;
}

const optionsSchema = z.union([
  commitmentChoiceSchema,
  z.object({ verb: z.literal('command'), args: z.string() }),
]);

/** `uren 1,5 [datum] [notitie]` and `dagdeel [datum] [notitie]`: only a teamcoach records. */
export class CommitmentDialog extends OneTurnDialog {
  constructor(
    private readonly kind: CommitmentKind,
    private readonly participation: Participation,
    private readonly book: CommitmentBook,
    private readonly word: (language: Language) => string,
  ) {
    super(COMMITMENT_DIALOGS[kind]);
  }

  protected async run(dc: DialogContext, rawOptions: unknown): Promise<void> {
    const context = dc.context;
    const options = optionsSchema.parse(rawOptions);
    const language = this.participation.language(context);
    const text = strings(language);
    const person = await this.participation.personOrExplain(context);
    if (!person) return;
    const coached = await this.coachedOrganisations(person.id);
    const organisations =
      options.verb === 'commitment-org'
        ? coached.filter((o) => o.id === options.organisationId)
        : coached;
    const [first] = organisations;
    if (!first) {
      await context.sendActivity(text.refusal(text.roles.teamcoach));
      return;
    }
    if (options.verb === 'commitment-org') {
      const { requestId, kind, minutes, heldOn, note } = options;
      const pending = { kind, minutes: minutes ?? null, heldOn, ...(note ? { note } : {}) };
      return this.record(context, person, first, pending, requestId);
    }
    const timeZone = person.timeZone ?? first.timeZone;
    const today = localDateOf(this.participation.now(), timeZone);
    const parsed = parseCommitmentArgs(this.kind, options.args, today);
    if (!parsed.ok) {
      const usage =
        this.kind === 'hours' ? text.commitment.hoursUsage : text.commitment.dagdeelUsage;
      const hint =
        parsed.reason === 'in-future' ? text.commitment.inFuture : usage(this.word(language));
      await context.sendActivity(hint);
      return;
    }
    if (organisations.length === 1) {
      return this.record(context, person, first, parsed.value, randomUUID());
    }
    const card = renderCommitmentChoiceCard({
      language,
      what: this.describe(language, parsed.value),
      organisations: organisations.map(({ id, name }) => ({ id, name })),
      requestId: randomUUID(),
      pending: parsed.value,
    });
    await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
  }

  private async record(
    context: TurnContext,
    person: Person,
    organisation: Organisation,
    pending: CommitmentArgs,
    id: string,
  ): Promise<void> {
    const language = this.participation.language(context);
    const text = strings(language);
    const draft = { ...pending, id, organisationId: organisation.id, coachPersonId: person.id };
    const recorded = await this.book.record(draft, this.participation.now());
    const summary = await this.book.summary(organisation.id);
    const done = recorded
      ? text.commitment.recorded(this.describe(language, pending))
      : text.commitment.alreadyRecorded;
    const totals = text.commitment.totals({
      organisation: organisation.name,
      hours: formatHours(summary.hoursUsed, language),
      hoursAgreed: summary.hoursAgreed,
      dagdelen: summary.dagdelenHeld,
      dagdelenAgreed: summary.dagdelenAgreed,
    });
    await context.sendActivity(`${done} ${totals}`);
  }

  /** The organisations in which the role rules let this person record coaching. */
  private async coachedOrganisations(personId: string): Promise<Organisation[]> {
    const viewer = await this.participation.viewerOf(personId);
    const found = await Promise.all(
      viewer.memberships
        .filter((m) =>
          allows(viewer, { action: 'record-coaching', organisationId: m.organisationId }),
        )
        .map((m) => this.participation.organisation(m.organisationId)),
    );
    return found.filter((o): o is Organisation => o !== undefined);
  }

  /** "2 uur op 12 november 2026", "een dagdeel op 12 november 2026". */
  private describe(language: Language, pending: CommitmentArgs): string {
    const t = strings(language).commitment;
    const what =
      pending.kind === 'dagdeel' || pending.minutes === null
        ? t.dagdeel
        : t.hours(formatHours(pending.minutes / 60, language));
    const noon = new Date(`${pending.heldOn}T12:00:00Z`);
    return t.onDate(what, this.participation.formatDate(noon, language, 'UTC'));
  }
}

function formatHours(hours: number, language: Language): string {
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(hours);
}
