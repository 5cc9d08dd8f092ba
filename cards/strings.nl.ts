import type { Strings } from './strings';
import { checkInNl } from './strings.check-in.nl';
import { pollNl } from './strings.poll.nl';

export const nl: Strings = {
  progress: {
    title: 'voortgang',
    ownTitle: 'jouw voortgang',
    chartTitle: 'weken geschreven, van de laatste 8',
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
    notTakingPart: 'doet (nog) niet mee aan het onderzoek',
    nudge: 'duwtje geven',
    commitment: (organisation, hours, dagdelen) =>
      `${organisation}: ${hours} coachuren, ${dagdelen} dagdelen`,
    empty: 'er staat nog niemand op je lijst. de beheerder koppelt je aanjagers aan jou.',
    yourActions: 'je afspraken:',
  },
  nudge: {
    title: (name) => `een duwtje voor ${name}`,
    intro:
      'ik stuur een kort, vriendelijk berichtje namens jou. wil je er een persoonlijke regel bij zetten?',
    lineLabel: 'jouw regel (hoeft niet)',
    send: 'versturen',
    message: (name, coach, line) =>
      `hoi ${name}, ${coach} denkt aan je${line ? `: ${line}` : '.'}\n\nals je zin hebt, typ logboek en schrijf een paar woorden over je week. geen haast.`,
    sent: (name) => `verstuurd: ${name} krijgt je berichtje zo.`,
    budgetUsed: (name) =>
      `${name} kreeg deze week al een herinnering of duwtje. één per week is genoeg; volgende week kan het weer.`,
    holiday: (name) => `${name} heeft vakantie; dan stuur ik niets.`,
    paused: (name) => `${name} heeft het logboek op pauze gezet; dan stuur ik niets.`,
    notTakingPart: (name) => `${name} doet niet mee aan het onderzoek, dus ik stuur niets.`,
    notYours: 'een duwtje kan alleen naar iemand die jij coacht.',
  },
  welcome: {
    greeting: (name) => (name ? `hoi ${name}, ik ben koers` : 'hoi, ik ben koers'),
    intro: (careerTerm) =>
      `ik help het ${careerTerm}-team met een wekelijks logboek, coaching check-ins en korte peilingen.`,
    consent: 'ik verzamel niets zonder jouw toestemming, en nee zeggen mag altijd.',
    helpButton: 'wat kan ik hier?',
  },
  commands: {
    help: 'zien wat ik kan',
    moment: 'kiezen wanneer je logboek komt, of even pauzeren',
    join: 'aansluiten bij je team met de code die je kreeg',
    consent: 'je toestemming bekijken, of stoppen',
    logboek: 'iets kwijt in je logboek van deze week',
    myLogboek: 'terugkijken: je logboek van de laatste acht weken',
    personalData: 'een bestand met alles wat ik van je bewaar',
    pseudonym: 'een pseudoniem terugzoeken (onderzoekers)',
    progress: 'je voortgang, of die van wie je coacht',
    hours: 'je coachuren noteren, bijvoorbeeld uren 1,5 (teamcoaches)',
    dagdeel: 'een gehouden dagdeel noteren (teamcoaches)',
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
    title: (study) => `meedoen aan ${study}?`,
    intro: 'voordat ik iets van je bewaar, vraag ik je toestemming. lees het rustig door.',
    windowLabel: 'bedenktijd',
    windowValue: (days) => `${days} werkdagen na elke bijdrage`,
    fullErasureValue: 'stop je, dan verwijder ik alles',
    contactLabel: 'vragen of stoppen',
    versionLabel: 'versie',
    join: 'ik doe mee',
    decline: 'ik doe niet mee',
    given: 'fijn dat je meedoet. stoppen kan altijd: typ toestemming.',
    declined:
      'helemaal goed, ik bewaar niets van je. bedenk je je nog, typ dan gewoon toestemming.',
    changed: 'de tekst is intussen bijgewerkt. lees je de nieuwe versie even?',
    statusGiven: (study, since) => `je doet mee aan ${study}, sinds ${since}.`,
    statusDeclined: (study) => `je doet niet mee aan ${study}. dat is helemaal goed.`,
    statusWithdrawn: (study, since) => `je bent op ${since} gestopt met ${study}.`,
    stop: 'ik wil stoppen',
    rejoin: 'toch meedoen',
    noStudy: (joinWord) =>
      `je hoort nog niet bij een team in koers. kreeg je een code? typ ${joinWord} en je code.`,
  },
  moment: {
    title: 'wanneer komt je logboek?',
    intro: 'kies een moment in de week dat bij je past. in vakanties blijft het stil.',
    weekdayLabel: 'dag',
    weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    timeLabel: 'tijd',
    pauseLabel: 'even pauze, tot en met (leeg laten: geen pauze)',
    timeZone: (zone) => `tijdzone: ${zone}`,
    save: 'bewaren',
    saved: (weekday, time) => `goed, je logboek komt voortaan op ${weekday} om ${time}.`,
    paused: (until) => `tot en met ${until} stuur ik je even niets.`,
  },
  withdraw: {
    title: (study) => `stoppen met ${study}?`,
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
        ? 'je ene bijdrage verwijder ik helemaal.'
        : `alle ${count} bijdragen verwijder ik helemaal.`,
    nothingYet: 'je hebt nog niets ingestuurd, dus er valt niets te verwijderen.',
    afterwards: 'daarna bewaar ik niets nieuws meer van je. een reden geven hoeft niet.',
    confirm: 'ja, ik stop',
    cancel: 'toch niet',
    done: (erased, kept) =>
      `je bent gestopt. verwijderd: ${erased}. blijft onder pseudoniem: ${kept}. bedankt voor wat je deelde.`,
    cancelled: 'prima, je doet gewoon mee.',
    notTakingPart: 'je doet op dit moment niet mee, dus stoppen hoeft niet.',
  },
  note: {
    offer: (week) => `zal ik dit bewaren bij je logboek van week ${week}?`,
    save: 'bewaren',
    discard: 'laat maar',
    saved: (week, until) =>
      `bewaard bij week ${week}. tot en met ${until} kun je het nog laten verwijderen.`,
    discarded: 'goed, ik bewaar het niet.',
    tooLong: (max) =>
      `dat is meer dan ik in één notitie kan bewaren (${max.toLocaleString('nl-NL')} tekens). wil je het in een paar stukken sturen?`,
  },
  logboek: {
    title: (week) => `je logboek, week ${week}`,
    welcome: 'hoe was je week? neem even de tijd om terug te kijken, in je eigen woorden.',
    noFuss:
      'mooie zinnen, opbouw of spelling maken niet uit: het gaat om wat er gebeurde, ook de kleine dingen. alles mag leeg blijven.',
    agreed: 'je had afgesproken (vink aan wat gelukt is):',
    dueBy: (date) => `uiterlijk ${date}`,
    questions: [
      'hoe werkte je deze week aan de vier doelen? welke acties of gesprekken zette je in gang, en wat zie je om je heen gebeuren of vanzelf ontstaan?',
      'wat deed dat met jou en met de mensen om je heen: wat denk, voel of doe je?',
      'wat hielp?',
      'wat zat in de weg?',
      'is er verder nog iets wat je kwijt wilt?',
    ],
    coachQuestions: [
      'wat viel je deze week op bij de scholen die je coacht? wat zag je gebeuren, of vanzelf ontstaan?',
      'wat heb je gedaan: contact, check-ins, afspraken, een extra telefoontje?',
      'welk effect zag je, bij de aanjagers en hun teams, en bij jezelf?',
      'wat hielp, en wat zat in de weg?',
      'is er verder nog iets wat je kwijt wilt?',
    ],
    goalsLabel: 'welke doelen raakte je week? (hoeft niet)',
    goals: {
      1: 'een visie: wat goede begeleiding is, en waarom',
      2: 'het team kent en deelt die visie',
      3: 'ieder ziet de eigen rol in het geheel',
      4: 'ieder kan die rol waarmaken, met oog voor drempels',
    },
    goalTags: { 1: 'visie', 2: 'gedeelde visie', 3: 'eigen rol', 4: 'rol waarmaken' },
    save: 'opslaan',
    later: 'later',
    skip: 'deze week overslaan',
    saved: (week) => `bewaard, week ${week}`,
    skipped: (week) => `week ${week} overgeslagen, helemaal goed`,
    savedAt: (when) => `op ${when}`,
    tagged: (tags) => `doelen: ${tags}`,
    edit: 'aanpassen',
    editUntil: (until) => `aanpassen kan tot en met ${until}.`,
    fillIn: 'toch invullen',
    fillInUntil: (until) => `wil je toch iets kwijt? dat kan tot en met ${until}.`,
    reminder: 'nog even aan je logboek gedacht? een paar woorden is al genoeg.',
    laterOk: 'goed, ik kom er morgen nog één keer op terug.',
    laterNoReminder:
      'goed. deze week herinner ik je er niet meer aan; de kaart blijft gewoon staan.',
    closed: (week) => `week ${week} is al afgesloten; aanpassen kan niet meer.`,
    silentWeeks: (name) =>
      `${name} schreef drie weken niets in het logboek. ik stuur voorlopig geen herinneringen meer; een persoonlijk belletje werkt vaak beter dan nog een bericht van mij.`,
  },
  myLogboek: {
    title: 'je logboek, de laatste acht weken',
    intro: 'wat je schreef, per week. bekijk een week om hem helemaal te lezen.',
    week: (week) => `week ${week}`,
    skipped: 'overgeslagen',
    nothing: 'niets geschreven',
    quiet: 'vakantie of pauze',
    view: 'bekijken',
    weekTitle: (week) => `je logboek, week ${week}`,
    writtenOn: (date) => `geschreven op ${date}`,
    leftEmpty: 'leeg gelaten',
    notes: 'notities',
    files: 'bestanden',
    shortened: 'niet alles past op deze kaart. typ mijn gegevens voor een bestand met alles.',
    nothingInWeek: (week) => `in week ${week} staat niets van je.`,
  },
  join: {
    joined: (organisation, role) => `welkom bij ${organisation}, als ${role}.`,
    unknown: 'die code ken ik niet. kijk je even of hij goed is overgetypt?',
    expired: 'die code is verlopen. vraag je een nieuwe aan wie je hem gaf?',
    usage: (word) => `typ ${word} en dan je code, bijvoorbeeld: ${word} KX7P-M3QD`,
    personalOnly: 'dat doen we in een persoonlijk gesprek: stuur me daar een berichtje.',
  },
  pseudonym: {
    usage: (word) => `typ ${word} en dan de code, bijvoorbeeld: ${word} P-03-07`,
    found: (code, name, organisation) =>
      `${code} is ${name} (${organisation}). ik heb dit vastgelegd.`,
    notFound: (code) => `${code} ken ik niet in jouw onderzoek. ik heb de vraag vastgelegd.`,
  },
  personalData: {
    fileDescription: 'alles wat koers van je bewaart',
    sent: 'hier is het: alles wat ik van je bewaar.',
    declined: 'goed, ik stuur het niet.',
    notInTeams: 'dat kan alleen in teams, in je persoonlijke gesprek met mij.',
  },
  files: {
    stored: (week, voice) =>
      voice
        ? `je spraakbericht staat bij week ${week}. dank je wel.`
        : `je bestand staat bij week ${week}. dank je wel.`,
    tooBig: (maxMegabytes) =>
      `dat bestand is groter dan ${maxMegabytes} MB; een kortere opname past wel.`,
    notAccepted: (types) => `zo'n soort bestand bewaar ik niet. dit kan wel: ${types}.`,
    failed: 'het ophalen van je bestand lukte even niet. wil je het nog een keer sturen?',
    recordedInTeams:
      'een spraakbericht dat je in teams zelf opneemt, kan ik nog niet ophalen. neem het op met je telefoon en stuur het als bestand, dan bewaar ik het wel.',
    personalOnly: 'bestanden bewaar ik alleen in je persoonlijke gesprek met mij.',
  },
  commitment: {
    hoursUsage: (word) =>
      `typ ${word} en het aantal uur, eventueel met een datum en een notitie. bijvoorbeeld: ${word} 1,5 of ${word} 2 12-11 gesprek met directie`,
    dagdeelUsage: (word) =>
      `typ ${word}, eventueel met een datum en een notitie. bijvoorbeeld: ${word} 12-11 teamdag over de visie`,
    inFuture: 'die datum ligt nog in de toekomst. noteer het gerust als het geweest is.',
    hours: (hours) => `${hours} uur`,
    onDate: (what, date) => `${what} op ${date}`,
    dagdeel: 'een dagdeel',
    recorded: (what) => `genoteerd: ${what}.`,
    totals: (t) =>
      `samen nu ${t.hours} van de ${t.hoursAgreed} uur, ${t.dagdelen} van de ${t.dagdelenAgreed} dagdelen bij ${t.organisation}.`,
    alreadyRecorded: 'dat had ik al genoteerd.',
    chooseOrganisation: (what) => `${what}: bij welke school hoort dat?`,
  },
  coachCall: {
    button: 'ik heb gebeld',
    noted: (date) => `genoteerd: je belde op ${date}. fijn dat je even belde.`,
    alreadyNoted: (date) => `dat had ik al genoteerd: je belde op ${date}. dank je wel.`,
    notYourCaseload: 'die persoon coach je niet in koers, dus dat noteer ik niet.',
  },
  checkIn: checkInNl,
  poll: pollNl,
  refusal: (roles) => `dat is voor ${roles}. typ help om te zien wat jij hier kunt.`,
  help: {
    title: 'wat kan ik hier?',
    intro: 'dit kun je me sturen:',
    typeAnytime:
      'je hoeft nergens op te klikken: typ gewoon een van deze woorden, wanneer je wilt.',
  },
  messages: {
    unknownText: (helpWord) =>
      `dat snap ik nog niet helemaal. typ ${helpWord} om te zien wat ik kan.`,
    invalidSubmit: 'dat ging niet helemaal goed. wil je het nog een keer proberen?',
    crashed:
      'oei, er ging bij mij iets mis. het ligt niet aan jou, maar dit bericht heb ik niet kunnen bewaren. stuur het zo nog eens?',
    channelWelcome: (careerTerm) =>
      `hoi allemaal, ik ben koers: ik help het ${careerTerm}-team met logboek, check-ins en peilingen. stuur me gerust een persoonlijk berichtje.`,
  },
};
