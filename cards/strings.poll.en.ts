import type { PollStrings } from './strings.poll';

const scale = (low: string, high: string) => ({ kind: 'scale' as const, choices: [low, high] });

export const pollEn: PollStrings = {
  command: 'Send a short poll to your team (aanjagers and teamcoaches)',
  resultsCommand: 'See the outcome of your latest poll',
  notAllowed: 'Sending polls is for aanjagers and teamcoaches. Feel free to ask your aanjager.',
  personalOnly: 'I only show the outcome in your personal chat with me.',
  templates: {
    dagdeel: {
      name: 'After a team session: what you take away',
      title: 'What do you take away from the team session?',
      questions: [
        { kind: 'open', text: 'What do you take away from this session?', choices: [] },
        { text: 'How useful is it for your work with students?', ...scale('not much yet', 'very') },
        { kind: 'open', text: 'What is one small next step for you?', choices: [] },
      ],
    },
    'je-doet-het-al': {
      name: 'You already do it',
      title: 'You already do it',
      questions: [
        { kind: 'open', text: 'A moment this week when you reached a student?', choices: [] },
        {
          kind: 'multiple',
          text: 'What did you already do, perhaps without calling it that?',
          choices: [
            'Sharing my network',
            'Giving a compliment',
            'Asking further',
            'Referring someone',
          ],
        },
        { kind: 'open', text: 'Where did you get stuck for a moment?', choices: [] },
      ],
    },
    kuijpers: {
      name: 'The five career competencies',
      title: 'How often did it come up this week?',
      questions: [
        { text: 'What drives students (motive reflection)', ...scale('not yet', 'very often') },
        {
          text: 'What students are good at (quality reflection)',
          ...scale('not yet', 'very often'),
        },
        { text: 'What work asks and offers (work exploration)', ...scale('not yet', 'very often') },
        { text: 'Steering their own learning and work', ...scale('not yet', 'very often') },
        { text: 'Making contacts (networking)', ...scale('not yet', 'very often') },
      ],
    },
    blank: {
      name: 'Blank: write your own questions',
      title: 'A short poll',
      questions: [1, 2, 3, 4, 5].map(() => ({ kind: 'open' as const, text: '', choices: [] })),
    },
  },
  kinds: { scale: 'scale 1-5', single: 'one choice', multiple: 'several choices', open: 'open' },
  setupTitle: 'A short poll',
  setupIntro: 'Pick a start; you can change the questions next. Small is fine.',
  templateLabel: 'Start with',
  anonymousLabel: 'Anonymous (recommended)',
  closesOnLabel: 'Closes on',
  closesAtLabel: 'At',
  audienceHere: 'The poll goes to this conversation; everyone here can answer.',
  audiencePeopleLabel: 'To whom',
  preview: 'Preview',
  previewTitle: (title) => `Your poll: ${title}`,
  previewIntro: 'Feel free to change the questions; I leave out an empty one.',
  questionLabel: (n, kind) => `Question ${n} (${kind})`,
  anonymousFact: 'Anonymous: nobody sees who answered what',
  namedFact: 'With names',
  closes: (when) => `Closes ${when}`,
  toPeople: (n) => `To ${n} ${n === 1 ? 'person' : 'people'}`,
  send: 'Send',
  noQuestions: 'There is no question yet; one is enough.',
  closesInPast: 'That closing time has passed; pick a later one.',
  noPeople: 'Pick at least one person.',
  sent: (title) =>
    `Your poll "${title}" is on its way. You'll see the outcome here once the poll has closed with enough answers.`,
  resultsButton: 'See the outcome',
  closeButton: 'Close now',
  anonymousIntro:
    'Anonymous: your answer is not stored under your name. You may skip any question.',
  namedIntro: 'Your answer is stored under your name. You may skip any question.',
  answerButton: 'Send',
  thanks: (count) =>
    `Thank you! There ${count === 1 ? 'is 1 answer' : `are ${count} answers`} so far. You can change your answer until the poll closes.`,
  change: 'Change my answer',
  nothingFilledIn: "You haven't filled anything in yet; one question is enough.",
  consentIntro:
    'This is your first answer for the study. Have a quick read; the button says yes and sends your answer.',
  consentAndSend: "I'll take part and send",
  closedView: (title) => `The poll "${title}" is closed. Thank you for your time.`,
  closedAnswer:
    "This poll has closed, so I can't keep this any more. Thank you for wanting to answer.",
  closedNow: (title, count) =>
    `Your poll "${title}" is closed with ${count} ${count === 1 ? 'answer' : 'answers'}.`,
  closedOnTime: (title, count, ready) =>
    `Your poll "${title}" has closed with ${count} ${count === 1 ? 'answer' : 'answers'}. ` +
    (ready
      ? 'The outcome is ready: type poll results.'
      : 'That is too few to show an outcome without anyone being recognisable.'),
  alreadyClosed: 'That poll was already closed.',
  resultsTitle: (title) => `Outcome: ${title}`,
  answers: (count) => `${count} ${count === 1 ? 'answer' : 'answers'}`,
  tooFew: (k) =>
    `Not enough answers yet: I show the outcome from ${k} on, so nobody can be recognised.`,
  whileOpen: (k) =>
    `You'll see the outcome once the poll has closed, from ${k} answers on. While it is open you only see how many answered: otherwise each new answer could be recognised.`,
  ownPoll:
    "This is your own anonymous poll, so your answer doesn't count: it would lower the threshold for the others. I kept nothing.",
  notOnRoster: (owner) =>
    `Thank you for wanting to answer. This poll only counts answers from people on the team list in Koers for this poll, so the outcome really is the team's. You're not on it (yet), so I kept nothing. Do you belong here? Ask ${owner} to have you added to the team list.`,
  openAnswers: 'What people wrote (in random order)',
  noPolls: "You haven't sent a poll yet. Type poll to make one.",
  notYours: 'Only the person who sent a poll sees its outcome.',
};
