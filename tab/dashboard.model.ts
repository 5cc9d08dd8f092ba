import type { Language } from '../domain/language';

/**
 * What `/api/tab/me` answers, shared by the API and the page. Everything a person reads is
 * already worded on the server, in their language, with the same strings the bot uses.
 */
/** How one ISO week went for someone's logboek; 'nothing' includes this week, not done yet. */
export type WeekKind = 'written' | 'skipped' | 'quiet' | 'nothing';

export interface WeekMark {
  week: number;
  kind: WeekKind;
  /** 'week 47 · geschreven', for a tooltip and for screen readers. */
  label: string;
}

/** One person a teamcoach coaches: facts only, never what they wrote. */
export interface CaseloadPerson {
  name: string;
  role: string;
  takesPart: boolean;
  weeksWritten: number;
  weeksShown: number;
  /** 'laatst geschreven op 20 november', 'nog geen check-in gepland', ... */
  facts: string[];
  /** Oldest first, for a chart that reads left to right. */
  weeks: WeekMark[];
}

/** One of the viewer's own weeks, newest first, as `mijn logboek` shows them. */
export interface OwnWeek {
  week: number;
  kind: WeekKind;
  status: string;
  writtenOn: string | null;
  goals: string[];
  /** The first line of what they wrote, for themselves only. */
  firstLine: string | null;
}

export interface TabDashboard {
  language: Language;
  name: string;
  /** Present for a teamcoach: everyone on their caseload. */
  caseload: CaseloadPerson[] | null;
  /** Present for anyone who keeps a logboek. */
  ownWeeks: OwnWeek[] | null;
  /** Present for someone who sent polls: their latest, with results only from k answers on. */
  polls: PollResult[] | null;
  /** Present for an onderzoeker: the studies whose export they may download. */
  research: { studies: { id: string; name: string }[] } | null;
  /** Present for an onderzoeker: the oogstverslagen of their studies and their member check. */
  reports: ReportOverview[] | null;
}

/** One oogstverslag as the researcher follows it; the same facts as `koers report status`. */
export interface ReportOverview {
  id: string;
  title: string;
  session: string;
  versions: {
    number: number;
    sha256: string;
    sentAt: string;
    answerUntil: string;
    closedAt: string | null;
  }[];
  approved: { number: number; sha256: string; approvedAt: string } | null;
  people: {
    name: string;
    status: 'agreed' | 'change' | 'open';
    comments: { version: number; text: string }[];
  }[];
}

/** What `/api/tab/report?report=<id>` gives a participant the report was sent to. */
export interface ReportToRead {
  title: string;
  version: number;
  sha256: string;
  text: string;
}

/** One of the viewer's own polls, worded as the bot's results card words it. */
export interface PollResult {
  title: string;
  /** '4 antwoorden'. */
  answers: string;
  /** Why there is nothing to see yet (below k); then `questions` is empty. */
  tooFew: string | null;
  questions: {
    title: string;
    counts: { label: string; count: number }[] | null;
    /** Open answers in random order, with the line that says so. */
    texts: { note: string; items: string[] } | null;
  }[];
}

/** A refusal: 401 (not signed in), 403 (unknown, or not theirs to see), with a line to show. */
export interface TabRefusal {
  error: 'not-signed-in' | 'unknown-person' | 'not-allowed' | 'bad-request';
  message: string;
}
