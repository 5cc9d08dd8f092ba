import type { Language } from '../../domain/language';

const nl = {
  written: 'geschreven',
  notSignedIn: 'Ik kon niet zien wie je bent. Open Koers in Teams en probeer het opnieuw.',
  unknownPerson:
    'Ik ken je nog niet. Open de chat met Koers in Teams; de beheerder zet je op de lijst.',
  badRequest: 'Dat verzoek begrijp ik niet.',
  notAllowed: 'Die export is alleen voor de onderzoekers van dit onderzoek.',
  notBuilt: 'Het dashboard is nog niet gebouwd: draai npm run build.',
  reportNotYours: 'Dit verslag is niet naar jou gestuurd.',
};

const en: typeof nl = {
  written: 'written',
  notSignedIn: 'I could not tell who you are. Open Koers in Teams and try again.',
  unknownPerson: "I don't know you yet. open the chat with Koers in Teams; the admin adds you.",
  badRequest: 'I do not understand that request.',
  notAllowed: "That export is for this study's researchers only.",
  notBuilt: 'The dashboard has not been built yet: run npm run build.',
  reportNotYours: 'This report was not sent to you.',
};

/** The tab API's own words; everything else comes from the bot's strings. */
export function tabStrings(language: Language): typeof nl {
  return language === 'en' ? en : nl;
}
