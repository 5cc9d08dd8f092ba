import type { Role } from './roles';
/** The words schools use for career guidance; each organisation picks its own. */
export const careerTerms = ['LOB', 'LB', 'SLB', 'SB'] as const;
export type CareerTerm = (typeof careerTerms)[number];

/** A research study: what people consent to, and who to turn to (C9, C10). */
export interface Study {
  id: string;
  name: string;
  contact: { name: string; email: string };
  /** 'window': a withdrawal deletes what is still inside its bedenktijd (C4, C5); 'full': all. */
  erasure: 'window' | 'full';
  withdrawalWorkingDays: number;
  /** ISO dates that do not count as working days on top of the Dutch public holidays. */
  extraNonWorkingDays: string[];
}

export interface Organisation {
  id: string;
  studyId: string;
  name: string;
  timeZone: string;
  careerTerm: CareerTerm;
}

export interface HolidayPeriod {
  name: string;
  /** First and last day, inclusive, as ISO dates in the organisation's time zone. */
  startsOn: string;
  endsOn: string;
}

/** Someone on an organisation's roster, linked to a Teams person once they joined. */
export interface Member {
  id: string;
  organisationId: string;
  personId: string | null;
  name: string;
  email: string | null;
  roles: Role[];
}
