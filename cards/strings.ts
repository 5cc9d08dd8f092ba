import type { Language } from '../domain/language';
import { en } from './strings.en';
import { nl } from './strings.nl';

// Arguments arrive ready to show: the cards escape user text before passing it in.
export interface Strings {
  welcome: {
    greeting: (name: string) => string;
    intro: (careerTerm: string) => string;
    consent: string;
    helpButton: string;
  };
  commands: {
    help: string;
  };
  help: {
    title: string;
    intro: string;
    typeAnytime: string;
  };
  messages: {
    unknownText: (helpWord: string) => string;
    invalidSubmit: string;
    crashed: string;
    channelWelcome: (careerTerm: string) => string;
  };
}

const byLanguage: Record<Language, Strings> = { nl, en };

export function strings(language: Language): Strings {
  return byLanguage[language];
}
