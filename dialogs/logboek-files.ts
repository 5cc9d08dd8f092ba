import type { TurnContext } from 'botbuilder';
import { strings, type Strings } from '../cards/strings';
import { type Membership } from '../domain/access.rules';
import { mayContribute } from '../domain/consent.rules';
import type { Contribution, ConsentRegister, Contributions } from '../domain/contributions';
import { isoWeekId, weekOfInstant } from '../domain/iso-week';
import { acceptedExtensions, acceptedFile } from '../domain/logboek-files.rules';
import type { Person } from '../domain/people';
import type { Participation } from './participation';

/** A file in a message, as the bot found it; `botToken` when its host is the Bot Connector. */
export type IncomingFile =
  | { kind: 'file'; name?: string; declaredType?: string; url: string; botToken: boolean }
  | { kind: 'recorded-in-teams' };

export interface FileFetcher {
  fetch(
    url: string,
    bearerToken?: string,
  ): Promise<{ ok: true; bytes: Buffer } | { ok: false; reason: 'too-big' | 'failed' }>;
}

export interface LogboekFilesDeps {
  participation: Participation;
  contributions: Pick<Contributions, 'attach' | 'findWeekly' | 'saveWeekly'>;
  consents: Pick<ConsentRegister, 'latest'>;
  fetcher: FileFetcher;
  maxMegabytes: number;
  connectorToken: (context: TurnContext) => Promise<string | undefined>;
}

type Keeper = { person: Person; membership: Membership; text: Strings; at: Date };

/**
 * Files and voice recordings sent in the personal chat go with this week's logboek entry (created
 * empty when there is none yet), encrypted like the entry. Consent is checked before anything is
 * fetched (C1), the type before the download and the size while it runs; the store checks consent
 * again as it writes.
 */
export class LogboekFiles {
  constructor(private readonly deps: LogboekFilesDeps) {}

  async receive(context: TurnContext, files: IncomingFile[]): Promise<void> {
    const { participation } = this.deps;
    const text = strings(participation.language(context));
    const scope = context.activity.conversation.conversationType;
    if (scope && scope !== 'personal') {
      await context.sendActivity(text.files.personalOnly);
      return;
    }
    const person = await participation.person(context);
    const membership = person && (await participation.logboekMembership(person.id));
    if (!person || !membership) {
      await context.sendActivity(participation.logboekOnly(context));
      return;
    }
    if (!mayContribute(await this.deps.consents.latest(person.id, membership.studyId))) {
      await participation.showConsentCard(context, membership.studyId);
      return;
    }
    const keeper = { person, membership, text, at: participation.now() };
    for (const file of files) {
      if (!(await this.keep(context, keeper, file))) return;
    }
  }

  /** Keeps one file and says how it went; false when the rest should not be tried. */
  private async keep(context: TurnContext, keeper: Keeper, file: IncomingFile): Promise<boolean> {
    const { text } = keeper;
    if (file.kind === 'recorded-in-teams') {
      await context.sendActivity(text.logboekFlow.recordedInTeams);
      return true;
    }
    const type = acceptedFile(file.declaredType);
    if (!type) {
      await context.sendActivity(text.files.notAccepted(acceptedExtensions.join(', ')));
      return true;
    }
    const before = await this.thisWeek(keeper);
    if (before.closed) {
      await context.sendActivity(text.logboek.closed(before.week));
      return false;
    }
    const token = file.botToken ? await this.deps.connectorToken(context) : undefined;
    const download = await this.deps.fetcher.fetch(file.url, token);
    if (!download.ok) {
      const tooBig = text.files.tooBig(this.deps.maxMegabytes);
      await context.sendActivity(download.reason === 'too-big' ? tooBig : text.files.failed);
      return true;
    }
    // Looked up again: the card may have been saved while the file came in, and must not be
    // overwritten by an empty entry.
    const week = await this.thisWeek(keeper);
    const entry = week.entry ?? (await this.createEntry(context, keeper, week));
    if (!entry) return false;
    const fileName =
      file.name?.trim() || `${type.voice ? 'spraakbericht' : 'bestand'}.${type.extension}`;
    const attached = await this.deps.contributions.attach(
      entry.id,
      { fileName, contentType: type.contentType, bytes: download.bytes },
      keeper.at,
    );
    if (!attached.stored) {
      await this.deps.participation.showConsentCard(context, attached.studyId);
      return false;
    }
    await context.sendActivity(text.files.stored(week.week, type.voice));
    return true;
  }

  /** This week in the organisation's time zone, and its entry if there is one. */
  private async thisWeek({ person, membership, at }: Keeper) {
    const timeZone = await this.deps.participation.timeZoneOf(membership.organisationId);
    const isoWeek = weekOfInstant(at, timeZone);
    const period = isoWeekId(isoWeek);
    const contributions = this.deps.contributions;
    const entry = await contributions.findWeekly(person.id, 'logboek-entry', period);
    const closed = !!entry && entry.windowEndsAt.getTime() <= at.getTime();
    return { week: isoWeek.week, period, entry, closed };
  }

  /** This week's entry, empty: the file is the entry. */
  private async createEntry(
    context: TurnContext,
    { person, membership, text, at }: Keeper,
    { week, period }: { week: number; period: string },
  ): Promise<Contribution | undefined> {
    const saved = await this.deps.contributions.saveWeekly(
      {
        personId: person.id,
        organisationId: membership.organisationId,
        kind: 'logboek-entry',
        period,
        text: JSON.stringify({}),
      },
      at,
      0,
    );
    if (saved.stored) return saved.contribution;
    // Saved from a card while the file came in: the file goes with that entry.
    if (saved.reason === 'stale') return saved.current;
    if (saved.reason === 'closed') await context.sendActivity(text.logboek.closed(week));
    else await this.deps.participation.showConsentCard(context, saved.studyId);
    return undefined;
  }
}
