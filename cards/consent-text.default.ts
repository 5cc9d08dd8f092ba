import type { Language } from '../domain/language';
import type { Study } from '../domain/organisations';

/**
 * Version 1 of a new study's consent text, filled in for that study. The card adds the study's
 * name, the contact person and the buttons around it; together that is what the hash covers.
 */
export function defaultConsentText(study: Omit<Study, 'id'>): Record<Language, string> {
  const days = study.withdrawalWorkingDays;
  const stopNl =
    study.erasure === 'full'
      ? 'stop je, dan verwijder ik alles wat je hebt ingestuurd.'
      : `stop je binnen ${days} werkdagen na het insturen van iets, dan verwijder ik dat helemaal. wat ouder is, blijft in het onderzoek, alleen onder een pseudoniem.`;
  const stopEn =
    study.erasure === 'full'
      ? 'if you stop, I delete everything you sent.'
      : `if you stop within ${days} working days of sending something, I delete it completely. older contributions stay in the study, under a pseudonym only.`;
  return {
    nl: [
      'wat ik bewaar: je logboek (tekst en spraakberichten), je antwoorden op korte peilingen en wanneer je iets instuurde. alles versleuteld.',
      'wie wat ziet: jij ziet alles van jezelf. je teamcoach ziet of je schreef, en als aanjager ook je logboek. de onderzoekers zien je bijdragen alleen onder een pseudoniem. leidinggevenden zien nooit iets van jou persoonlijk.',
      'meedoen is vrijwillig, elke vraag mag je overslaan en stoppen kan altijd, zonder reden: typ toestemming.',
      stopNl,
    ].join('\n\n'),
    en: [
      'what I keep: your logbook (text and voice notes), your answers to short polls and when you sent them. all of it encrypted.',
      'who sees what: you see all of your own. your team coach sees whether you wrote, and as aanjager also your logbook. the researchers see your contributions under a pseudonym only. managers never see anything of yours personally.',
      'taking part is voluntary, you may skip any question and you can stop at any time without a reason: type consent.',
      stopEn,
    ].join('\n\n'),
  };
}
