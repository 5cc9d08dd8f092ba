import type { StatePropertyAccessor } from 'botbuilder';
import { DialogSet, type DialogState } from 'botbuilder-dialogs';
import { ConsentDialog } from '../dialogs/consent.dialog';
import { HelpDialog } from '../dialogs/help.dialog';
import { JoinDialog } from '../dialogs/join.dialog';
import { MomentDialog, type MomentSettings } from '../dialogs/moment.dialog';
import type { LogboekAnswers } from '../dialogs/logboek-answers';
import { LogboekDialog } from '../dialogs/logboek.dialog';
import { LogboekHistory, type LogboekShelf } from '../dialogs/logboek-history';
import { MyLogboekDialog } from '../dialogs/my-logboek.dialog';
import { NoteDialog } from '../dialogs/note.dialog';
import type { Participation } from '../dialogs/participation';
import { PersonalDataDialog, type PersonalDataFile } from '../dialogs/personal-data.dialog';
import { PseudonymDialog } from '../dialogs/pseudonym.dialog';
import { WithdrawDialog } from '../dialogs/withdraw.dialog';
import type { Language } from '../domain/language';
import { helpEntries, wordFor, type Command } from './commands';

/** Every dialog the command table and the card buttons can start. */
export function buildDialogs(deps: {
  state: StatePropertyAccessor<DialogState>;
  participation: Participation;
  personalDataFile: PersonalDataFile;
  logboekAnswers: LogboekAnswers;
  momentSettings: MomentSettings;
  logboekShelf: LogboekShelf;
  defaultLocale: string;
}): DialogSet {
  const { participation } = deps;
  const word = (id: Command['id']) => (language: Language) => wordFor(id, language);
  return new DialogSet(deps.state)
    .add(new HelpDialog(helpEntries, deps.defaultLocale))
    .add(new JoinDialog(participation, word('join')))
    .add(new ConsentDialog(participation, word('join')))
    .add(new WithdrawDialog(participation))
    .add(new NoteDialog(participation, deps.logboekAnswers))
    .add(new PseudonymDialog(participation, word('pseudonym')))
    .add(new PersonalDataDialog(participation, deps.personalDataFile))
    .add(new LogboekDialog(deps.logboekAnswers))
    .add(new MomentDialog(participation, deps.momentSettings))
    .add(new MyLogboekDialog(participation, new LogboekHistory(participation, deps.logboekShelf)));
}
