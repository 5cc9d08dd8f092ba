import type { PollStrings } from './strings.poll';

const scale = (low: string, high: string) => ({ kind: 'scale' as const, choices: [low, high] });

export const pollNl: PollStrings = {
  command: 'een korte peiling naar je team sturen (aanjagers en teamcoaches)',
  resultsCommand: 'de uitkomst van je laatste peiling bekijken',
  notAllowed:
    'peilingen sturen is voor aanjagers en teamcoaches. vraag het gerust aan je aanjager.',
  personalOnly: 'de uitkomst laat ik alleen in je persoonlijke chat met mij zien.',
  templates: {
    dagdeel: {
      name: 'na een dagdeel: wat neem je mee',
      title: 'wat neem je mee uit het dagdeel?',
      questions: [
        { kind: 'open', text: 'wat neem je mee uit dit dagdeel?', choices: [] },
        {
          text: 'hoe bruikbaar is het voor je werk met studenten?',
          ...scale('nog weinig', 'heel erg'),
        },
        { kind: 'open', text: 'wat is één kleine volgende stap voor jou?', choices: [] },
      ],
    },
    'je-doet-het-al': {
      name: 'je doet het al',
      title: 'je doet het al',
      questions: [
        { kind: 'open', text: 'een moment deze week waarop je een student bereikte?', choices: [] },
        {
          kind: 'multiple',
          text: 'wat deed je al, misschien zonder het zo te noemen?',
          choices: [
            'mijn netwerk delen',
            'een compliment geven',
            'doorvragen',
            'iemand doorverwijzen',
          ],
        },
        { kind: 'open', text: 'waar liep je even vast?', choices: [] },
      ],
    },
    kuijpers: {
      name: 'de vijf loopbaancompetenties',
      title: 'hoe vaak kwam het deze week voorbij?',
      questions: [
        { text: 'wat studenten drijft (motievenreflectie)', ...scale('nog niet', 'heel vaak') },
        {
          text: 'waar studenten goed in zijn (kwaliteitenreflectie)',
          ...scale('nog niet', 'heel vaak'),
        },
        { text: 'wat werk vraagt en biedt (werkexploratie)', ...scale('nog niet', 'heel vaak') },
        {
          text: 'zelf sturen in leren en werk (loopbaansturing)',
          ...scale('nog niet', 'heel vaak'),
        },
        { text: 'contacten leggen (netwerken)', ...scale('nog niet', 'heel vaak') },
      ],
    },
    blank: {
      name: 'leeg: zelf vragen bedenken',
      title: 'een korte peiling',
      questions: [1, 2, 3, 4, 5].map(() => ({ kind: 'open' as const, text: '', choices: [] })),
    },
  },
  kinds: { scale: 'schaal 1-5', single: 'één keuze', multiple: 'meer keuzes', open: 'open' },
  setupTitle: 'een korte peiling',
  setupIntro: 'kies een begin; de vragen pas je daarna aan. klein mag: het kan iets kleins zijn.',
  templateLabel: 'begin met',
  anonymousLabel: 'anoniem (aangeraden)',
  closesOnLabel: 'sluit op',
  closesAtLabel: 'om',
  audienceHere: 'de peiling komt in dit gesprek; iedereen hier kan antwoorden.',
  audiencePeopleLabel: 'naar wie',
  preview: 'bekijken',
  previewTitle: (title) => `zo ziet je peiling eruit: ${title}`,
  previewIntro: 'pas de vragen gerust aan; een lege vraag laat ik weg.',
  questionLabel: (n, kind) => `vraag ${n} (${kind})`,
  anonymousFact: 'anoniem: niemand ziet wie wat antwoordde',
  namedFact: 'met naam',
  closes: (when) => `sluit ${when}`,
  toPeople: (n) => `naar ${n} ${n === 1 ? 'persoon' : 'mensen'}`,
  send: 'versturen',
  noQuestions: 'er staat nog geen vraag in; één is genoeg.',
  closesInPast: 'dat sluitmoment is al voorbij; kies een later moment.',
  noPeople: 'kies minstens één persoon.',
  sent: (title) =>
    `je peiling "${title}" is verstuurd. de uitkomst zie je hier als de peiling gesloten is en er genoeg antwoorden zijn.`,
  resultsButton: 'uitkomst bekijken',
  closeButton: 'nu sluiten',
  anonymousIntro: 'anoniem: je antwoord staat niet op je naam. elke vraag mag je overslaan.',
  namedIntro: 'je antwoord staat op je naam. elke vraag mag je overslaan.',
  answerButton: 'versturen',
  thanks: (count) =>
    `dank je wel! er ${count === 1 ? 'is nu 1 antwoord' : `zijn nu ${count} antwoorden`}. je kunt je antwoord aanpassen tot de peiling sluit.`,
  change: 'antwoord aanpassen',
  nothingFilledIn: 'je hebt nog niets ingevuld; één vraag is al genoeg.',
  consentIntro:
    'dit is je eerste antwoord voor het onderzoek. lees even mee; met de knop doe je mee en gaat je antwoord mee.',
  consentAndSend: 'ik doe mee en verstuur',
  closedView: (title) => `de peiling "${title}" is gesloten. dank je wel voor je tijd.`,
  closedAnswer:
    'deze peiling is al gesloten, dus ik bewaar dit niet meer. dank je wel dat je wilde antwoorden.',
  closedNow: (title, count) =>
    `je peiling "${title}" is gesloten met ${count} ${count === 1 ? 'antwoord' : 'antwoorden'}.`,
  closedOnTime: (title, count, ready) =>
    `je peiling "${title}" is gesloten met ${count} ${count === 1 ? 'antwoord' : 'antwoorden'}. ` +
    (ready
      ? 'de uitkomst staat klaar: typ peiling resultaten.'
      : 'dat zijn te weinig om een uitkomst te laten zien zonder dat iemand herkenbaar is.'),
  alreadyClosed: 'die peiling was al gesloten.',
  resultsTitle: (title) => `uitkomst: ${title}`,
  answers: (count) => `${count} ${count === 1 ? 'antwoord' : 'antwoorden'}`,
  tooFew: (k) =>
    `nog te weinig antwoorden: vanaf ${k} laat ik de uitkomst zien, zodat niemand herkenbaar is.`,
  whileOpen: (k) =>
    `De uitkomst zie je als de peiling gesloten is, vanaf ${k} antwoorden. Zolang hij open is zie je alleen hoeveel mensen antwoordden: anders zou elk nieuw antwoord te herkennen zijn.`,
  ownPoll:
    'Dit is je eigen anonieme peiling, dus je antwoord tel ik niet mee: dan zou de drempel voor de anderen lager worden. Ik heb niets bewaard.',
  notOnRoster: (owner) =>
    `Dank je wel dat je wilde antwoorden. Deze peiling telt alleen antwoorden van wie voor deze peiling op de teamlijst in Koers staat, zodat de uitkomst echt van het team is. Jij staat daar (nog) niet op, dus ik heb niets bewaard. Hoor je erbij? Vraag ${owner} om je op de teamlijst te laten zetten.`,
  openAnswers: 'wat mensen schreven (in willekeurige volgorde)',
  noPolls: 'je hebt nog geen peiling gestuurd. typ peiling om er een te maken.',
  notYours: 'de uitkomst van een peiling ziet alleen wie hem stuurde.',
};
