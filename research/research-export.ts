import type { Writable } from 'node:stream';
import { openTableWriter, type TableFormat } from '../infra/export/table-writer';
import type { AuditStore } from '../infra/storage/audit.store';
import type { PseudonymsStore } from '../infra/storage/pseudonyms.store';
import type { PollsStore } from '../infra/storage/polls.store';
import type { ResearchDocumentsStore } from '../infra/storage/research-documents.store';
import type { ResearchPollAnswers } from '../infra/storage/research-poll-answers';
import { contributionDocument, type ResearchDocument } from './research-document';
import { pollAnswerDocument } from './research-poll-document';
import { layouts, type ExportLayout } from './research-layouts';

export interface ExportStores {
  researchDocuments: ResearchDocumentsStore;
  researchPollAnswers: ResearchPollAnswers;
  polls: Pick<PollsStore, 'get'>;
  pseudonyms: PseudonymsStore;
  audit: AuditStore;
}

export interface ExportRequest {
  studyId: string;
  format: TableFormat;
  layout: ExportLayout;
  /** `cli:<name>` for an operator; `person:<id>` for an onderzoeker in the tab. */
  actor: string;
  at: Date;
}

/** Called after each page: how many rows are written of how many there are. */
export type ExportProgress = (done: number, total: number) => void;

const PAGE_SIZE = 500;

/**
 * Writes a study's research export (C6: pseudonyms, never names) to `out` as it reads it, page
 * by page, and records it in the audit log. Who may ask is the caller's check: the CLI is the
 * operator's; the tab allows `{ action: 'research', studyId }` (domain/access.rules.ts).
 */
export async function exportStudy(
  stores: ExportStores,
  request: ExportRequest,
  out: Writable,
  onProgress: ExportProgress = () => undefined,
): Promise<{ rows: number }> {
  const { studyId, at } = request;
  const total = await stores.researchDocuments.count(studyId, at);
  const roles = await stores.researchDocuments.rolesOf(studyId);
  const codes = new StudyCodes(stores.pseudonyms, studyId, at);
  const layout = layouts[request.layout];
  const table = openTableWriter(request.format, out, 'documenten');
  await table.row(layout.headers);
  let rows = 0;
  onProgress(rows, total);
  for await (const page of stores.researchDocuments.pages(studyId, at, PAGE_SIZE)) {
    for (const contribution of page) {
      const author = await codes.of(contribution.organisationId, contribution.memberId);
      const roleList = roles.get(contribution.memberId) ?? [];
      await table.row(layout.cells(contributionDocument(contribution, author, roleList)));
      rows += 1;
    }
    onProgress(rows, Math.max(rows, total));
  }
  for await (const document of pollDocuments(stores, codes, roles, at)) {
    await table.row(layout.cells(document));
    rows += 1;
  }
  onProgress(rows, rows);
  await table.close();
  await stores.audit.record(
    {
      actor: request.actor,
      action: 'research.exported',
      subject: `study:${studyId}`,
      details: { study: studyId, format: request.format, layout: request.layout, rows },
    },
    at,
  );
  return { rows };
}

/** The open answers of the study's closed polls, one document per person and poll. */
async function* pollDocuments(
  stores: ExportStores,
  codes: StudyCodes,
  roles: Map<string, string[]>,
  at: Date,
): AsyncGenerator<ResearchDocument> {
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
}

/** The study's pseudonyms, each looked up (or numbered) once per export. */
class StudyCodes {
  private readonly members = new Map<string, { organisation: string; member: string }>();

  constructor(
    private readonly pseudonyms: PseudonymsStore,
    readonly studyId: string,
    private readonly at: Date,
  ) {}

  organisation(organisationId: string): Promise<string> {
    return this.pseudonyms.forOrganisation(this.studyId, organisationId, this.at);
  }

  async of(organisationId: string, memberId: string) {
    const known = this.members.get(memberId);
    if (known) return known;
    const codes = {
      organisation: await this.pseudonyms.forOrganisation(this.studyId, organisationId, this.at),
      member: await this.pseudonyms.forMember(this.studyId, organisationId, memberId, this.at),
    };
    this.members.set(memberId, codes);
    return codes;
  }
}
