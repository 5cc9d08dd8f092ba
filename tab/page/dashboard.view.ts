import { firstName } from '../../domain/first-name';
import type { CaseloadPerson, OwnWeek, TabDashboard } from '../dashboard.model';
import { el } from './dom';
import { pollsSection } from './polls.view';
import { reportsSection } from './reports.view';
import { researchSection, type Download } from './research.view';
import type { PageStrings } from './strings';
import { legend, weekSquares } from './week-squares';

function personCard(person: CaseloadPerson): HTMLElement {
  return el(
    'article',
    { class: 'person', 'data-testid': 'caseload-person' },
    el('h3', {}, `${person.name} (${person.role})`),
    person.weeks.length > 0 ? weekSquares(person.weeks, person.facts[0] ?? '') : null,
    el('p', { class: 'facts' }, person.facts.join(' · ')),
  );
}

function caseloadSection(people: readonly CaseloadPerson[], t: PageStrings): HTMLElement {
  if (people.length === 0) {
    return el('section', {}, el('h2', {}, t.caseload), el('p', {}, t.caseloadEmpty));
  }
  return el(
    'section',
    { 'data-testid': 'caseload' },
    el('h2', {}, t.caseload),
    el('p', { class: 'subtle' }, t.caseloadIntro),
    legend(t),
    ...people.map(personCard),
  );
}

function ownWeekLine(week: OwnWeek): HTMLElement {
  const parts = [week.writtenOn ?? week.status, week.goals.join(', '), week.firstLine ?? ''];
  const rest = parts.filter((part) => part !== '').join(' · ');
  return el('li', { 'data-kind': week.kind }, el('strong', {}, `Week ${week.week}`), ` · ${rest}`);
}

function ownSection(weeks: readonly OwnWeek[], t: PageStrings): HTMLElement {
  return el(
    'section',
    { 'data-testid': 'own-weeks' },
    el('h2', {}, t.ownWeeks),
    el('p', { class: 'subtle' }, t.ownWeeksIntro),
    el('ol', { class: 'own' }, ...weeks.map(ownWeekLine)),
  );
}

/** Everything one person may see, in the order they most likely look for it. */
export function dashboardView(
  dashboard: TabDashboard,
  t: PageStrings,
  download: Download,
): HTMLElement[] {
  const parts = [
    el('h1', {}, t.hello(firstName(dashboard.name))),
    dashboard.caseload ? caseloadSection(dashboard.caseload, t) : null,
    dashboard.ownWeeks ? ownSection(dashboard.ownWeeks, t) : null,
    dashboard.polls ? pollsSection(dashboard.polls, t) : null,
    dashboard.research ? researchSection(dashboard.research.studies, t, download) : null,
    dashboard.reports ? reportsSection(dashboard.reports, t) : null,
  ].filter((part): part is HTMLElement => part !== null);
  return parts.length > 1 ? parts : [...parts, el('p', {}, t.nothingHere)];
}
