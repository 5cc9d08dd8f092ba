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
      ? 'Stop je, dan verwijder ik alles wat je hebt ingestuurd.'
      : `Stop je binnen ${days} werkdagen na het insturen van iets, dan verwijder ik dat helemaal. Wat ouder is, blijft in het onderzoek, alleen onder een pseudoniem.`;
  const stopEn =
    study.erasure === 'full'
      ? 'If you stop, I delete everything you sent.'
      : `If you stop within ${days} working days of sending something, I delete it completely. Older contributions stay in the study, under a pseudonym only.`;
  return {
    nl: [
      'Wat ik bewaar: je logboek (tekst en spraakberichten), je antwoorden op korte peilingen en wanneer je iets instuurde. Alles versleuteld.',
      'Wie wat ziet: jij ziet alles van jezelf. Je teamcoach ziet of je schreef, en als aanjager ook je logboek. De onderzoekers zien je bijdragen alleen onder een pseudoniem. Leidinggevenden zien nooit iets van jou persoonlijk.',
      'Meedoen is vrijwillig, elke vraag mag je overslaan en stoppen kan altijd, zonder reden: typ toestemming.',
      stopNl,
    ].join('\n\n'),
    en: [
      'What I keep: your logbook (text and voice notes), your answers to short polls and when you sent them. All of it encrypted.',
      'Who sees what: you see all of your own. Your team coach sees whether you wrote, and as aanjager also your logbook. The researchers see your contributions under a pseudonym only. Managers never see anything of yours personally.',
      'Taking part is voluntary, you may skip any question and you can stop at any time without a reason: type consent.',
      stopEn,
    ].join('\n\n'),
  };
}
