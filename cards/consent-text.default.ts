import type { Language } from '../domain/language';
import type { Study } from '../domain/organisations';

/** deploy/main.bicep's default backup retention: how long a deleted contribution can survive. */
const BACKUP_DAYS = 7;

/**
 * Version 1 of a new study's consent text, filled in for that study. The card adds the study's
 * name, the contact person and the buttons around it; together that is what the hash covers.
 * An existing study gets these words as its next version with `koers study consent-text
 * --default`; who agreed to an earlier version keeps that version and its hash on record.
 * The backup days are the deployment's (deploy/main.bicep, postgresBackupRetentionDays).
 */
export function defaultConsentText(study: Omit<Study, 'id'>): Record<Language, string> {
  const days = study.withdrawalWorkingDays;
  const stopNl =
    study.erasure === 'full'
      ? `Stop je, dan verwijder ik alles wat je hebt ingestuurd; uit de back-ups verdwijnt het uiterlijk ${BACKUP_DAYS} dagen later. Alleen een antwoord op een anonieme peiling van meer dan ${days} werkdagen geleden kan ik niet meer vinden: dat is aan niemand meer te koppelen en blijft.`
      : `Stop je binnen ${days} werkdagen na het insturen van iets, dan verwijder ik dat helemaal, ook een antwoord op een anonieme peiling die al gesloten is; uit de back-ups verdwijnt het uiterlijk ${BACKUP_DAYS} dagen later. Wat ouder is, blijft in het onderzoek, alleen onder een pseudoniem.`;
  const stopEn =
    study.erasure === 'full'
      ? `If you stop, I delete everything you sent; it is gone from the backups ${BACKUP_DAYS} days later at the latest. Only an answer to an anonymous poll from more than ${days} working days ago I can no longer find: it is tied to no one and stays.`
      : `If you stop within ${days} working days of sending something, I delete it completely, also an answer to an anonymous poll that has closed; it is gone from the backups ${BACKUP_DAYS} days later at the latest. Older contributions stay in the study, under a pseudonym only.`;
  return {
    nl: [
      'Wat ik bewaar: je logboek (tekst en spraakberichten), je antwoorden op korte peilingen en wanneer je iets instuurde. Alles versleuteld.',
      'Wie wat ziet: jij ziet alles van jezelf. Je teamcoach ziet of je schreef, en als aanjager ook je logboek. De onderzoekers zien je bijdragen alleen onder een pseudoniem. Leidinggevenden zien nooit iets van jou persoonlijk.',
      `Bij een anonieme peiling ziet de maker zolang die openstaat alleen hoeveel mensen antwoordden, en de uitkomsten pas na het sluiten, als genoeg collega's antwoordden (nooit minder dan 3). Je antwoord krijgt geen tijd mee en is na ${days} werkdagen aan niemand meer te koppelen.`,
      'Meedoen is vrijwillig, elke vraag mag je overslaan en stoppen kan altijd, zonder reden: typ toestemming.',
      `${stopNl} Je naam en wanneer je ja zei en stopte bewaar ik altijd, zodat te zien is waarmee je instemde.`,
    ].join('\n\n'),
    en: [
      'What I keep: your logbook (text and voice notes), your answers to short polls and when you sent them. All of it encrypted.',
      'Who sees what: you see all of your own. Your team coach sees whether you wrote, and as aanjager also your logbook. The researchers see your contributions under a pseudonym only. Managers never see anything of yours personally.',
      `In an anonymous poll its maker sees only how many answered while it is open, and the results only after it closes, when enough colleagues answered (never fewer than 3). Your answer carries no time and after ${days} working days it is tied to no one.`,
      'Taking part is voluntary, you may skip any question and you can stop at any time without a reason: type consent.',
      `${stopEn} Your name and when you said yes and stopped I always keep, so it is clear what you agreed to.`,
    ].join('\n\n'),
  };
}
