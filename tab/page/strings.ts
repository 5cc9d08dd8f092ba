import type { TabLanguage, WeekKind } from '../dashboard.model';

const nl = {
  loading: 'even laden…',
  outsideTeams: 'open Koers in Teams om je dashboard te zien.',
  outsideTeamsHint: 'dit dashboard is een tab van de Koers-app in Microsoft Teams.',
  signInFailed: 'inloggen via Teams lukte niet. probeer het zo nog eens.',
  loadFailed: 'het dashboard laden lukte even niet. probeer het zo nog eens.',
  hello: (name: string) => `hoi ${name}`,
  caseload: 'wie je coacht',
  caseloadIntro:
    'de laatste acht weken per persoon, de oudste links. alleen feiten, nooit wat iemand schreef.',
  caseloadEmpty: 'er staat nog niemand op je lijst. de beheerder koppelt je aanjagers aan jou.',
  ownWeeks: 'jouw weken',
  ownWeeksIntro: 'wat je schreef, per week. alleen jij ziet dit.',
  nothingHere: 'hier is voor jou nog niets te zien. in de chat met Koers typ je help.',
  polls: 'jouw peilingen',
  pollsIntro: 'anoniem, en pas te zien als genoeg mensen antwoordden.',
  research: 'onderzoeksexport',
  researchIntro:
    'alleen gegevens met toestemming, onder pseudoniemen. elke download komt in het auditlog.',
  downloadXlsx: 'download voor MAXQDA (xlsx)',
  downloadCsv: 'download als csv',
  downloading: 'de export wordt gemaakt…',
  downloadFailed: 'de download lukte niet. probeer het zo nog eens.',
  kinds: {
    written: 'geschreven',
    skipped: 'overgeslagen',
    quiet: 'vakantie of pauze',
    nothing: 'niets geschreven',
  } satisfies Record<WeekKind, string>,
};

const en: typeof nl = {
  loading: 'loading…',
  outsideTeams: 'open Koers in Teams to see your dashboard.',
  outsideTeamsHint: 'this dashboard is a tab of the Koers app in Microsoft Teams.',
  signInFailed: 'signing in through Teams did not work. please try again in a moment.',
  loadFailed: 'the dashboard did not load just now. please try again in a moment.',
  hello: (name) => `hi ${name}`,
  caseload: 'who you coach',
  caseloadIntro:
    'the last eight weeks per person, oldest on the left. facts only, never what anyone wrote.',
  caseloadEmpty: 'nobody is on your list yet. the admin links your aanjagers to you.',
  ownWeeks: 'your weeks',
  ownWeeksIntro: 'what you wrote, week by week. only you see this.',
  nothingHere: 'nothing to show you here yet. in the chat with Koers, type help.',
  polls: 'your polls',
  pollsIntro: 'anonymous, and only shown once enough people have answered.',
  research: 'research export',
  researchIntro: 'consented data only, under pseudonyms. every download goes into the audit log.',
  downloadXlsx: 'download for MAXQDA (xlsx)',
  downloadCsv: 'download as csv',
  downloading: 'making the export…',
  downloadFailed: 'the download did not work. please try again in a moment.',
  kinds: {
    written: 'written',
    skipped: 'skipped',
    quiet: 'holiday or pause',
    nothing: 'nothing written',
  },
};

export type PageStrings = typeof nl;

export function pageStrings(language: TabLanguage): PageStrings {
  return language === 'en' ? en : nl;
}

/** Dutch unless the browser or Teams says English, as the bot does. */
export function languageOf(locale: string | undefined): TabLanguage {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}
