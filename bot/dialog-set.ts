import type { StatePropertyAccessor } from 'botbuilder';
import { DialogSet, type DialogState } from 'botbuilder-dialogs';
import { CommitmentDialog, type CommitmentBook } from '../dialogs/commitment.dialog';
import { CheckInAgreementDialog } from '../dialogs/check-in-agreement.dialog';
import { CheckInAnswerDialog } from '../dialogs/check-in-answer.dialog';
import { CheckInPlanDialog } from '../dialogs/check-in-plan.dialog';
import { CheckInPlanning } from '../dialogs/check-in-planning';
import type { CheckInPorts } from '../dialogs/check-in-ports';
import { ConsentDialog } from '../dialogs/consent.dialog';
import { HelpDialog } from '../dialogs/help.dialog';
import {
  InterviewRecordingDialog,
  type InterviewRecordingDeps,
} from '../dialogs/interview-recording.dialog';
import { JoinDialog } from '../dialogs/join.dialog';
import { MomentDialog, type MomentSettings } from '../dialogs/moment.dialog';
import type { LogboekAnswers } from '../dialogs/logboek-answers';
import { LogboekHistory, type LogboekShelf } from '../dialogs/logboek-history';
import { MyLogboekDialog, MyLogboekView } from '../dialogs/my-logboek.dialog';
import { NoteDialog } from '../dialogs/note.dialog';
import { Notes } from '../dialogs/save-note';
import type { Contributions } from '../domain/contributions';
import type { ConsentBook, Invites, PseudonymResolver } from '../dialogs/ports';
import { NudgeDialog, type NudgeDeps } from '../dialogs/nudge.dialog';
import { CheckInAgendaDialog, type CheckInAgendaDeps } from '../dialogs/check-in-agenda.dialog';
import type { Participation } from '../dialogs/participation';
import { ProgressDialog } from '../dialogs/progress.dialog';
import { ProgressOverview, type ProgressSources } from '../dialogs/progress-overview';
import { PersonalDataDialog, type PersonalDataFile } from '../dialogs/personal-data.dialog';
import { PollResultsDialog, type PollResultsDeps } from '../dialogs/poll-results.dialog';
import { PollSending, type PollSendingDeps } from '../dialogs/poll-sending';
import { PollDialog } from '../dialogs/poll.dialog';
import type { MembersStore } from '../infra/storage/members.store';
import type { PollsStore } from '../infra/storage/polls.store';
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
  contributions: Pick<Contributions, 'add' | 'removeNote'>;
  invites: Invites;
  consentBook: ConsentBook;
  pseudonyms: PseudonymResolver;
  commitments: CommitmentBook;
  checkIns: CheckInPorts;
  checkInAgenda: CheckInAgendaDeps['agenda'];
  recordings: InterviewRecordingDeps['recordings'];
  progress: ProgressSources;
  nudges: Pick<NudgeDeps, 'budget' | 'outbox'>;
  polls: Omit<PollResultsDeps, 'participation' | 'polls'> &
    Pick<PollSendingDeps, 'outbox'> & {
      store: PollsStore;
      members: Pick<MembersStore, 'list'>;
    };
  defaultLocale: string;
}): DialogSet {
  const { participation } = deps;
  const word = (id: Command['id']) => (language: Language) => wordFor(id, language);
  const planning = new CheckInPlanning(participation, deps.checkIns);
  const { polls } = deps;
  const notes = new Notes(participation, deps.contributions);
  const myLogboek = new MyLogboekView(
    participation,
    new LogboekHistory(participation, deps.logboekShelf),
  );
  const pollSending = new PollSending({
    participation,
    polls: polls.store,
    outbox: polls.outbox,
    defaultLocale: deps.defaultLocale,
  });
  return new DialogSet(deps.state)
    .add(
      new HelpDialog(
        helpEntries,
        (context) => participation.roles(context),
        { nl: 'koppel <code>', en: 'join <code>' },
        deps.defaultLocale,
      ),
    )
    .add(new JoinDialog(participation, word('join'), deps.invites))
    .add(new ConsentDialog(participation, word('join'), notes, deps.consentBook))
    .add(new WithdrawDialog(participation, deps.consentBook))
    .add(new NoteDialog(participation, deps.logboekAnswers, myLogboek, notes))
    .add(new PseudonymDialog(participation, word('pseudonym'), deps.pseudonyms))
    .add(new PersonalDataDialog(participation, deps.personalDataFile))
    .add(new MomentDialog(participation, deps.momentSettings))
    .add(new CheckInPlanDialog(planning))
    .add(
      new CheckInAgendaDialog(participation, {
        agenda: deps.checkInAgenda,
        outbox: deps.nudges.outbox,
        defaultLocale: deps.defaultLocale,
      }),
    )
    .add(new CheckInAnswerDialog(participation, deps.checkIns.checkIns))
    .add(
      new InterviewRecordingDialog(participation, {
        checkIns: deps.checkIns.checkIns,
        recordings: deps.recordings,
        outbox: deps.nudges.outbox,
        defaultLocale: deps.defaultLocale,
      }),
    )
    .add(new CheckInAgreementDialog(planning, deps.checkIns, () => participation.now()))
    .add(new CommitmentDialog('hours', participation, deps.commitments, word('hours')))
    .add(new CommitmentDialog('dagdeel', participation, deps.commitments, word('dagdeel')))
    .add(new PollDialog(participation, polls.store, polls.members, pollSending))
    .add(new PollResultsDialog({ ...polls, participation, polls: polls.store }))
    .add(new ProgressDialog(participation, new ProgressOverview(deps.progress)))
    .add(
      new NudgeDialog({
        ...deps.nudges,
        participation,
        sources: deps.progress,
        defaultLocale: deps.defaultLocale,
      }),
    )
    .add(new MyLogboekDialog(participation, myLogboek));
}
