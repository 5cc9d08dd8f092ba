import type { Strings } from './strings';
import { checkInEn } from './strings.check-in.en';
import { interviewEn } from './strings.interview.en';
import { logboekFlowEn } from './strings.logboek.en';
import { pollEn } from './strings.poll.en';
import { reportEn } from './strings.report.en';

export const en: Strings = {
  progress: {
    title: 'Progress',
    ownTitle: 'Your progress',
    chartTitle: 'Weeks written, of the last 8',
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
    notTakingPart: 'Does not take part in the study (yet)',
    nudge: 'Give a nudge',
    commitment: (organisation, hours, dagdelen) =>
      `${organisation}: ${hours} coaching hours, ${dagdelen} team sessions`,
    empty: 'Nobody is on your list yet. The admin links your aanjagers to you.',
    yourActions: 'Your agreed actions:',
  },
  nudge: {
    title: (name) => `A nudge for ${name}`,
    intro:
      'I send a short, friendly message on your behalf. Would you like to add a personal line?',
    lineLabel: 'Your line (optional)',
    send: 'Send',
    message: (name, coach, line) =>
      `Hi ${name}, ${coach} is thinking of you${line ? `: ${line}` : '.'}\n\nIf you feel like it, type logbook and write a few words about your week. No hurry.`,
    sent: (name) => `Sent: ${name} gets your message shortly.`,
    budgetUsed: (name) =>
      `${name} already had a reminder or nudge this week. One a week is enough; next week it can again.`,
    holiday: (name) => `${name} is on holiday, so I send nothing.`,
    paused: (name) => `${name} paused the logbook, so I send nothing.`,
    notTakingPart: (name) => `${name} does not take part in the study, so I send nothing.`,
    notYours: 'A nudge can only go to someone you coach.',
  },
  welcome: {
    greeting: (name) => (name ? `Hi ${name}, I'm Koers` : "Hi, I'm Koers"),
    intro: (careerTerm) =>
      `I help the ${careerTerm} team keep a weekly logbook, coaching check-ins and short polls.`,
    consent: 'Nothing is collected without your consent, and saying no is always fine.',
    helpButton: 'What can I do here?',
  },
  commands: {
    help: 'See what I can do',
    moment: 'Choose when your logbook comes, or pause it',
    join: 'Join your team with the code you were given',
    consent: 'See your consent, or stop',
    logboek: "Add something to this week's logbook",
    myLogboek: 'Look back: your logbook of the last eight weeks',
    personalData: 'A file with everything I keep about you',
    pseudonym: 'Look up a pseudonym (researchers)',
    progress: 'Your progress, or that of the people you coach',
    hours: 'Log your coaching hours, for example hours 1.5 (teamcoaches)',
    dagdeel: 'Log a team session (dagdeel) that was held (teamcoaches)',
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
    title: (study) => `Take part in ${study}?`,
    intro: 'Before I keep anything of yours, I ask for your consent. Take your time to read it.',
    windowLabel: 'Cooling-off period',
    windowValue: (days) => `${days} working days after each contribution`,
    fullErasureValue: 'if you stop, I delete everything',
    contactLabel: 'Questions or stopping',
    versionLabel: 'Version',
    join: 'I take part',
    decline: 'I do not take part',
    given: 'Glad you are taking part. You can stop at any time: type consent.',
    declined: 'That is fine, I keep nothing of yours. If you change your mind, just type consent.',
    changed: 'The text has been updated in the meantime. Would you read the new version?',
    statusGiven: (study, since) => `You take part in ${study}, since ${since}.`,
    statusDeclined: (study) => `You do not take part in ${study}. That is fine.`,
    statusWithdrawn: (study, since) => `You stopped taking part in ${study} on ${since}.`,
    stop: 'I want to stop',
    rejoin: 'Take part after all',
    noStudy: (joinWord) =>
      `You are not part of a team in Koers yet. Were you given a code? Type ${joinWord} and your code.`,
  },
  moment: {
    title: 'When should your logbook come?',
    intro: 'Pick a moment in the week that suits you. During holidays it stays quiet.',
    weekdayLabel: 'Day',
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    timeLabel: 'Time',
    pauseLabel: 'A pause, up to and including (leave empty: no pause)',
    timeZone: (zone) => `Time zone: ${zone}`,
    save: 'Save',
    saved: (weekday, time) => `Fine, your logbook will come on ${weekday} at ${time}.`,
    paused: (until) => `Until ${until} I will not send you anything.`,
  },
  withdraw: {
    title: (study) => `Stop taking part in ${study}?`,
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
    nothingYet: 'You have not sent anything yet, so there is nothing to delete.',
    afterwards: 'After that I keep nothing new of yours. No reason needed.',
    confirm: 'Yes, I stop',
    cancel: 'Not now',
    stopped: 'You have stopped.',
    deleted: (list) => `Deleted: ${list}.`,
    nothingDeleted: 'There was nothing to delete.',
    keptUnderPseudonym: (list) =>
      `Staying in the study under a pseudonym, because its cooling-off period had ended: ${list}.`,
    alwaysKept:
      'Also kept: your name and when you said yes and stopped, so it is clear what you agreed to, and a line in the audit log that you stopped, without anything you wrote.',
    thanks: 'Thank you for what you shared.',
    items: {
      entry: (week) => `your logbook of week ${week}`,
      note: (day, count) => (count === 1 ? `your note of ${day}` : `your ${count} notes of ${day}`),
      files: (count) => (count === 1 ? '1 file' : `${count} files`),
      pollAnswers: (count) => (count === 1 ? '1 answer to a poll' : `${count} answers to polls`),
      reportAnswers: (count) =>
        count === 1 ? '1 answer to a harvest report' : `${count} answers to harvest reports`,
    },
    cancelled: 'Fine, you are still taking part.',
    notTakingPart: 'You are not taking part right now, so there is nothing to stop.',
  },
  note: {
    offer: (week) => `Shall I keep this with your logbook for week ${week}?`,
    save: 'Keep it',
    discard: 'Never mind',
    discarded: 'Fine, I will not keep it.',
    tooLong: (max) =>
      `That is more than I can keep in one note (${max.toLocaleString('en-GB')} characters). Would you send it in a few parts?`,
  },
  logboek: {
    title: (week) => `Your logbook, week ${week}`,
    welcome: 'How was your week? Take a moment to look back, in your own words.',
    noFuss:
      'No need for nice sentences, structure or spelling: what happened is what counts, small things too. Everything may stay empty.',
    agreed: 'You had agreed (tick what got done):',
    dueBy: (date) => `by ${date}`,
    questions: [
      'How did you work on the four goals this week? Which actions or conversations did you start, and what do you see happening around you, or arising by itself?',
      'What effect did that have on you and on the people around you: what do you think, feel or do?',
      'What helped?',
      'What got in the way?',
      'Anything else you feel like sharing?',
    ],
    coachQuestions: [
      'What did you notice this week at the schools you coach? What did you see happening, or arising by itself?',
      'What did you do: contact, check-ins, agreements, an extra phone call?',
      'What effect did you see, in the aanjagers and their teams, and in yourself?',
      'What helped, and what got in the way?',
      'Anything else you feel like sharing?',
    ],
    goalsLabel: 'Which goals did your week touch? (optional)',
    goals: {
      1: 'A vision: what good guidance is, and why',
      2: 'The team knows and shares that vision',
      3: 'Everyone sees their own part in the whole',
      4: 'Everyone can play that part, mindful of barriers',
    },
    goalTags: { 1: 'vision', 2: 'shared vision', 3: 'own part', 4: 'playing the part' },
    save: 'Save',
    later: 'Later',
    skip: 'Skip this week',
    saved: (week) => `Saved, week ${week}`,
    skipped: (week) => `Week ${week} skipped, that is fine`,
    savedAt: (when) => `On ${when}`,
    tagged: (tags) => `Goals: ${tags}`,
    edit: 'Change',
    editUntil: (until) => `You can change it until the end of ${until}.`,
    fillIn: 'Fill it in after all',
    fillInUntil: (until) => `Want to share something after all? You can until the end of ${until}.`,
    laterOk: 'Fine, I will come back to it once, tomorrow.',
    laterNoReminder: 'Fine. I will not remind you again this week; the card stays where it is.',
    closed: (week) => `Week ${week} is closed; it can no longer be changed.`,
    silentWeeks: (name) =>
      `${name} has not written in the logbook for three weeks. I will stop reminding them for now; a personal call often works better than another message from me.`,
  },
  myLogboek: {
    title: 'Your logbook, the last eight weeks',
    intro: 'What you wrote, week by week. Open a week to read all of it.',
    week: (week) => `Week ${week}`,
    skipped: 'skipped',
    nothing: 'nothing written',
    quiet: 'holiday or pause',
    view: 'Open',
    weekTitle: (week) => `Your logbook, week ${week}`,
    writtenOn: (date) => `Written on ${date}`,
    leftEmpty: 'Left empty',
    notes: 'Notes',
    files: 'Files',
    shortened: 'Not everything fits on this card. Type my data for a file with everything.',
    nothingInWeek: (week) => `There is nothing of yours in week ${week}.`,
  },
  join: {
    joined: (organisation, role) => `Welcome to ${organisation}, as ${role}.`,
    unknown: 'I do not know that code. Could you check it was typed correctly?',
    expired: 'That code has expired. Could you ask whoever gave it to you for a new one?',
    usage: (word) => `Type ${word} and then your code, for example: ${word} KX7P-M3QD`,
    personalOnly: 'Let us do that in a personal chat: send me a message there.',
  },
  pseudonym: {
    usage: (word) => `Type ${word} and then the code, for example: ${word} P-03-07`,
    found: (code, name, organisation) =>
      `${code} is ${name} (${organisation}). I have logged this.`,
    notFound: (code) => `${code} is not known in your study. I have logged the question.`,
  },
  personalData: {
    fileDescription: 'Everything Koers keeps about you',
    sent: 'Here it is: everything I keep about you.',
    declined: 'Fine, I will not send it.',
    notInTeams: 'That only works in Teams, in your personal chat with me.',
  },
  files: {
    stored: (week, voice) =>
      voice
        ? `Your voice message is with week ${week}. Thank you.`
        : `Your file is with week ${week}. Thank you.`,
    tooBig: (maxMegabytes) =>
      `That file is larger than ${maxMegabytes} MB; a shorter recording will fit.`,
    notAccepted: (types) => `I do not keep that kind of file. These work: ${types}.`,
    failed: 'Fetching your file did not work just now. Would you send it once more?',
    personalOnly: 'I only keep files in our personal chat.',
  },
  commitment: {
    hoursUsage: (word) =>
      `Type ${word} and the number of hours, with a date and a note if you like. For example: ${word} 1.5 or ${word} 2 12-11 talk with the board`,
    dagdeelUsage: (word) =>
      `Type ${word}, with a date and a note if you like. For example: ${word} 12-11 team day on the vision`,
    inFuture: 'That date is still to come. Feel free to log it once it has happened.',
    hours: (hours) => `${hours} ${hours === '1' ? 'hour' : 'hours'}`,
    onDate: (what, date) => `${what} on ${date}`,
    dagdeel: 'a team session',
    recorded: (what) => `Noted: ${what}.`,
    totals: (t) =>
      `Together that is ${t.hours} of the ${t.hoursAgreed} hours, ${t.dagdelen} of the ${t.dagdelenAgreed} team sessions at ${t.organisation}.`,
    alreadyRecorded: 'I had already noted that.',
    chooseOrganisation: (what) => `Which school is this for: ${what}?`,
  },
  coachCall: {
    button: 'I called',
    noted: (date) => `Noted: you called on ${date}. Good that you called.`,
    alreadyNoted: (date) => `I had already noted that: you called on ${date}. Thank you.`,
    notYourCaseload: 'You do not coach this person in Koers, so I will not note that.',
  },
  checkIn: checkInEn,
  interview: interviewEn,
  poll: pollEn,
  report: reportEn,
  logboekFlow: logboekFlowEn,
  refusal: (roles) => `That is for ${roles}. Type help to see what you can do here.`,
  help: {
    title: 'What can I do here?',
    intro: 'You can send me:',
    typeAnytime: 'No need to click anything: just type one of these words, whenever you like.',
    yourRoles: (roles) => `Here you are ${roles}.`,
    notLinked: (joinUsage) =>
      `You are not linked to a team yet. Were you given a code? Type ${joinUsage}.`,
  },
  messages: {
    unknownText: (helpWord) => `I don't quite get that yet. Type ${helpWord} to see what I can do.`,
    invalidSubmit: "That didn't quite work. Would you like to try again?",
    crashed:
      "Oops, something went wrong on my side. It's not you, but I could not keep this message. Could you send it again in a moment?",
    channelWelcome: (careerTerm) =>
      `Hi all, I'm Koers: I help the ${careerTerm} team with logbooks, check-ins and polls. Feel free to message me in a personal chat.`,
  },
};
