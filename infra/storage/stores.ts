import type { Keys } from '../crypto/keys';
import { ActionPointsStore } from './action-points.store';
import { AuditStore } from './audit.store';
import { CheckInCalendar } from './check-in-calendar';
import { CheckInCaseloadStore } from './check-in-caseload.store';
import { CheckInQueueStore } from './check-in-queue.store';
import { CheckInAgendaStore } from './check-in-agenda.store';
import { CheckInsStore } from './check-ins.store';
import { CoachCallsStore } from './coach-calls.store';
import { CommitmentsStore } from './commitments.store';
import { ContactBudgetStore } from './contact-budget.store';
import { ConsentStore } from './consent.store';
import { AttachmentsStore } from './attachments.store';
import { ContributionsStore } from './contributions.store';
import { LogboekEntriesStore } from './logboek-entries.store';
import { ConversationsStore } from './conversations.store';
import type { Database } from './database';
import { DemoStore } from './demo.store';
import { InvitesStore } from './invites.store';
import { LogboekDueStore } from './logboek-due.store';
import { LogboekStore } from './logboek.store';
import { MembersStore } from './members.store';
import { OrganisationsStore } from './organisations.store';
import { PeopleStore } from './people.store';
import { PersonalDataStore } from './personal-data.store';
import { PollAnswersStore } from './poll-answers.store';
import { PollsStore } from './polls.store';
import { ProgressStore } from './progress.store';
import { ReportAnswersStore } from './report-answers.store';
import { ReportRemindersStore } from './report-reminders.store';
import { ReportsStore } from './reports.store';
import { ResearchReports } from './research-reports';
import { PseudonymsStore } from './pseudonyms.store';
import { RecordingConsentsStore } from './recording-consents.store';
import { ResearchDocumentsStore } from './research-documents.store';
import { ResearchPollAnswers } from './research-poll-answers';
import { RosterStore } from './roster.store';

export type Stores = ReturnType<typeof createStores>;

/** Every store on one database; the bot, the CLI and tests build them here and nowhere else. */
export function createStores(database: Database, keys: Keys) {
  const { db, kind } = database;
  const contributions = new ContributionsStore(db, kind, keys.cipher);
  const attachments = new AttachmentsStore(db, keys.cipher);
  const commitments = new CommitmentsStore(db, keys.cipher);
  const actionPoints = new ActionPointsStore(db, keys.cipher);
  const checkIns = new CheckInsStore(db, keys.cipher);
  const checkInAgenda = new CheckInAgendaStore(db, keys.cipher);
  const pollAnswers = new PollAnswersStore(db, kind, keys.cipher, keys.pseudonyms);
  const polls = new PollsStore(db, keys.cipher);
  const pseudonyms = new PseudonymsStore(db, kind, keys.pseudonyms);
  const reports = new ReportsStore(db, keys.cipher);
  const reportAnswers = new ReportAnswersStore(db, kind, keys.cipher, reports);
  return {
    people: new PeopleStore(db),
    conversations: new ConversationsStore(db),
    organisations: new OrganisationsStore(db),
    demo: new DemoStore(db),
    members: new MembersStore(db),
    logboek: new LogboekStore(db),
    logboekDue: new LogboekDueStore(db),
    roster: new RosterStore(db),
    invites: new InvitesStore(db, keys.pseudonyms),
    consents: new ConsentStore(db, kind, keys.pseudonyms),
    contributions,
    logboekEntries: new LogboekEntriesStore(db, kind, keys.cipher),
    attachments,
    personalData: new PersonalDataStore(
      db,
      contributions,
      attachments,
      keys.pseudonyms,
      actionPoints,
      commitments,
      checkInAgenda,
      pollAnswers,
      polls,
      reportAnswers,
    ),
    pseudonyms,
    audit: new AuditStore(db),
    researchDocuments: new ResearchDocumentsStore(db, keys.cipher),
    researchPollAnswers: new ResearchPollAnswers(db, keys.cipher),
    commitments,
    coachCalls: new CoachCallsStore(db),
    actionPoints,
    contactBudget: new ContactBudgetStore(db),
    progress: new ProgressStore(db),
    checkIns,
    checkInQueue: new CheckInQueueStore(db, keys.cipher),
    checkInAgenda,
    checkInCaseload: new CheckInCaseloadStore(db),
    checkInCalendar: new CheckInCalendar(db, checkIns, keys.pseudonyms),
    polls,
    pollAnswers,
    reports,
    reportAnswers,
    reportReminders: new ReportRemindersStore(db),
    researchReports: new ResearchReports(db, keys.cipher, reports, pseudonyms),
    recordingConsents: new RecordingConsentsStore(db, kind),
  };
}
