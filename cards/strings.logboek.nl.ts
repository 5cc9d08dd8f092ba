import type { LogboekFlowStrings } from './strings.logboek';

export const logboekFlowNl: LogboekFlowStrings = {
  moreQuestions: 'Meer vragen',
  movedTitle: (week) => `Je logboek van week ${week} staat hieronder`,
  moved: 'Je kreeg een nieuwer kaartje voor deze week; dat staat onder dit bericht.',
  staleTitle: (week) => `Week ${week} is intussen al bewaard`,
  stale:
    'Er staat al een versie, bewaard vanaf een ander kaartje. Er is nog niets veranderd: wat wil je met je nieuwe tekst?',
  showStored: 'Bekijk wat er al staat',
  storedHeading: 'Wat er al staat',
  newHeading: 'Je nieuwe tekst',
  keepBoth: 'Allebei bewaren',
  replace: 'Vervangen',
  keptAsNote: (week) =>
    `Allebei bewaard: je nieuwe tekst staat als notitie bij week ${week}, naast wat er al stond.`,
  consentFirst:
    'Eerst even dit: je toestemming staat niet meer aan. Je tekst gaat mee op de kaart hieronder.',
  alreadyWritten: (week) =>
    `Je schreef al iets bij week ${week}, dus die blijft gewoon staan. Overslaan hoeft niet meer.`,
  reminderLine: (week) =>
    `Nog even aan je logboek van week ${week} gedacht? Een paar woorden is al genoeg.`,
  open: 'Logboek openen',
  noteSaved: (week, until) =>
    `Bewaard bij week ${week}. Tot en met ${until} kun je het nog laten verwijderen.`,
  undo: 'Ongedaan maken',
  undone: 'Weggehaald. Die notitie staat niet meer in je logboek.',
  undoClosed: 'Die notitie is al afgesloten; weghalen kan niet meer.',
  removeNote: 'Notitie weghalen',
  onlyOwn:
    'Een logboek lees je alleen zelf; dat van een ander kan ik je niet laten zien. Typ mijn logboek voor dat van jou.',
  recordedInTeams:
    'Een spraakbericht dat je in Teams zelf opneemt, geeft Teams niet aan mij door. Neem het op met de recorder van je telefoon en stuur het hier als bestand (met de paperclip); dan bewaar ik het bij je logboek.',
  recordings: (count) => (count === 1 ? 'Een spraakbericht' : `${count} spraakberichten`),
  files: (count) => (count === 1 ? 'Een bestand' : `${count} bestanden`),
};
