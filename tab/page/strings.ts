import type { Language } from '../../domain/language';
import type { WeekKind } from '../dashboard.model';

const nl = {
  loading: 'Even laden…',
  outsideTeams: 'Open Koers in Teams om je dashboard te zien.',
  outsideTeamsHint: 'Dit dashboard is een tab van de Koers-app in Microsoft Teams.',
  signInFailed: 'Inloggen via Teams lukte niet. Probeer het zo nog eens.',
  loadFailed: 'Het dashboard laden lukte even niet. Probeer het zo nog eens.',
  hello: (name: string) => `Hoi ${name}`,
  caseload: 'Wie je coacht',
  caseloadIntro:
    'De laatste acht weken per persoon, de oudste links. Alleen feiten, nooit wat iemand schreef.',
  caseloadEmpty: 'Er staat nog niemand op je lijst. De beheerder koppelt je aanjagers aan jou.',
  ownWeeks: 'Jouw weken',
  ownWeeksIntro: 'Wat je schreef, per week. Alleen jij ziet dit.',
  nothingHere: 'Hier is voor jou nog niets te zien. In de chat met Koers typ je help.',
  polls: 'Jouw peilingen',
  pollsIntro: 'Anoniem, en pas te zien als genoeg mensen antwoordden.',
  research: 'Onderzoeksexport',
  researchIntro:
    'Alleen gegevens met toestemming, onder pseudoniemen. Elke download komt in het auditlog.',
  downloadXlsx: 'Download voor MAXQDA (xlsx)',
  downloadCsv: 'Download als csv',
  downloadQdpx: 'Download als REFI-QDA-project (MAXQDA, ATLAS.ti, NVivo)',
  downloading: 'De export wordt gemaakt…',
  downloadFailed: 'De download lukte niet. Probeer het zo nog eens.',
  reports: 'Oogstverslagen',
  reportsIntro: 'Per verslag wie akkoord gaf, wie iets wil aanpassen en wie nog niet reageerde.',
  reportsNone: 'Nog geen verslagen. Je stuurt er een met koers report send.',
  reportStatus: { agreed: 'akkoord', change: 'wil iets aanpassen', open: 'nog niet gereageerd' },
  reportVersion: (n: number) => `versie ${n}`,
  reportUntil: (date: string) => `reageren tot ${date}`,
  reportOpen: 'Nog open voor reacties.',
  reportFrozen: (n: number, date: string) => `Definitief: versie ${n}, sinds ${date}, SHA-256`,
  reportAnswerInChat: 'Reageren doe je op de kaart in de chat met Koers.',
  kinds: {
    written: 'geschreven',
    skipped: 'overgeslagen',
    quiet: 'vakantie of pauze',
    nothing: 'niets geschreven',
  } satisfies Record<WeekKind, string>,
};

const en: typeof nl = {
  loading: 'Loading…',
  outsideTeams: 'Open Koers in Teams to see your dashboard.',
  outsideTeamsHint: 'This dashboard is a tab of the Koers app in Microsoft Teams.',
  signInFailed: 'Signing in through Teams did not work. Please try again in a moment.',
  loadFailed: 'The dashboard did not load just now. Please try again in a moment.',
  hello: (name) => `Hi ${name}`,
  caseload: 'Who you coach',
  caseloadIntro:
    'The last eight weeks per person, oldest on the left. Facts only, never what anyone wrote.',
  caseloadEmpty: 'Nobody is on your list yet. The admin links your aanjagers to you.',
  ownWeeks: 'Your weeks',
  ownWeeksIntro: 'What you wrote, week by week. Only you see this.',
  nothingHere: 'Nothing to show you here yet. In the chat with Koers, type help.',
  polls: 'Your polls',
  pollsIntro: 'Anonymous, and only shown once enough people have answered.',
  research: 'Research export',
  researchIntro: 'Consented data only, under pseudonyms. Every download goes into the audit log.',
  downloadXlsx: 'Download for MAXQDA (xlsx)',
  downloadCsv: 'Download as csv',
  downloadQdpx: 'Download as REFI-QDA project (MAXQDA, ATLAS.ti, NVivo)',
  downloading: 'Making the export…',
  downloadFailed: 'The download did not work. Please try again in a moment.',
  reports: 'Harvest reports',
  reportsIntro: 'Per report who agreed, who wants a change and who has not answered yet.',
  reportsNone: 'No reports yet. You send one with koers report send.',
  reportStatus: { agreed: 'agreed', change: 'wants a change', open: 'not answered yet' },
  reportVersion: (n) => `version ${n}`,
  reportUntil: (date) => `reply by ${date}`,
  reportOpen: 'Still open for replies.',
  reportFrozen: (n, date) => `Final: version ${n}, since ${date}, SHA-256`,
  reportAnswerInChat: 'You reply on the card in the chat with Koers.',
  kinds: {
    written: 'written',
    skipped: 'skipped',
    quiet: 'holiday or pause',
    nothing: 'nothing written',
  },
};

export type PageStrings = typeof nl;

export function pageStrings(language: Language): PageStrings {
  return language === 'en' ? en : nl;
}
