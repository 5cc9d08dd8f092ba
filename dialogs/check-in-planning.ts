import type { TurnContext } from 'botbuilder';
import { escapeMarkdown } from '../cards/adaptive-card';
import { whenText } from '../cards/check-in-when';
import { strings } from '../cards/strings';
import { allows, type Viewer } from '../domain/access.rules';
import { occurrencesOf, type Repeat } from '../domain/check-in-schedule';
import type { CaseloadAanjager, CheckInMode, CheckInPlan } from '../domain/check-ins';
import type { Language } from '../domain/language';
import { compareLocalDates, type LocalDate } from '../domain/local-date';
import type { Person } from '../domain/people';
import type { WallTime } from '../domain/zoned-time';
import type { CheckInPorts } from './check-in-ports';
import type { Participation } from './participation';

/** A teamcoach in a personal chat, with where they coach and the zone they plan in. */
export interface Coach {
  person: Person;
  viewer: Viewer;
  memberIds: string[];
  timeZone: string;
  language: Language;
}

export interface PlanRequest {
  aanjager: CaseloadAanjager;
  withMaatje: boolean;
  date: LocalDate | null;
  time: WallTime | null;
  durationMinutes: number;
  mode: CheckInMode;
  location: string | null;
  /** Every N weeks (0: once) until a date. */
  every: number;
  until: LocalDate | null;
}

/** What planning a check-in takes, shared by `check-in plannen` and the agreement card. */
export class CheckInPlanning {
  constructor(
    private readonly participation: Participation,
    private readonly ports: CheckInPorts,
  ) {}

  /** The teamcoach behind this turn, or the polite answer for anyone else. */
  async coach(context: TurnContext): Promise<Coach | string> {
    const language = this.participation.language(context);
    const text = strings(language);
    const person = await this.participation.person(context);
    if (!person) return text.join.personalOnly;
    const viewer = await this.participation.viewerOf(person.id);
    const coaching = viewer.memberships.filter((m) => m.roles.includes('teamcoach'));
    const [first] = coaching;
    if (!first) return text.refusal(text.roles.teamcoach);
    const timeZone = person.timeZone ?? (await this.participation.timeZoneOf(first.organisationId));
    return { person, viewer, memberIds: coaching.map((m) => m.memberId), timeZone, language };
  }

  /** The aanjagers on this coach's own caseload: the only ones they may plan with. */
  async caseload(coach: Coach): Promise<CaseloadAanjager[]> {
    const all = await this.ports.caseload.aanjagersOf(coach.memberIds);
    return all.filter((a) =>
      allows(coach.viewer, {
        action: 'plan-check-in',
        with: { personId: a.personId, memberId: a.memberId, organisationId: a.organisationId },
      }),
    );
  }

  /** Checks, stores and words a plan; when something is off, nothing is stored. */
  async plan(coach: Coach, request: PlanRequest): Promise<string> {
    const t = strings(coach.language).checkIn;
    const { aanjager, date, time } = request;
    if (!date || !time) return t.whenMissing;
    let repeat: Repeat | undefined;
    if (request.every > 0) {
      if (!request.until) return t.untilMissing;
      if (compareLocalDates(request.until, date) < 0) return t.untilBefore;
      repeat = { everyWeeks: request.every, until: request.until };
    }
    const { starts, capped } = occurrencesOf(date, time, coach.timeZone, repeat);
    const now = this.participation.now();
    if ((starts[0] ?? now) <= now) return t.inThePast;
    const maatje = request.withMaatje ? aanjager.maatje : null;
    const asked = [aanjager.personId, ...(maatje ? [maatje.personId] : [])];
    const consenting = await this.ports.caseload.consenting(asked, aanjager.organisationId);
    if (!consenting.has(aanjager.personId)) return t.noConsent(escapeMarkdown(aanjager.name));
    const maatjeComes = maatje !== null && consenting.has(maatje.personId);
    const plan: CheckInPlan = {
      organisationId: aanjager.organisationId,
      coachPersonId: coach.person.id,
      starts,
      timeZone: coach.timeZone,
      durationMinutes: request.durationMinutes,
      mode: request.mode,
      location: request.location,
      ...(repeat ? { repeat } : {}),
      invitees: [
        { personId: aanjager.personId, role: 'aanjager' },
        ...(maatje && maatjeComes ? [{ personId: maatje.personId, role: 'maatje' as const }] : []),
      ],
    };
    const [first] = await this.ports.checkIns.plan(plan, now);
    const names = [aanjager.name, ...(maatje && maatjeComes ? [maatje.name] : [])];
    const dates = starts.map((s) => whenText(s, coach.language, coach.timeZone));
    return [
      t.planned(t.list(names.map(escapeMarkdown)), t.list(dates)),
      ...(maatje && !maatjeComes ? [t.maatjeNoConsent(escapeMarkdown(maatje.name))] : []),
      ...(capped ? [t.capped(starts.length)] : []),
      ...(first
        ? [`[${t.addToCalendar}](${this.ports.calendarUrl(first.id, coach.person.id)})`]
        : []),
    ].join('\n\n');
  }
}
