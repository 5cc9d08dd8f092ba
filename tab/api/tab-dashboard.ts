import type { LogboekHistory } from '../../dialogs/logboek-history';
import type { Participation } from '../../dialogs/participation';
import type { ProgressOverview, ProgressSources } from '../../dialogs/progress-overview';
import { allows, type Viewer } from '../../domain/access.rules';
import type { Language } from '../../domain/language';
import type { Person } from '../../domain/people';
import type { TabDashboard } from '../dashboard.model';
import { caseloadView } from './caseload.view';
import type { TabCaller } from './entra-token';
import { ownWeeksView } from './own-weeks.view';
import { pollResultsView, type PollSources } from './poll-results.view';
import { reportsView } from './report.view';
import type { Stores } from '../../infra/storage/stores';

export interface TabDashboardDeps {
  participation: Participation;
  overview: ProgressOverview;
  sources: Pick<ProgressSources, 'members' | 'weeks'>;
  history: LogboekHistory;
  polls: PollSources;
  reports: Pick<Stores, 'reports' | 'reportAnswers'>;
}

/**
 * What one person sees on the dashboard, by the same role rules as the bot: a teamcoach their
 * caseload (facts only), anyone who keeps a logboek their own weeks, a poll's owner its results
 * from k answers on, an onderzoeker the export.
 */
export class TabDashboardBuilder {
  constructor(private readonly deps: TabDashboardDeps) {}

  /** Undefined when Koers does not know the caller. */
  async build(caller: TabCaller, language: Language): Promise<TabDashboard | undefined> {
    const { participation } = this.deps;
    const person = await participation.personByTeamsId(caller.tenantId, caller.aadObjectId);
    if (!person) return undefined;
    const viewer = await participation.viewerOf(person.id);
    return {
      language,
      name: person.name,
      caseload: await this.caseload(viewer, language),
      ownWeeks: await this.ownWeeks(person, language),
      polls: await pollResultsView(viewer, language, this.deps.polls),
      research: await this.research(viewer),
      reports: await reportsView(viewer, this.deps.reports),
    };
  }

  private async research(viewer: Viewer) {
    const studyIds = new Set(
      viewer.memberships
        .filter((m) => allows(viewer, { action: 'research', studyId: m.studyId }))
        .map((m) => m.studyId),
    );
    if (studyIds.size === 0) return null;
    const { participation } = this.deps;
    const studies = await Promise.all([...studyIds].map((id) => participation.study(id)));
    return {
      studies: studies.flatMap((study) => (study ? [{ id: study.id, name: study.name }] : [])),
    };
  }

  private async caseload(viewer: Viewer, language: Language) {
    const { participation, overview, sources } = this.deps;
    if (!viewer.memberships.some((m) => m.roles.includes('teamcoach'))) return null;
    const at = participation.now();
    const model = await overview.build(viewer, language, at);
    return model ? caseloadView(model, sources, at) : null;
  }

  private async ownWeeks(person: Person, language: Language) {
    const { participation, history } = this.deps;
    const membership = await participation.logboekMembership(person.id);
    if (!membership) return null;
    const timeZone = await participation.timeZoneOf(membership.organisationId);
    return ownWeeksView(await history.overview(person, timeZone, language), language);
  }
}
