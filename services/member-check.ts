import { mayContribute } from '../domain/consent.rules';
import { addDays, type LocalDate } from '../domain/local-date';
import type { Member } from '../domain/organisations';
import { currentVersion, type Report } from '../domain/reports';
import { isRole } from '../domain/roles';
import { startOfLocalDay } from '../domain/zoned-time';
import type { Outbox } from '../infra/delivery/outbox';
import type { Stores } from '../infra/storage/stores';
import { reportDrafts, type ReportMessageDeps } from './report-messages';
import { reportStatus, type ReportStatus } from './report-status';

export interface SendRequest {
  organisationId: string;
  title: string;
  session: string;
  text: string;
  /** Roster e-mail addresses and roles, mixed. */
  to: string[];
  /** The last day to answer, in the organisation's calendar. */
  until: LocalDate;
}

/** Someone on the list who did not get the report, and why. */
export interface Skipped {
  name: string;
  reason: 'not-joined' | 'no-consent';
}

export type SendOutcome =
  | { sent: true; report: Report; to: string[]; skipped: Skipped[] }
  | { sent: false; reason: 'unknown-organisation' | 'until-passed' | 'nobody'; skipped: Skipped[] };

export type VersionOutcome =
  | { sent: true; report: Report; to: number }
  | { sent: false; reason: 'unknown' | 'frozen' | 'until-passed' };

type MemberCheckStores = Pick<
  Stores,
  'organisations' | 'members' | 'consents' | 'people' | 'reports' | 'reportAnswers'
>;

/**
 * The member check of an oogstverslag, for the CLI and the tab alike: send it to people on the
 * roster, publish a new version, close it, and read where everyone stands.
 */
export class MemberCheck {
  private readonly messages: ReportMessageDeps;

  constructor(
    private readonly deps: {
      stores: MemberCheckStores;
      outbox: Pick<Outbox, 'enqueue'>;
      appId: string;
      defaultLocale: string;
      defaultTimeZone: string;
    },
  ) {
    const { stores } = deps;
    this.messages = { ...stores, ...deps };
  }

  async send(request: SendRequest, at: Date): Promise<SendOutcome> {
    const { organisations, members, consents } = this.deps.stores;
    const organisation = await organisations.findOrganisation(request.organisationId);
    if (!organisation) return { sent: false, reason: 'unknown-organisation', skipped: [] };
    const answerUntil = startOfLocalDay(addDays(request.until, 1), organisation.timeZone);
    if (answerUntil.getTime() <= at.getTime()) {
      return { sent: false, reason: 'until-passed', skipped: [] };
    }
    const chosen = (await members.list(organisation.id)).filter((m) => named(m, request.to));
    const skipped: Skipped[] = [];
    const recipients: { memberId: string; personId: string; name: string }[] = [];
    for (const member of chosen) {
      if (!member.personId) {
        skipped.push({ name: member.name, reason: 'not-joined' });
      } else if (!mayContribute(await consents.latest(member.personId, organisation.studyId))) {
        skipped.push({ name: member.name, reason: 'no-consent' });
      } else {
        recipients.push({ memberId: member.id, personId: member.personId, name: member.name });
      }
    }
    if (recipients.length === 0) return { sent: false, reason: 'nobody', skipped };
    const report = await this.deps.stores.reports.create(
      { ...request, answerUntil, recipients },
      at,
    );
    await this.goOut(report, at);
    return { sent: true, report, to: recipients.map((r) => r.name), skipped };
  }

  /** A new version goes to everyone the report went to; `until` defaults to a week from now. */
  async publish(
    reportId: string,
    text: string,
    until: LocalDate | undefined,
    at: Date,
  ): Promise<VersionOutcome> {
    const { reports, organisations } = this.deps.stores;
    const report = await reports.get(reportId);
    const organisation = report && (await organisations.findOrganisation(report.organisationId));
    if (!report || !organisation) return { sent: false, reason: 'unknown' };
    const answerUntil = until
      ? startOfLocalDay(addDays(until, 1), organisation.timeZone)
      : new Date(at.getTime() + WEEK_MS);
    if (answerUntil.getTime() <= at.getTime()) return { sent: false, reason: 'until-passed' };
    const added = await reports.addVersion(reportId, text, answerUntil, at);
    if (added === 'unknown' || added === 'frozen') return { sent: false, reason: added };
    const updated = (await reports.get(reportId))!;
    return { sent: true, report: updated, to: await this.goOut(updated, at) };
  }

  close(reportId: string, at: Date) {
    return this.deps.stores.reports.close(reportId, at);
  }

  async status(reportId: string): Promise<ReportStatus | undefined> {
    const report = await this.deps.stores.reports.get(reportId);
    return report && this.statusOf(report);
  }

  private async statusOf(report: Report): Promise<ReportStatus> {
    const { reports, reportAnswers } = this.deps.stores;
    const recipients = await reports.recipients(report.id);
    return reportStatus(report, recipients, await reportAnswers.answersTo(report.id));
  }

  private async goOut(report: Report, at: Date): Promise<number> {
    const version = currentVersion(report)!;
    const people = (await this.deps.stores.reports.recipients(report.id)).map((r) => r.personId);
    const drafts = await reportDrafts(this.messages, report, version, people, at, 'report');
    await this.deps.outbox.enqueue(drafts, at);
    return drafts.length;
  }
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** On the list by e-mail (any case) or by one of their roles. */
function named(member: Member, to: readonly string[]): boolean {
  return to.some((item) =>
    isRole(item) ? member.roles.includes(item) : member.email === item.trim().toLowerCase(),
  );
}
