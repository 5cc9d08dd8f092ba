import type { Strings } from './strings';
import { checkInEn } from './strings.check-in.en';
import { pollEn } from './strings.poll.en';

export const en: Strings = {
  progress: {
    title: 'progress',
    ownTitle: 'your progress',
    chartTitle: 'weeks written, of the last 8',
    weeksWritten: (written, of) => `${written} of the ${of} weeks written`,
    lastEntry: (date) => `last wrote on ${date}`,
    nothingYet: 'nothing written yet',
    openActions: (count) => (count === 1 ? '1 open action' : `${count} open actions`),
    nextCheckIn: (when) => `next check-in: ${when}`,
    noCheckIn: 'no check-in planned yet',
    paused: (until) => `logbook paused until ${until}`,
    holiday: 'holiday: the logbook rests for a while',
    stopped: 'quiet for a few weeks: I send no more reminders',
    called: (on) => `you called on ${on}`,
    notTakingPart: 'does not take part in the study (yet)',
    nudge: 'give a nudge',
    commitment: (organisation, hours, dagdelen) =>
      `${organisation}: ${hours} coaching hours, ${dagdelen} team sessions`,
    empty: 'nobody is on your list yet. the admin links your aanjagers to you.',
    yourActions: 'your agreed actions:',
  },
  nudge: {
    title: (name) => `a nudge for ${name}`,
    intro:
      'I send a short, friendly message on your behalf. would you like to add a personal line?',
    lineLabel: 'your line (optional)',
    send: 'send',
    message: (name, coach, line) =>
      `hi ${name}, ${coach} is thinking of you${line ? `: ${line}` : '.'}\n\nif you feel like it, type logbook and write a few words about your week. no hurry.`,
    sent: (name) => `sent: ${name} gets your message shortly.`,
    budgetUsed: (name) =>
      `${name} already had a reminder or nudge this week. one a week is enough; next week it can again.`,
    holiday: (name) => `${name} is on holiday, so I send nothing.`,
    paused: (name) => `${name} paused the logbook, so I send nothing.`,
    notTakingPart: (name) => `${name} does not take part in the study, so I send nothing.`,
    notYours: 'a nudge can only go to someone you coach.',
  },
  welcome: {
    greeting: (name) => (name ? `hi ${name}, I'm koers` : "hi, I'm koers"),
    intro: (careerTerm) =>
      `I help the ${careerTerm} team keep a weekly logbook, coaching check-ins and short polls.`,
    consent: 'nothing is collected without your consent, and saying no is always fine.',
    helpButton: 'what can I do here?',
  },
  commands: {
    help: 'see what I can do',
    moment: 'choose when your logbook comes, or pause it',
    join: 'join your team with the code you were given',
    consent: 'see your consent, or stop',
    logboek: "add something to this week's logbook",
    myLogboek: 'look back: your logbook of the last eight weeks',
    personalData: 'a file with everything I keep about you',
    pseudonym: 'look up a pseudonym (researchers)',
    progress: 'your progress, or that of the people you coach',
    hours: 'log your coaching hours, for example hours 1.5 (teamcoaches)',
    dagdeel: 'log a team session (dagdeel) that was held (teamcoaches)',
  },
  roles: {
    aanjager: 'aanjager',
    maatje: 'buddy',
    teamcoach: 'team coach',
    onderzoeker: 'researcher',
    docent: 'teacher',
    management: 'manager',
    beheerder: 'admin',
  },
  consent: {
    title: (study) => `take part in ${study}?`,
    intro: 'before I keep anything of yours, I ask for your consent. take your time to read it.',
    windowLabel: 'cooling-off period',
    windowValue: (days) => `${days} working days after each contribution`,
    fullErasureValue: 'if you stop, I delete everything',
    contactLabel: 'questions or stopping',
    versionLabel: 'version',
    join: 'I take part',
    decline: 'I do not take part',
    given: 'glad you are taking part. you can stop at any time: type consent.',
    declined: 'that is fine, I keep nothing of yours. if you change your mind, just type consent.',
    changed: 'the text has been updated in the meantime. would you read the new version?',
    statusGiven: (study, since) => `you take part in ${study}, since ${since}.`,
    statusDeclined: (study) => `you do not take part in ${study}. that is fine.`,
    statusWithdrawn: (study, since) => `you stopped taking part in ${study} on ${since}.`,
    stop: 'I want to stop',
    rejoin: 'take part after all',
    noStudy: (joinWord) =>
      `you are not part of a team in koers yet. were you given a code? type ${joinWord} and your code.`,
  },
  moment: {
    title: 'when should your logbook come?',
    intro: 'pick a moment in the week that suits you. during holidays it stays quiet.',
    weekdayLabel: 'day',
    weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    timeLabel: 'time',
    pauseLabel: 'a pause, up to and including (leave empty: no pause)',
    timeZone: (zone) => `time zone: ${zone}`,
    save: 'save',
    saved: (weekday, time) => `fine, your logbook will come on ${weekday} at ${time}.`,
    paused: (until) => `until ${until} I will not send you anything.`,
  },
  withdraw: {
    title: (study) => `stop taking part in ${study}?`,
    eraseInside: (count) =>
      count === 1
        ? '1 contribution is still inside its cooling-off period: I delete it completely.'
        : `${count} contributions are still inside their cooling-off period: I delete them completely.`,
    keepOlder: (count) =>
      count === 1
        ? '1 older contribution stays in the study, under a pseudonym only.'
        : `${count} older contributions stay in the study, under a pseudonym only.`,
    eraseAll: (count) =>
      count === 1
        ? 'I delete your one contribution completely.'
        : `I delete all ${count} contributions completely.`,
    nothingYet: 'you have not sent anything yet, so there is nothing to delete.',
    afterwards: 'after that I keep nothing new of yours. no reason needed.',
    confirm: 'yes, I stop',
    cancel: 'not now',
    done: (erased, kept) =>
      `you have stopped. deleted: ${erased}. staying under a pseudonym: ${kept}. thank you for what you shared.`,
    cancelled: 'fine, you are still taking part.',
    notTakingPart: 'you are not taking part right now, so there is nothing to stop.',
  },
  note: {
    offer: (week) => `shall I keep this with your logbook for week ${week}?`,
    save: 'keep it',
    discard: 'never mind',
    saved: (week, until) =>
      `kept with week ${week}. until the end of ${until} you can still have it deleted.`,
    discarded: 'fine, I will not keep it.',
    tooLong: (max) =>
      `that is more than I can keep in one note (${max.toLocaleString('en-GB')} characters). would you send it in a few parts?`,
  },
  logboek: {
    title: (week) => `your logbook, week ${week}`,
    welcome: 'how was your week? take a moment to look back, in your own words.',
    noFuss:
      'no need for nice sentences, structure or spelling: what happened is what counts, small things too. everything may stay empty.',
    agreed: 'you had agreed (tick what got done):',
    dueBy: (date) => `by ${date}`,
    questions: [
      'how did you work on the four goals this week? which actions or conversations did you start, and what do you see happening around you, or arising by itself?',
      'what effect did that have on you and on the people around you: what do you think, feel or do?',
      'what helped?',
      'what got in the way?',
      'anything else you feel like sharing?',
    ],
    coachQuestions: [
      'what did you notice this week at the schools you coach? what did you see happening, or arising by itself?',
      'what did you do: contact, check-ins, agreements, an extra phone call?',
      'what effect did you see, in the aanjagers and their teams, and in yourself?',
      'what helped, and what got in the way?',
      'anything else you feel like sharing?',
    ],
    goalsLabel: 'which goals did your week touch? (optional)',
    goals: {
      1: 'a vision: what good guidance is, and why',
      2: 'the team knows and shares that vision',
      3: 'everyone sees their own part in the whole',
      4: 'everyone can play that part, mindful of barriers',
    },
    goalTags: { 1: 'vision', 2: 'shared vision', 3: 'own part', 4: 'playing the part' },
    save: 'save',
    later: 'later',
    skip: 'skip this week',
    saved: (week) => `saved, week ${week}`,
    skipped: (week) => `week ${week} skipped, that is fine`,
    savedAt: (when) => `on ${when}`,
    tagged: (tags) => `goals: ${tags}`,
    edit: 'change',
    editUntil: (until) => `you can change it until the end of ${until}.`,
    fillIn: 'fill it in after all',
    fillInUntil: (until) => `want to share something after all? you can until the end of ${until}.`,
    reminder: 'still thinking of your logbook? a few words are plenty.',
    laterOk: 'fine, I will come back to it once, tomorrow.',
    laterNoReminder: 'fine. I will not remind you again this week; the card stays where it is.',
    closed: (week) => `week ${week} is closed; it can no longer be changed.`,
    silentWeeks: (name) =>
      `${name} has not written in the logbook for three weeks. I will stop reminding them for now; a personal call often works better than another message from me.`,
  },
  myLogboek: {
    title: 'your logbook, the last eight weeks',
    intro: 'what you wrote, week by week. open a week to read all of it.',
    week: (week) => `week ${week}`,
    skipped: 'skipped',
    nothing: 'nothing written',
    quiet: 'holiday or pause',
    view: 'open',
    weekTitle: (week) => `your logbook, week ${week}`,
    writtenOn: (date) => `written on ${date}`,
    leftEmpty: 'left empty',
    notes: 'notes',
    files: 'files',
    shortened: 'not everything fits on this card. type my data for a file with everything.',
    nothingInWeek: (week) => `there is nothing of yours in week ${week}.`,
  },
  join: {
    joined: (organisation, role) => `welcome to ${organisation}, as ${role}.`,
    unknown: 'I do not know that code. could you check it was typed correctly?',
    expired: 'that code has expired. could you ask whoever gave it to you for a new one?',
    usage: (word) => `type ${word} and then your code, for example: ${word} KX7P-M3QD`,
    personalOnly: 'let us do that in a personal chat: send me a message there.',
  },
  pseudonym: {
    usage: (word) => `type ${word} and then the code, for example: ${word} P-03-07`,
    found: (code, name, organisation) =>
      `${code} is ${name} (${organisation}). I have logged this.`,
    notFound: (code) => `${code} is not known in your study. I have logged the question.`,
  },
  personalData: {
    fileDescription: 'everything koers keeps about you',
    sent: 'here it is: everything I keep about you.',
    declined: 'fine, I will not send it.',
    notInTeams: 'that only works in teams, in your personal chat with me.',
  },
  files: {
    stored: (week, voice) =>
      voice
        ? `your voice message is with week ${week}. thank you.`
        : `your file is with week ${week}. thank you.`,
    tooBig: (maxMegabytes) =>
      `that file is larger than ${maxMegabytes} MB; a shorter recording will fit.`,
    notAccepted: (types) => `I do not keep that kind of file. these work: ${types}.`,
    failed: 'fetching your file did not work just now. would you send it once more?',
    recordedInTeams:
      'a voice message recorded in teams itself is out of my reach for now. record it on your phone and send it as a file, and I will keep it.',
    personalOnly: 'I only keep files in our personal chat.',
  },
  commitment: {
    hoursUsage: (word) =>
      `type ${word} and the number of hours, with a date and a note if you like. for example: ${word} 1.5 or ${word} 2 12-11 talk with the board`,
    dagdeelUsage: (word) =>
      `type ${word}, with a date and a note if you like. for example: ${word} 12-11 team day on the vision`,
    inFuture: 'that date is still to come. feel free to log it once it has happened.',
    hours: (hours) => `${hours} ${hours === '1' ? 'hour' : 'hours'}`,
    onDate: (what, date) => `${what} on ${date}`,
    dagdeel: 'a team session',
    recorded: (what) => `noted: ${what}.`,
    totals: (t) =>
      `together that is ${t.hours} of the ${t.hoursAgreed} hours, ${t.dagdelen} of the ${t.dagdelenAgreed} team sessions at ${t.organisation}.`,
    alreadyRecorded: 'I had already noted that.',
    chooseOrganisation: (what) => `${what}: which school is it for?`,
  },
  coachCall: {
    button: 'I called',
    noted: (date) => `noted: you called on ${date}. good that you called.`,
    alreadyNoted: (date) => `I had already noted that: you called on ${date}. thank you.`,
    notYourCaseload: 'you do not coach this person in koers, so I will not note that.',
  },
  checkIn: checkInEn,
  poll: pollEn,
  refusal: (roles) => `that is for ${roles}. type help to see what you can do here.`,
  help: {
    title: 'what can I do here?',
    intro: 'you can send me:',
    typeAnytime: 'no need to click anything: just type one of these words, whenever you like.',
  },
  messages: {
    unknownText: (helpWord) => `I don't quite get that yet. type ${helpWord} to see what I can do.`,
    invalidSubmit: "that didn't quite work. would you like to try again?",
    crashed:
      "oops, something went wrong on my side. it's not you, but I could not keep this message. could you send it again in a moment?",
    channelWelcome: (careerTerm) =>
      `hi all, I'm koers: I help the ${careerTerm} team with logbooks, check-ins and polls. feel free to message me in a personal chat.`,
  },
};
