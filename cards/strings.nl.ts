import type { Strings } from './strings';

export const nl: Strings = {
  welcome: {
    greeting: (name) => (name ? `hoi ${name}, ik ben koers` : 'hoi, ik ben koers'),
    intro: (careerTerm) =>
      `ik help het ${careerTerm}-team met een wekelijks logboek, coaching check-ins en korte peilingen.`,
    consent: 'ik verzamel niets zonder jouw toestemming, en nee zeggen mag altijd.',
    helpButton: 'wat kan ik hier?',
  },
  commands: {
    help: 'zien wat ik kan',
  },
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
    crashed: 'oei, er ging bij mij iets mis. het ligt niet aan jou; probeer het zo nog eens.',
    channelWelcome: (careerTerm) =>
      `hoi allemaal, ik ben koers: ik help het ${careerTerm}-team met logboek, check-ins en peilingen. stuur me gerust een persoonlijk berichtje.`,
  },
};
