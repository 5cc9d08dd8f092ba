import type { Language } from '../domain/language';
import type { Role } from '../domain/roles';
import type { CheckInStrings } from './strings.check-in';
import type { InterviewStrings } from './strings.interview';
import type { LogboekFlowStrings } from './strings.logboek';
import type { PollStrings } from './strings.poll';
import type { ReportStrings } from './strings.report';
import { en } from './strings.en';
import { nl } from './strings.nl';

export type FiveQuestions = readonly [string, string, string, string, string];
export type GoalNumber = 1 | 2 | 3 | 4;

// Arguments arrive ready to show: the cards escape user text before passing it in.
export interface Strings {
  progress: {
    title: string;
    ownTitle: string;
    chartTitle: string;
    weeksWritten: (written: number, of: number) => string;
    lastEntry: (date: string) => string;
    nothingYet: string;
    openActions: (count: number) => string;
    nextCheckIn: (when: string) => string;
    noCheckIn: string;
    paused: (until: string) => string;
    holiday: string;
    stopped: string;
    called: (on: string) => string;
    notTakingPart: string;
    nudge: string;
    commitment: (organisation: string, hours: string, dagdelen: string) => string;
    empty: string;
    yourActions: string;
  };
  nudge: {
    title: (name: string) => string;
    intro: string;
    lineLabel: string;
    send: string;
    message: (name: string, coach: string, line: string | null) => string;
    sent: (name: string) => string;
    budgetUsed: (name: string) => string;
    holiday: (name: string) => string;
    paused: (name: string) => string;
    notTakingPart: (name: string) => string;
    notYours: string;
  };
  welcome: {
    greeting: (name: string) => string;
    intro: (careerTerm: string) => string;
    consent: string;
    helpButton: string;
  };
  commands: {
    help: string;
    moment: string;
    join: string;
    consent: string;
    logboek: string;
    myLogboek: string;
    personalData: string;
    pseudonym: string;
    progress: string;
    hours: string;
    dagdeel: string;
  };
  roles: Record<Role, string>;
  consent: {
    title: (study: string) => string;
    intro: string;
    windowLabel: string;
    windowValue: (days: number) => string;
    fullErasureValue: string;
    contactLabel: string;
    versionLabel: string;
    join: string;
    decline: string;
    given: string;
    declined: string;
    changed: string;
    statusGiven: (study: string, since: string) => string;
    statusDeclined: (study: string) => string;
    statusWithdrawn: (study: string, since: string) => string;
    stop: string;
    rejoin: string;
    noStudy: (joinWord: string) => string;
  };
  moment: {
    title: string;
    intro: string;
    weekdayLabel: string;
    weekdays: [string, string, string, string, string, string, string];
    timeLabel: string;
    pauseLabel: string;
    timeZone: (zone: string) => string;
    save: string;
    saved: (weekday: string, time: string) => string;
    paused: (until: string) => string;
  };
  withdraw: {
    title: (study: string) => string;
    eraseInside: (count: number) => string;
    keepOlder: (count: number) => string;
    eraseAll: (count: number) => string;
    nothingYet: string;
    afterwards: string;
    confirm: string;
    cancel: string;
    stopped: string;
    deleted: (list: string) => string;
    nothingDeleted: string;
    keptUnderPseudonym: (list: string) => string;
    alwaysKept: string;
    thanks: string;
    /** Parts of the lists above, each shown inside a sentence. */
    items: {
      entry: (week: number) => string;
      note: (day: string, count: number) => string;
      files: (count: number) => string;
      pollAnswers: (count: number) => string;
      reportAnswers: (count: number) => string;
    };
    cancelled: string;
    notTakingPart: string;
  };
  note: {
    offer: (week: number) => string;
    save: string;
    discard: string;
    discarded: string;
    /** A message longer than one note may be: nothing is kept, the person still has it. */
    tooLong: (max: number) => string;
  };
  logboek: {
    title: (week: number) => string;
    welcome: string;
    noFuss: string;
    agreed: string;
    dueBy: (date: string) => string;
    /** Aanjager and maatje: domain.md "The weekly logboek". */
    questions: FiveQuestions;
    /** Teamcoach: observations and reflections on the organisations they coach. */
    coachQuestions: FiveQuestions;
    goalsLabel: string;
    goals: Record<GoalNumber, string>;
    goalTags: Record<GoalNumber, string>;
    save: string;
    later: string;
    skip: string;
    saved: (week: number) => string;
    skipped: (week: number) => string;
    savedAt: (when: string) => string;
    tagged: (tags: string) => string;
    edit: string;
    editUntil: (until: string) => string;
    fillIn: string;
    fillInUntil: (until: string) => string;
    laterOk: string;
    laterNoReminder: string;
    closed: (week: number) => string;
    silentWeeks: (name: string) => string;
  };
  /** `mijn logboek`: the last weeks at a glance, and one week in full. */
  myLogboek: {
    title: string;
    intro: string;
    week: (week: number) => string;
    skipped: string;
    nothing: string;
    /** A week without a prompt: the organisation's holiday or the person's own pause. */
    quiet: string;
    view: string;
    weekTitle: (week: number) => string;
    writtenOn: (date: string) => string;
    leftEmpty: string;
    notes: string;
    files: string;
    shortened: string;
    nothingInWeek: (week: number) => string;
  };
  join: {
    joined: (organisation: string, role: string) => string;
    unknown: string;
    expired: string;
    usage: (word: string) => string;
    personalOnly: string;
  };
  pseudonym: {
    usage: (word: string) => string;
    found: (code: string, name: string, organisation: string) => string;
    notFound: (code: string) => string;
  };
  personalData: {
    fileDescription: string;
    sent: string;
    declined: string;
    notInTeams: string;
  };
  /** Files and voice recordings sent in the personal chat, kept with this week's logboek. */
  files: {
    stored: (week: number, voice: boolean) => string;
    tooBig: (maxMegabytes: number) => string;
    notAccepted: (types: string) => string;
    failed: string;
    personalOnly: string;
  };
  /** `uren` and `dagdeel`: a teamcoach's time and team sessions against the agreement. */
  commitment: {
    hoursUsage: (word: string) => string;
    dagdeelUsage: (word: string) => string;
    inFuture: string;
    hours: (hours: string) => string;
    onDate: (what: string, date: string) => string;
    dagdeel: string;
    recorded: (what: string) => string;
    totals: (t: {
      organisation: string;
      hours: string;
      hoursAgreed: number;
      dagdelen: number;
      dagdelenAgreed: number;
    }) => string;
    alreadyRecorded: string;
    chooseOrganisation: (what: string) => string;
  };
  /** The silent-weeks card's button: the teamcoach made the personal call. */
  coachCall: {
    button: string;
    noted: (date: string) => string;
    alreadyNoted: (date: string) => string;
    notYourCaseload: string;
  };
  checkIn: CheckInStrings;
  interview: InterviewStrings;
  poll: PollStrings;
  report: ReportStrings;
  logboekFlow: LogboekFlowStrings;
  refusal: (roles: string) => string;
  help: {
    title: string;
    intro: string;
    typeAnytime: string;
    /** The person's roles, already worded and listed. */
    yourRoles: (roles: string) => string;
    notLinked: (joinUsage: string) => string;
  };
  messages: {
    unknownText: (helpWord: string) => string;
    invalidSubmit: string;
    crashed: string;
    channelWelcome: (careerTerm: string) => string;
  };
}

const byLanguage: Record<Language, Strings> = { nl, en };

export function strings(language: Language): Strings {
  return byLanguage[language];
}

// Building an Intl.DateTimeFormat costs far more than formatting with one (it showed in the
// profile of every logboek save), and there are only two languages and a few time zones.
const longDates = new Map<string, Intl.DateTimeFormat>();

/** A day as it is written in running text: '27 november 2026', '27 November 2026'. */
export function longDate(date: Date, language: Language, timeZone: string): string {
  const key = `${language} ${timeZone}`;
  let format = longDates.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone,
    });
    longDates.set(key, format);
  }
  return format.format(date);
}
