import type { InterviewStrings } from './strings.interview';

export const interviewNl: InterviewStrings = {
  appointment: {
    inviteTitle: (host) => `${host} nodigt je uit voor een slotinterview`,
    movedTitle: (host) => `Je slotinterview met ${host} is verzet`,
    remindDayBefore: (who, time, how) => `Morgen om ${time} je slotinterview met ${who} (${how}).`,
    remindSoon: (who, time, how) => `Zo meteen, om ${time}, je slotinterview met ${who} (${how}).`,
    cancelNotice: (host, when) => `${host} zegt het slotinterview van ${when} af.`,
    summary: (names) => `Slotinterview met ${names}`,
  },
  intro:
    'Samen terugkijken op het project: wat is er veranderd, wat hielp en wat zat in de weg. In het onderzoek komt wat jullie vertellen alleen onder een pseudoniem.',
  recordingTitle: 'Mag het slotinterview worden opgenomen?',
  recordingAsk: (host, when) =>
    `${host} neemt het gesprek van ${when} graag op, alleen het geluid, om het daarna precies te kunnen uitwerken.`,
  recordingWho:
    'Alleen het onderzoeksteam luistert de opname. Wat jij zegt komt alleen onder een pseudoniem in het onderzoek en nooit bij anderen, binnen of buiten je school.',
  recordingNo:
    'Nee zeggen mag altijd en heeft geen gevolgen: het interview gaat dan gewoon door, zonder opname.',
  recordingLater:
    'Je ja kun je later altijd intrekken, ook na het gesprek; dan wordt de opname vernietigd.',
  contactLabel: 'Vragen of klachten',
  versionLabel: 'Versie van deze tekst',
  yes: 'Ja, opnemen mag',
  no: 'Liever geen opname',
  given: (when) =>
    `Dank je. Je gaf toestemming om het slotinterview van ${when} op te nemen. Intrekken kan altijd, hieronder.`,
  withdraw: 'Toestemming intrekken',
  refused: 'Helder: geen opname. Het interview gaat gewoon door.',
  withdrawn: (host) =>
    `Ingetrokken. Er wordt niets opgenomen, en een opname die er al is wordt vernietigd. Ik laat het ${host} weten.`,
  nothingToWithdraw:
    'Je had geen toestemming voor een opname gegeven; er valt niets in te trekken.',
  changed: 'De tekst over de opname is intussen bijgewerkt. Lees je de nieuwe even?',
  gone: 'Dit slotinterview gaat niet meer door, dus er valt niets op te nemen.',
  hostWithdrawn: (name, when) =>
    `${name} trekt de toestemming in om het slotinterview van ${when} op te nemen. Neem niet op, of vernietig de opname.`,
};
