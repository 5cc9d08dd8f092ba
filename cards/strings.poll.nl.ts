import type { PollStrings } from './strings.poll';

const scale = (low: string, high: string) => ({ kind: 'scale' as const, choices: [low, high] });

export const pollNl: PollStrings = {
  command: 'Een korte peiling naar je team sturen (aanjagers en teamcoaches)',
  resultsCommand: 'De uitkomst van je laatste peiling bekijken',
  notAllowed:
    'Peilingen sturen is voor aanjagers en teamcoaches. Vraag het gerust aan je aanjager.',
  personalOnly: 'De uitkomst laat ik alleen in je persoonlijke chat met mij zien.',
  templates: {
    dagdeel: {
      name: 'Na een dagdeel: wat neem je mee',
      title: 'Wat neem je mee uit het dagdeel?',
      questions: [
        { kind: 'open', text: 'Wat neem je mee uit dit dagdeel?', choices: [] },
        {
          text: 'Hoe bruikbaar is het voor je werk met studenten?',
          ...scale('nog weinig', 'heel erg'),
        },
        { kind: 'open', text: 'Wat is één kleine volgende stap voor jou?', choices: [] },
      ],
    },
    'je-doet-het-al': {
      name: 'Je doet het al',
      title: 'Je doet het al',
      questions: [
        { kind: 'open', text: 'Een moment deze week waarop je een student bereikte?', choices: [] },
        {
          kind: 'multiple',
          text: 'Wat deed je al, misschien zonder het zo te noemen?',
          choices: [
            'Mijn netwerk delen',
            'Een compliment geven',
            'Doorvragen',
            'Iemand doorverwijzen',
          ],
        },
        { kind: 'open', text: 'Waar liep je even vast?', choices: [] },
      ],
    },
    kuijpers: {
      name: 'De vijf loopbaancompetenties',
      title: 'Hoe vaak kwam het deze week voorbij?',
      questions: [
        { text: 'Wat studenten drijft (motievenreflectie)', ...scale('nog niet', 'heel vaak') },
        {
          text: 'Waar studenten goed in zijn (kwaliteitenreflectie)',
          ...scale('nog niet', 'heel vaak'),
        },
        { text: 'Wat werk vraagt en biedt (werkexploratie)', ...scale('nog niet', 'heel vaak') },
        {
          text: 'Zelf sturen in leren en werk (loopbaansturing)',
          ...scale('nog niet', 'heel vaak'),
        },
        { text: 'Contacten leggen (netwerken)', ...scale('nog niet', 'heel vaak') },
      ],
    },
    blank: {
      name: 'Leeg: zelf vragen bedenken',
      title: 'Een korte peiling',
      questions: [1, 2, 3, 4, 5].map(() => ({ kind: 'open' as const, text: '', choices: [] })),
    },
  },
  kinds: { scale: 'schaal 1-5', single: 'één keuze', multiple: 'meer keuzes', open: 'open' },
  setupTitle: 'Een korte peiling',
  setupIntro: 'Kies een begin; de vragen pas je daarna aan. Klein mag: het kan iets kleins zijn.',
  templateLabel: 'Begin met',
  anonymousLabel: 'Anoniem (aangeraden)',
  closesOnLabel: 'Sluit op',
  closesAtLabel: 'Om',
  audienceHere: 'De peiling komt in dit gesprek; iedereen hier kan antwoorden.',
  audiencePeopleLabel: 'Naar wie',
  preview: 'Bekijken',
  previewTitle: (title) => `Zo ziet je peiling eruit: ${title}`,
  previewIntro: 'Pas de vragen gerust aan; een lege vraag laat ik weg.',
  questionLabel: (n, kind) => `Vraag ${n} (${kind})`,
  anonymousFact: 'Anoniem: niemand ziet wie wat antwoordde',
  namedFact: 'Met naam',
  closes: (when) => `Sluit ${when}`,
  toPeople: (n) => `Naar ${n} ${n === 1 ? 'persoon' : 'mensen'}`,
  send: 'Versturen',
  noQuestions: 'Er staat nog geen vraag in; één is genoeg.',
  closesInPast: 'Dat sluitmoment is al voorbij; kies een later moment.',
  noPeople: 'Kies minstens één persoon.',
  sent: (title) =>
    `Je peiling "${title}" is verstuurd. De uitkomst zie je hier als de peiling gesloten is en er genoeg antwoorden zijn.`,
  resultsButton: 'Uitkomst bekijken',
  closeButton: 'Nu sluiten',
  anonymousIntro: 'Anoniem: je antwoord staat niet op je naam. Elke vraag mag je overslaan.',
  namedIntro: 'Je antwoord staat op je naam. Elke vraag mag je overslaan.',
  answerButton: 'Versturen',
  thanks: (count) =>
    `Dank je wel! Er ${count === 1 ? 'is nu 1 antwoord' : `zijn nu ${count} antwoorden`}. Je kunt je antwoord aanpassen tot de peiling sluit.`,
  change: 'Antwoord aanpassen',
  nothingFilledIn: 'Je hebt nog niets ingevuld; één vraag is al genoeg.',
  consentIntro:
    'Dit is je eerste antwoord voor het onderzoek. Lees even mee; met de knop doe je mee en gaat je antwoord mee.',
  consentAndSend: 'Ik doe mee en verstuur',
  closedView: (title) => `De peiling "${title}" is gesloten. Dank je wel voor je tijd.`,
  closedAnswer:
    'Deze peiling is al gesloten, dus ik bewaar dit niet meer. Dank je wel dat je wilde antwoorden.',
  closedNow: (title, count) =>
    `Je peiling "${title}" is gesloten met ${count} ${count === 1 ? 'antwoord' : 'antwoorden'}.`,
  closedOnTime: (title, count, ready) =>
    `Je peiling "${title}" is gesloten met ${count} ${count === 1 ? 'antwoord' : 'antwoorden'}. ` +
    (ready
      ? 'De uitkomst staat klaar: typ peiling resultaten.'
      : 'Dat zijn te weinig om een uitkomst te laten zien zonder dat iemand herkenbaar is.'),
  alreadyClosed: 'Die peiling was al gesloten.',
  resultsTitle: (title) => `Uitkomst: ${title}`,
  answers: (count) => `${count} ${count === 1 ? 'antwoord' : 'antwoorden'}`,
  tooFew: (k) =>
    `Nog te weinig antwoorden: vanaf ${k} laat ik de uitkomst zien, zodat niemand herkenbaar is.`,
  whileOpen: (k) =>
    `De uitkomst zie je als de peiling gesloten is, vanaf ${k} antwoorden. Zolang hij open is zie je alleen hoeveel mensen antwoordden: anders zou elk nieuw antwoord te herkennen zijn.`,
  ownPoll:
    'Dit is je eigen anonieme peiling, dus je antwoord tel ik niet mee: dan zou de drempel voor de anderen lager worden. Ik heb niets bewaard.',
  notOnRoster: (owner) =>
    `Dank je wel dat je wilde antwoorden. Deze peiling telt alleen antwoorden van wie voor deze peiling op de teamlijst in Koers staat, zodat de uitkomst echt van het team is. Jij staat daar (nog) niet op, dus ik heb niets bewaard. Hoor je erbij? Vraag ${owner} om je op de teamlijst te laten zetten.`,
  openAnswers: 'Wat mensen schreven (in willekeurige volgorde)',
  noPolls: 'Je hebt nog geen peiling gestuurd. Typ peiling om er een te maken.',
  notYours: 'De uitkomst van een peiling ziet alleen wie hem stuurde.',
};
