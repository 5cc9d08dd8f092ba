import type { Strings } from './strings';
import { checkInNl } from './strings.check-in.nl';
import { interviewNl } from './strings.interview.nl';
import { logboekFlowNl } from './strings.logboek.nl';
import { pollNl } from './strings.poll.nl';
import { reportNl } from './strings.report.nl';

export const nl: Strings = {
  progress: {
    title: 'Voortgang',
    ownTitle: 'Jouw voortgang',
    chartTitle: 'Weken geschreven, van de laatste 8',
    weeksWritten: (written, of) => `${written} van de ${of} weken geschreven`,
    lastEntry: (date) => `laatst geschreven op ${date}`,
    nothingYet: 'nog niets geschreven',
    openActions: (count) => (count === 1 ? '1 open afspraak' : `${count} open afspraken`),
    nextCheckIn: (when) => `volgende check-in: ${when}`,
    noCheckIn: 'nog geen check-in gepland',
    paused: (until) => `logboek op pauze tot en met ${until}`,
    holiday: 'vakantie: het logboek rust even',
    stopped: 'al een paar weken stil: ik stuur geen herinneringen meer',
    called: (on) => `je belde op ${on}`,
    notTakingPart: 'Doet (nog) niet mee aan het onderzoek',
    nudge: 'Duwtje geven',
    commitment: (organisation, hours, dagdelen) =>
      `${organisation}: ${hours} coachuren, ${dagdelen} dagdelen`,
    empty: 'Er staat nog niemand op je lijst. De beheerder koppelt je aanjagers aan jou.',
    yourActions: 'Je afspraken:',
  },
  nudge: {
    title: (name) => `Een duwtje voor ${name}`,
    intro:
      'Ik stuur een kort, vriendelijk berichtje namens jou. Wil je er een persoonlijke regel bij zetten?',
    lineLabel: 'Jouw regel (hoeft niet)',
    send: 'Versturen',
    message: (name, coach, line) =>
      `Hoi ${name}, ${coach} denkt aan je${line ? `: ${line}` : '.'}\n\nAls je zin hebt, typ logboek en schrijf een paar woorden over je week. Geen haast.`,
    sent: (name) => `Verstuurd: ${name} krijgt je berichtje zo.`,
    budgetUsed: (name) =>
      `${name} kreeg deze week al een herinnering of duwtje. Eén per week is genoeg; volgende week kan het weer.`,
    holiday: (name) => `${name} heeft vakantie; dan stuur ik niets.`,
    paused: (name) => `${name} heeft het logboek op pauze gezet; dan stuur ik niets.`,
    notTakingPart: (name) => `${name} doet niet mee aan het onderzoek, dus ik stuur niets.`,
    notYours: 'Een duwtje kan alleen naar iemand die jij coacht.',
  },
  welcome: {
    greeting: (name) => (name ? `Hoi ${name}, ik ben Koers` : 'Hoi, ik ben Koers'),
    intro: (careerTerm) =>
      `Ik help het ${careerTerm}-team met een wekelijks logboek, coaching check-ins en korte peilingen.`,
    consent: 'Ik verzamel niets zonder jouw toestemming, en nee zeggen mag altijd.',
    helpButton: 'Wat kan ik hier?',
  },
  commands: {
    help: 'Zien wat ik kan',
    moment: 'Kiezen wanneer je logboek komt, of even pauzeren',
    join: 'Aansluiten bij je team met de code die je kreeg',
    consent: 'Je toestemming bekijken, of stoppen',
    logboek: 'Iets kwijt in je logboek van deze week',
    myLogboek: 'Terugkijken: je logboek van de laatste acht weken',
    personalData: 'Een bestand met alles wat ik van je bewaar',
    pseudonym: 'Een pseudoniem terugzoeken (onderzoekers)',
    progress: 'Je voortgang, of die van wie je coacht',
    hours: 'Je coachuren noteren, bijvoorbeeld uren 1,5 (teamcoaches)',
    dagdeel: 'Een gehouden dagdeel noteren (teamcoaches)',
  },
  roles: {
    aanjager: 'aanjager',
    maatje: 'maatje',
    teamcoach: 'teamcoach',
    onderzoeker: 'onderzoeker',
    docent: 'docent',
    management: 'leidinggevende',
    beheerder: 'beheerder',
  },
  consent: {
    title: (study) => `Meedoen aan ${study}?`,
    intro: 'Voordat ik iets van je bewaar, vraag ik je toestemming. Lees het rustig door.',
    windowLabel: 'Bedenktijd',
    windowValue: (days) => `${days} werkdagen na elke bijdrage`,
    fullErasureValue: 'stop je, dan verwijder ik alles',
    contactLabel: 'Vragen of stoppen',
    versionLabel: 'Versie',
    join: 'Ik doe mee',
    decline: 'Ik doe niet mee',
    given: 'Fijn dat je meedoet. Stoppen kan altijd: typ toestemming.',
    declined:
      'Helemaal goed, ik bewaar niets van je. Bedenk je je nog, typ dan gewoon toestemming.',
    changed: 'De tekst is intussen bijgewerkt. Lees je de nieuwe versie even?',
    statusGiven: (study, since) => `Je doet mee aan ${study}, sinds ${since}.`,
    statusDeclined: (study) => `Je doet niet mee aan ${study}. Dat is helemaal goed.`,
    statusWithdrawn: (study, since) => `Je bent op ${since} gestopt met ${study}.`,
    stop: 'Ik wil stoppen',
    rejoin: 'Toch meedoen',
    noStudy: (joinWord) =>
      `Je hoort nog niet bij een team in Koers. Kreeg je een code? Typ ${joinWord} en je code.`,
  },
  moment: {
    title: 'Wanneer komt je logboek?',
    intro: 'Kies een moment in de week dat bij je past. In vakanties blijft het stil.',
    weekdayLabel: 'Dag',
    weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    timeLabel: 'Tijd',
    pauseLabel: 'Even pauze, tot en met (leeg laten: geen pauze)',
    timeZone: (zone) => `Tijdzone: ${zone}`,
    save: 'Bewaren',
    saved: (weekday, time) => `Goed, je logboek komt voortaan op ${weekday} om ${time}.`,
    paused: (until) => `Tot en met ${until} stuur ik je even niets.`,
  },
  withdraw: {
    title: (study) => `Stoppen met ${study}?`,
    eraseInside: (count) =>
      count === 1
        ? '1 bijdrage is nog binnen de bedenktijd: die verwijder ik helemaal.'
        : `${count} bijdragen zijn nog binnen de bedenktijd: die verwijder ik helemaal.`,
    keepOlder: (count) =>
      count === 1
        ? '1 oudere bijdrage blijft in het onderzoek, alleen onder een pseudoniem.'
        : `${count} oudere bijdragen blijven in het onderzoek, alleen onder een pseudoniem.`,
    eraseAll: (count) =>
      count === 1
        ? 'Je ene bijdrage verwijder ik helemaal.'
        : `Alle ${count} bijdragen verwijder ik helemaal.`,
    nothingYet: 'Je hebt nog niets ingestuurd, dus er valt niets te verwijderen.',
    afterwards: 'Daarna bewaar ik niets nieuws meer van je. Een reden geven hoeft niet.',
    confirm: 'Ja, ik stop',
    cancel: 'Toch niet',
    stopped: 'Je bent gestopt.',
    deleted: (list) => `Verwijderd: ${list}.`,
    nothingDeleted: 'Er was niets om te verwijderen.',
    keptUnderPseudonym: (list) =>
      `Onder een pseudoniem blijft in het onderzoek, omdat de bedenktijd voorbij was: ${list}.`,
    alwaysKept:
      'Wat ook blijft: je naam en wanneer je ja zei en stopte, zodat te zien is waarmee je instemde, en een regel in het auditlog dat je stopte, zonder iets van wat je schreef.',
    thanks: 'Bedankt voor wat je deelde.',
    items: {
      entry: (week) => `je logboek van week ${week}`,
      note: (day, count) =>
        count === 1 ? `je notitie van ${day}` : `je ${count} notities van ${day}`,
      files: (count) => (count === 1 ? '1 bestand' : `${count} bestanden`),
      pollAnswers: (count) =>
        count === 1 ? '1 antwoord op een peiling' : `${count} antwoorden op peilingen`,
      reportAnswers: (count) =>
        count === 1 ? '1 reactie op een oogstverslag' : `${count} reacties op oogstverslagen`,
    },
    cancelled: 'Prima, je doet gewoon mee.',
    notTakingPart: 'Je doet op dit moment niet mee, dus stoppen hoeft niet.',
  },
  note: {
    offer: (week) => `Zal ik dit bewaren bij je logboek van week ${week}?`,
    save: 'Bewaren',
    discard: 'Laat maar',
    discarded: 'Goed, ik bewaar het niet.',
    tooLong: (max) =>
      `Dat is meer dan ik in één notitie kan bewaren (${max.toLocaleString('nl-NL')} tekens). Wil je het in een paar stukken sturen?`,
  },
  logboek: {
    title: (week) => `Je logboek, week ${week}`,
    welcome: 'Hoe was je week? Neem even de tijd om terug te kijken, in je eigen woorden.',
    noFuss:
      'Mooie zinnen, opbouw of spelling maken niet uit: het gaat om wat er gebeurde, ook de kleine dingen. Alles mag leeg blijven.',
    agreed: 'Je had afgesproken (vink aan wat gelukt is):',
    dueBy: (date) => `uiterlijk ${date}`,
    questions: [
      'Hoe werkte je deze week aan de vier doelen? Welke acties of gesprekken zette je in gang, en wat zie je om je heen gebeuren of vanzelf ontstaan?',
      'Wat deed dat met jou en met de mensen om je heen: wat denk, voel of doe je?',
      'Wat hielp?',
      'Wat zat in de weg?',
      'Is er verder nog iets wat je kwijt wilt?',
    ],
    coachQuestions: [
      'Wat viel je deze week op bij de scholen die je coacht? Wat zag je gebeuren, of vanzelf ontstaan?',
      'Wat heb je gedaan: contact, check-ins, afspraken, een extra telefoontje?',
      'Welk effect zag je, bij de aanjagers en hun teams, en bij jezelf?',
      'Wat hielp, en wat zat in de weg?',
      'Is er verder nog iets wat je kwijt wilt?',
    ],
    goalsLabel: 'Welke doelen raakte je week? (hoeft niet)',
    goals: {
      1: 'Een visie: wat goede begeleiding is, en waarom',
      2: 'Het team kent en deelt die visie',
      3: 'Ieder ziet de eigen rol in het geheel',
      4: 'Ieder kan die rol waarmaken, met oog voor drempels',
    },
    goalTags: { 1: 'visie', 2: 'gedeelde visie', 3: 'eigen rol', 4: 'rol waarmaken' },
    save: 'Opslaan',
    later: 'Later',
    skip: 'Deze week overslaan',
    saved: (week) => `Bewaard, week ${week}`,
    skipped: (week) => `Week ${week} overgeslagen, helemaal goed`,
    savedAt: (when) => `Op ${when}`,
    tagged: (tags) => `Doelen: ${tags}`,
    edit: 'Aanpassen',
    editUntil: (until) => `Aanpassen kan tot en met ${until}.`,
    fillIn: 'Toch invullen',
    fillInUntil: (until) => `Wil je toch iets kwijt? Dat kan tot en met ${until}.`,
    laterOk: 'Goed, ik kom er morgen nog één keer op terug.',
    laterNoReminder:
      'Goed. Deze week herinner ik je er niet meer aan; de kaart blijft gewoon staan.',
    closed: (week) => `Week ${week} is al afgesloten; aanpassen kan niet meer.`,
    silentWeeks: (name) =>
      `${name} schreef drie weken niets in het logboek. Ik stuur voorlopig geen herinneringen meer; een persoonlijk belletje werkt vaak beter dan nog een bericht van mij.`,
  },
  myLogboek: {
    title: 'Je logboek, de laatste acht weken',
    intro: 'Wat je schreef, per week. Bekijk een week om hem helemaal te lezen.',
    week: (week) => `Week ${week}`,
    skipped: 'overgeslagen',
    nothing: 'niets geschreven',
    quiet: 'vakantie of pauze',
    view: 'Bekijken',
    weekTitle: (week) => `Je logboek, week ${week}`,
    writtenOn: (date) => `Geschreven op ${date}`,
    leftEmpty: 'Leeg gelaten',
    notes: 'Notities',
    files: 'Bestanden',
    shortened: 'Niet alles past op deze kaart. Typ mijn gegevens voor een bestand met alles.',
    nothingInWeek: (week) => `In week ${week} staat niets van je.`,
  },
  join: {
    joined: (organisation, role) => `Welkom bij ${organisation}, als ${role}.`,
    unknown: 'Die code ken ik niet. Kijk je even of hij goed is overgetypt?',
    expired: 'Die code is verlopen. Vraag je een nieuwe aan wie je hem gaf?',
    usage: (word) => `Typ ${word} en dan je code, bijvoorbeeld: ${word} KX7P-M3QD`,
    personalOnly: 'Dat doen we in een persoonlijk gesprek: stuur me daar een berichtje.',
  },
  pseudonym: {
    usage: (word) => `Typ ${word} en dan de code, bijvoorbeeld: ${word} P-03-07`,
    found: (code, name, organisation) =>
      `${code} is ${name} (${organisation}). Ik heb dit vastgelegd.`,
    notFound: (code) => `${code} ken ik niet in jouw onderzoek. Ik heb de vraag vastgelegd.`,
  },
  personalData: {
    fileDescription: 'Alles wat Koers van je bewaart',
    sent: 'Hier is het: alles wat ik van je bewaar.',
    declined: 'Goed, ik stuur het niet.',
    notInTeams: 'Dat kan alleen in Teams, in je persoonlijke gesprek met mij.',
  },
  files: {
    stored: (week, voice) =>
      voice
        ? `Je spraakbericht staat bij week ${week}. Dank je wel.`
        : `Je bestand staat bij week ${week}. Dank je wel.`,
    tooBig: (maxMegabytes) =>
      `Dat bestand is groter dan ${maxMegabytes} MB; een kortere opname past wel.`,
    notAccepted: (types) => `Zo'n soort bestand bewaar ik niet. Dit kan wel: ${types}.`,
    failed: 'Het ophalen van je bestand lukte even niet. Wil je het nog een keer sturen?',
    personalOnly: 'Bestanden bewaar ik alleen in je persoonlijke gesprek met mij.',
  },
  commitment: {
    hoursUsage: (word) =>
      `Typ ${word} en het aantal uur, eventueel met een datum en een notitie. Bijvoorbeeld: ${word} 1,5 of ${word} 2 12-11 gesprek met directie`,
    dagdeelUsage: (word) =>
      `Typ ${word}, eventueel met een datum en een notitie. Bijvoorbeeld: ${word} 12-11 teamdag over de visie`,
    inFuture: 'Die datum ligt nog in de toekomst. Noteer het gerust als het geweest is.',
    hours: (hours) => `${hours} uur`,
    onDate: (what, date) => `${what} op ${date}`,
    dagdeel: 'een dagdeel',
    recorded: (what) => `Genoteerd: ${what}.`,
    totals: (t) =>
      `Samen nu ${t.hours} van de ${t.hoursAgreed} uur, ${t.dagdelen} van de ${t.dagdelenAgreed} dagdelen bij ${t.organisation}.`,
    alreadyRecorded: 'Dat had ik al genoteerd.',
    chooseOrganisation: (what) => `Bij welke school hoort dit: ${what}?`,
  },
  coachCall: {
    button: 'Ik heb gebeld',
    noted: (date) => `Genoteerd: je belde op ${date}. Fijn dat je even belde.`,
    alreadyNoted: (date) => `Dat had ik al genoteerd: je belde op ${date}. Dank je wel.`,
    notYourCaseload: 'Die persoon coach je niet in Koers, dus dat noteer ik niet.',
  },
  checkIn: checkInNl,
  interview: interviewNl,
  poll: pollNl,
  report: reportNl,
  logboekFlow: logboekFlowNl,
  refusal: (roles) => `Dat is voor ${roles}. Typ help om te zien wat jij hier kunt.`,
  help: {
    title: 'Wat kan ik hier?',
    intro: 'Dit kun je me sturen:',
    typeAnytime:
      'Je hoeft nergens op te klikken: typ gewoon een van deze woorden, wanneer je wilt.',
    yourRoles: (roles) => `Je bent hier ${roles}.`,
    notLinked: (joinUsage) =>
      `Je bent nog niet aan een team gekoppeld. Kreeg je een code? Typ ${joinUsage}.`,
  },
  messages: {
    unknownText: (helpWord) =>
      `Dat snap ik nog niet helemaal. Typ ${helpWord} om te zien wat ik kan.`,
    invalidSubmit: 'Dat ging niet helemaal goed. Wil je het nog een keer proberen?',
    crashed:
      'Oei, er ging bij mij iets mis. Het ligt niet aan jou, maar dit bericht heb ik niet kunnen bewaren. Stuur het zo nog eens?',
    channelWelcome: (careerTerm) =>
      `Hoi allemaal, ik ben Koers: ik help het ${careerTerm}-team met logboek, check-ins en peilingen. Stuur me gerust een persoonlijk berichtje.`,
  },
};
