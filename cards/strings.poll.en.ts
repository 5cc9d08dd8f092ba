import type { PollStrings } from './strings.poll';

const scale = (low: string, high: string) => ({ kind: 'scale' as const, choices: [low, high] });

export const pollEn: PollStrings = {
  command: 'send a short poll to your team (aanjagers and teamcoaches)',
  resultsCommand: 'see the outcome of your latest poll',
  notAllowed: 'sending polls is for aanjagers and teamcoaches. feel free to ask your aanjager.',
  personalOnly: 'I only show the outcome in your personal chat with me.',
  templates: {
    dagdeel: {
      name: 'after a team session: what you take away',
      title: 'what do you take away from the team session?',
      questions: [
        { kind: 'open', text: 'what do you take away from this session?', choices: [] },
        { text: 'how useful is it for your work with students?', ...scale('not much yet', 'very') },
        { kind: 'open', text: 'what is one small next step for you?', choices: [] },
      ],
    },
    'je-doet-het-al': {
      name: 'you already do it',
      title: 'you already do it',
      questions: [
        { kind: 'open', text: 'a moment this week when you reached a student?', choices: [] },
        {
          kind: 'multiple',
          text: 'what did you already do, perhaps without calling it that?',
          choices: [
            'sharing my network',
            'giving a compliment',
            'asking further',
            'referring someone',
          ],
        },
        { kind: 'open', text: 'where did you get stuck for a moment?', choices: [] },
      ],
    },
    kuijpers: {
      name: 'the five career competencies',
      title: 'how often did it come up this week?',
      questions: [
        { text: 'what drives students (motive reflection)', ...scale('not yet', 'very often') },
        {
          text: 'what students are good at (quality reflection)',
          ...scale('not yet', 'very often'),
        },
        { text: 'what work asks and offers (work exploration)', ...scale('not yet', 'very often') },
        { text: 'steering their own learning and work', ...scale('not yet', 'very often') },
        { text: 'making contacts (networking)', ...scale('not yet', 'very often') },
      ],
    },
    blank: {
      name: 'blank: write your own questions',
      title: 'a short poll',
      questions: [1, 2, 3, 4, 5].map(() => ({ kind: 'open' as const, text: '', choices: [] })),
    },
  },
  kinds: { scale: 'scale 1-5', single: 'one choice', multiple: 'several choices', open: 'open' },
  setupTitle: 'a short poll',
  setupIntro: 'pick a start; you can change the questions next. small is fine.',
  templateLabel: 'start with',
  anonymousLabel: 'anonymous (recommended)',
  closesOnLabel: 'closes on',
  closesAtLabel: 'at',
  audienceHere: 'the poll goes to this conversation; everyone here can answer.',
  audiencePeopleLabel: 'to whom',
  preview: 'preview',
  previewTitle: (title) => `your poll: ${title}`,
  previewIntro: 'feel free to change the questions; I leave out an empty one.',
  questionLabel: (n, kind) => `question ${n} (${kind})`,
  anonymousFact: 'anonymous: nobody sees who answered what',
  namedFact: 'with names',
  closes: (when) => `closes ${when}`,
  toPeople: (n) => `to ${n} ${n === 1 ? 'person' : 'people'}`,
  send: 'send',
  noQuestions: 'there is no question yet; one is enough.',
  closesInPast: 'that closing time has passed; pick a later one.',
  noPeople: 'pick at least one person.',
  sent: (title) =>
    `your poll "${title}" is on its way. you'll see the outcome here once the poll has closed with enough answers.`,
  resultsButton: 'see the outcome',
  closeButton: 'close now',
  anonymousIntro:
    'anonymous: your answer is not stored under your name. you may skip any question.',
  namedIntro: 'your answer is stored under your name. you may skip any question.',
  answerButton: 'send',
  thanks: (count) =>
    `thank you! there ${count === 1 ? 'is 1 answer' : `are ${count} answers`} so far. you can change your answer until the poll closes.`,
  change: 'change my answer',
  nothingFilledIn: "you haven't filled anything in yet; one question is enough.",
  consentIntro:
    'this is your first answer for the study. have a quick read; the button says yes and sends your answer.',
  consentAndSend: "I'll take part and send",
  closedView: (title) => `the poll "${title}" is closed. thank you for your time.`,
  closedAnswer:
    "this poll has closed, so I can't keep this any more. thank you for wanting to answer.",
  closedNow: (title, count) =>
    `your poll "${title}" is closed with ${count} ${count === 1 ? 'answer' : 'answers'}.`,
  closedOnTime: (title, count, ready) =>
    `your poll "${title}" has closed with ${count} ${count === 1 ? 'answer' : 'answers'}. ` +
    (ready
      ? 'the outcome is ready: type poll results.'
      : 'that is too few to show an outcome without anyone being recognisable.'),
  alreadyClosed: 'that poll was already closed.',
  resultsTitle: (title) => `outcome: ${title}`,
  answers: (count) => `${count} ${count === 1 ? 'answer' : 'answers'}`,
  tooFew: (k) =>
    `not enough answers yet: I show the outcome from ${k} on, so nobody can be recognised.`,
  whileOpen: (k) =>
    `You'll see the outcome once the poll has closed, from ${k} answers on. While it is open you only see how many answered: otherwise each new answer could be recognised.`,
  ownPoll:
    "This is your own anonymous poll, so your answer doesn't count: it would lower the threshold for the others. I kept nothing.",
  notOnRoster: (owner) =>
    `Thank you for wanting to answer. This poll only counts answers from people on the team list in Koers for this poll, so the outcome really is the team's. You're not on it (yet), so I kept nothing. Do you belong here? Ask ${owner} to have you added to the team list.`,
  openAnswers: 'what people wrote (in random order)',
  noPolls: "you haven't sent a poll yet. type poll to make one.",
  notYours: 'only the person who sent a poll sees its outcome.',
};
