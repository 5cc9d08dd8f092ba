import type { Role } from '../domain/roles';
import type { PollsStore } from '../infra/storage/polls.store';
import type { ResearchDocumentsStore } from '../infra/storage/research-documents.store';
import type { ResearchPollAnswers } from '../infra/storage/research-poll-answers';
import type { ResearchReports } from '../infra/storage/research-reports';
import { contributionDocument, type ResearchDocument } from './research-document';
import { pollAnswerDocument } from './research-poll-document';
import { reportDocuments } from './research-report-document';
import type { StudyCodes } from './study-codes';

export interface GeneratorStores {
  researchDocuments: ResearchDocumentsStore;
  researchPollAnswers: ResearchPollAnswers;
  polls: Pick<PollsStore, 'get'>;
  researchReports: Pick<ResearchReports, 'reportsForExport'>;
}

/** What every generator may use: the study's pseudonyms and each member's roles. */
export interface ExportContext {
  stores: GeneratorStores;
  codes: StudyCodes;
  roles: Map<string, Role[]>;
  at: Date;
}

/**
 * One kind of document in the research export. Every format (xlsx, csv, qdpx) writes whatever
 * the generators yield, so another kind of document is one more entry in `documentGenerators`,
 * and nothing else changes.
 */
export interface DocumentGenerator {
  /** How many it will yield, for the progress bar; undefined when counting costs a full read. */
  count?(context: ExportContext): Promise<number>;
  documents(context: ExportContext): AsyncIterable<ResearchDocument>;
}

const PAGE_SIZE = 500;

/** Logboek entries, notes and voice messages whose bedenktijd has ended, oldest first. */
const contributions: DocumentGenerator = {
  count: ({ stores, codes, at }) => stores.researchDocuments.count(codes.studyId, at),
  async *documents({ stores, codes, roles, at }) {
    for await (const page of stores.researchDocuments.pages(codes.studyId, at, PAGE_SIZE)) {
      for (const contribution of page) {
        const author = await codes.of(contribution.organisationId, contribution.memberId);
        const roleList = roles.get(contribution.memberId) ?? [];
        yield contributionDocument(contribution, author, roleList);
      }
    }
  },
};

/** The open answers of the study's closed polls, one document per person and poll. */
const pollAnswers: DocumentGenerator = {
  async *documents({ stores, codes, roles, at }) {
    const polls = await stores.researchPollAnswers.closedPolls(codes.studyId);
    for (const [index, poll] of polls.entries()) {
      const questions = (await stores.polls.get(poll.id))?.questions ?? [];
      let answerNumber = 0;
      for (const answer of await stores.researchPollAnswers.answers(poll, at)) {
        const organisation = await codes.organisation(poll.organisationId);
        const member = answer.memberId && (await codes.of(poll.organisationId, answer.memberId));
        const role = (answer.memberId && roles.get(answer.memberId)?.[0]) ?? '';
        const document = pollAnswerDocument({
          poll,
          pollNumber: index + 1,
          answerNumber: answerNumber + 1,
          questions,
          answer,
          codes: { organisation, member: member ? member.member : null },
          role,
        });
        if (!document) continue;
        answerNumber += 1;
        yield document;
      }
    }
  },
};

/** Oogstverslagen: every version sent, and the comments past their bedenktijd. */
const reports: DocumentGenerator = {
  async *documents({ stores, codes, at }) {
    const exported = await stores.researchReports.reportsForExport(codes.studyId, at);
    for (const [index, report] of exported.entries()) yield* reportDocuments(report, index + 1);
  },
};

export const documentGenerators: readonly DocumentGenerator[] = [
  contributions,
  pollAnswers,
  reports,
];
