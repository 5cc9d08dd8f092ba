import type { ReportStrings } from './strings.report';

export const reportNl: ReportStrings = {
  intro:
    'Dit is het oogstverslag van jullie gesprek. Klopt het zo? Laat het weten met akkoord, of zeg wat je anders wilt.',
  version: (n, until) => `Versie ${n} · graag je reactie uiterlijk ${until}`,
  reminder: (until) => `Een herinnering: je reactie op dit verslag is welkom tot ${until}.`,
  longIntro: 'Het verslag is te lang voor dit bericht. Hier staat het begin:',
  readInTab: 'Lees het hele verslag',
  commentLabel: 'Wat wil je aanpassen?',
  agree: 'Akkoord',
  change: 'Ik wil iets aanpassen',
  commentNeeded: 'Schrijf in het vak wat je anders wilt, dan geef ik het door aan de onderzoeker.',
  commentTooLong: (max) =>
    `Dat is meer dan ik kan bewaren (${max.toLocaleString('nl-NL')} tekens). Kun je het wat korter zeggen?`,
  agreedReceipt: (title, version) => `Dank je. Je gaf akkoord op versie ${version} van ${title}.`,
  changeReceipt: (title, version) =>
    `Dank je. Je opmerking over versie ${version} van ${title} gaat naar de onderzoeker.`,
  yourComment: 'Je schreef:',
  windowNote: (until) =>
    `Tot en met ${until} kun je je reactie nog terugnemen door te stoppen met het onderzoek.`,
  answerAgain: 'Toch anders reageren',
  closed: (title) =>
    `Op ${title} kun je niet meer reageren: er is een nieuwere versie, of het is afgerond.`,
  notSent: 'Dit verslag is niet naar jou gestuurd.',
  consentFirst:
    'Je reactie bewaar ik pas als je meedoet aan het onderzoek. Typ toestemming om dat te regelen.',
  approved: (title, version) =>
    `Iedereen gaf akkoord: versie ${version} van ${title} is nu definitief. Dank je.`,
};
