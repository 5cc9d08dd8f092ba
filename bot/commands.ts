import type { HelpCommand } from '../cards/help.card';
import { strings, type Strings } from '../cards/strings';
import type { Language } from '../domain/language';
import { logboekRoles, type Role } from '../domain/roles';
import { COMMITMENT_DIALOGS } from '../dialogs/commitment.dialog';
import { CHECK_IN_AGENDA_DIALOG } from '../dialogs/check-in-agenda.dialog';
import { CHECK_IN_PLAN_DIALOG } from '../dialogs/check-in-plan.dialog';
import { CONSENT_DIALOG } from '../dialogs/consent.dialog';
import { HELP_DIALOG } from '../dialogs/help.dialog';
import { JOIN_DIALOG } from '../dialogs/join.dialog';
import { MOMENT_DIALOG } from '../dialogs/moment.dialog';
import { MY_LOGBOEK_DIALOG } from '../dialogs/my-logboek.dialog';
import { NOTE_DIALOG } from '../dialogs/note.dialog';
import { PERSONAL_DATA_DIALOG } from '../dialogs/personal-data.dialog';
import { POLL_RESULTS_DIALOG } from '../dialogs/poll-results.dialog';
import { POLL_DIALOG } from '../dialogs/poll.dialog';
import { PROGRESS_DIALOG } from '../dialogs/progress.dialog';
import { PSEUDONYM_DIALOG } from '../dialogs/pseudonym.dialog';

export interface Command {
  id:
    | 'help'
    | 'join'
    | 'consent'
    | 'logboek'
    | 'my-logboek'
    | 'moment'
    | 'personal-data'
    | 'pseudonym'
    | 'progress'
    | 'check-in'
    | 'my-check-ins'
    | 'hours'
    | 'dagdeel'
    | 'poll'
    | 'poll-results';
  /** The word shown in help, per language. */
  word: Record<Language, string>;
  /** Other words that mean the same, in either language. */
  aliases: string[];
  /** How help shows it when it takes more than the word, per language. */
  usage?: Record<Language, string>;
  /** Who may use it; help shows it only to them. Without it: everyone. */
  for?: readonly Role[];
  dialogId: string;
  describe: (text: Strings) => string;
}

export const commands: readonly Command[] = [
  {
    id: 'help',
    word: { nl: 'help', en: 'help' },
    aliases: ['hulp', 'menu', '?', 'wat kan je', 'what can you do'],
    dialogId: HELP_DIALOG,
    describe: (text) => text.commands.help,
  },
  {
    id: 'logboek',
    word: { nl: 'logboek', en: 'logbook' },
    aliases: ['log'],
    usage: { nl: 'logboek [tekst | bekijken | week 48]', en: 'logbook [text | view | week 48]' },
    for: logboekRoles,
    dialogId: NOTE_DIALOG,
    describe: (text) => text.commands.logboek,
  },
  {
    // Longer than `logboek`, so the recognizer never reads it as a note.
    id: 'my-logboek',
    word: { nl: 'mijn logboek', en: 'my logbook' },
    aliases: ['mijn weken', 'my weeks', 'mijn logbook', 'my logboek'],
    for: logboekRoles,
    dialogId: MY_LOGBOEK_DIALOG,
    describe: (text) => text.commands.myLogboek,
  },
  {
    id: 'progress',
    word: { nl: 'voortgang', en: 'progress' },
    aliases: ['overzicht', 'overview', 'hoe gaat het'],
    for: logboekRoles,
    dialogId: PROGRESS_DIALOG,
    describe: (text) => text.commands.progress,
  },
  {
    id: 'moment',
    word: { nl: 'moment', en: 'moment' },
    aliases: ['pauze', 'pause', 'wanneer'],
    for: logboekRoles,
    dialogId: MOMENT_DIALOG,
    describe: (text) => text.commands.moment,
  },
  {
    id: 'consent',
    word: { nl: 'toestemming', en: 'consent' },
    aliases: ['privacy', 'stoppen', 'stop'],
    dialogId: CONSENT_DIALOG,
    describe: (text) => text.commands.consent,
  },
  {
    id: 'personal-data',
    word: { nl: 'mijn gegevens', en: 'my data' },
    aliases: ['gegevens', 'inzage'],
    dialogId: PERSONAL_DATA_DIALOG,
    describe: (text) => text.commands.personalData,
  },
  {
    id: 'join',
    word: { nl: 'koppel', en: 'join' },
    aliases: ['code'],
    usage: { nl: 'koppel <code>', en: 'join <code>' },
    dialogId: JOIN_DIALOG,
    describe: (text) => text.commands.join,
  },
  {
    id: 'pseudonym',
    word: { nl: 'pseudoniem', en: 'pseudonym' },
    aliases: [],
    usage: { nl: 'pseudoniem <code>', en: 'pseudonym <code>' },
    for: ['onderzoeker'],
    dialogId: PSEUDONYM_DIALOG,
    describe: (text) => text.commands.pseudonym,
  },
  {
    id: 'hours',
    word: { nl: 'uren', en: 'hours' },
    aliases: ['coachuren'],
    usage: { nl: 'uren 1,5 [12-11] [notitie]', en: 'hours 1.5 [12-11] [note]' },
    for: ['teamcoach'],
    dialogId: COMMITMENT_DIALOGS.hours,
    describe: (text) => text.commands.hours,
  },
  {
    id: 'dagdeel',
    word: { nl: 'dagdeel', en: 'team session' },
    aliases: ['dagdelen'],
    usage: { nl: 'dagdeel [12-11] [notitie]', en: 'team session [12-11] [note]' },
    for: ['teamcoach'],
    dialogId: COMMITMENT_DIALOGS.dagdeel,
    describe: (text) => text.commands.dagdeel,
  },
  {
    id: 'check-in',
    word: { nl: 'check-in plannen', en: 'plan check-in' },
    aliases: ['check-in', 'checkin plannen', 'checkin', 'plan a check-in'],
    for: ['teamcoach'],
    dialogId: CHECK_IN_PLAN_DIALOG,
    describe: (text) => text.checkIn.command,
  },
  {
    id: 'my-check-ins',
    word: { nl: 'mijn check-ins', en: 'my check-ins' },
    aliases: ['check-ins', 'checkins', 'mijn checkins', 'mijn afspraken'],
    for: logboekRoles,
    dialogId: CHECK_IN_AGENDA_DIALOG,
    describe: (text) => text.checkIn.agendaCommand,
  },
  {
    id: 'poll',
    word: { nl: 'peiling', en: 'poll' },
    aliases: ['peilingen', 'polls'],
    for: ['aanjager', 'teamcoach'],
    dialogId: POLL_DIALOG,
    describe: (text) => text.poll.command,
  },
  {
    id: 'poll-results',
    word: { nl: 'peiling resultaten', en: 'poll results' },
    aliases: ['peiling uitkomst', 'poll outcome'],
    for: ['aanjager', 'teamcoach'],
    dialogId: POLL_RESULTS_DIALOG,
    describe: (text) => text.poll.resultsCommand,
  },
];

/** The word for a command in the person's language, for hints such as "typ koppel en je code". */
export function wordFor(id: Command['id'], language: Language): string {
  return commands.find((c) => c.id === id)?.word[language] ?? id;
}

/** What this person can do, by their roles in any organisation; with none, how to join. */
export function helpEntries(language: Language, roles: readonly Role[]): HelpCommand[] {
  return commands
    .filter((c) => !c.for || c.for.some((role) => roles.includes(role)))
    .map((c) => ({
      word: c.usage?.[language] ?? c.word[language],
      description: c.describe(strings(language)),
    }));
}

export interface Recognized {
  command: Command;
  /** What followed the command word, for commands that take an argument. */
  args: string;
}

/** Finds the command a message starts with; the longest matching phrase wins. */
export function recognize(text: string): Recognized | undefined {
  const said = normalise(text);
  let best: { command: Command; phrase: string } | undefined;
  for (const command of commands) {
    for (const phrase of [command.word.nl, command.word.en, ...command.aliases]) {
      const matches = said === phrase || said.startsWith(`${phrase} `);
      if (matches && phrase.length > (best?.phrase.length ?? -1)) best = { command, phrase };
    }
  }
  return best && { command: best.command, args: argsAfter(text, best.phrase) };
}

/** What followed the command words, exactly as typed: a logboek note keeps its case and lines. */
function argsAfter(text: string, phrase: string): string {
  const words = phrase.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const start = new RegExp(`^\\s*/*\\s*${words.join('\\s+')}(?=\\s|[.!]*$)[.!]*`, 'i');
  return stripMentions(text).replace(start, '').trim();
}

function stripMentions(text: string): string {
  return text.replace(/<at>[^<]*<\/at>/gi, ' ');
}

function normalise(text: string): string {
  return stripMentions(text)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\/+/, '')
    .replace(/[.!]+$/, '');
}
