import type { Strings } from './strings';

export const en: Strings = {
  welcome: {
    greeting: (name) => (name ? `hi ${name}, I'm koers` : "hi, I'm koers"),
    intro: (careerTerm) =>
      `I help the ${careerTerm} team keep a weekly logbook, coaching check-ins and short polls.`,
    consent: 'nothing is collected without your consent, and saying no is always fine.',
    helpButton: 'what can I do here?',
  },
  commands: {
    help: 'see what I can do',
  },
  help: {
    title: 'what can I do here?',
    intro: 'you can send me:',
    typeAnytime: 'no need to click anything: just type one of these words, whenever you like.',
  },
  messages: {
    unknownText: (helpWord) => `I don't quite get that yet. type ${helpWord} to see what I can do.`,
    invalidSubmit: "that didn't quite work. would you like to try again?",
    crashed: "oops, something went wrong on my side. it's not you; please try again in a moment.",
    channelWelcome: (careerTerm) =>
      `hi all, I'm koers: I help the ${careerTerm} team with logbooks, check-ins and polls. feel free to message me in a personal chat.`,
  },
};
