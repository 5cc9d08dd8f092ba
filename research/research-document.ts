import { z } from 'zod';
import type { QuestionId } from '../cards/logboek.card';
import { strings, type GoalNumber } from '../cards/strings';
import { isoWeekId, weekOfInstant } from '../domain/iso-week';
import { logboekRoles, type Role } from '../domain/roles';
import { localDateOf } from '../domain/zoned-time';
import type { ResearchContribution } from '../infra/storage/research-documents.store';

export type DocumentSource =
  'logboek' | 'notitie' | 'spraakbericht' | 'peiling' | 'oogstverslag' | 'reactie oogstverslag';

/** One row of the research export: a document for MAXQDA or ATLAS.ti, under pseudonyms only. */
export interface ResearchDocument {
  /** The organisation's pseudonym, e.g. ORG-03. */
  group: string;
  /** The person's pseudonym and the ISO week, e.g. 'P-03-07 2026-W48'. */
  name: string;
  /** The person's pseudonym (P-03-07); null for an anonymous poll answer. */
  author: string | null;
  role: string;
  week: string;
  goals: GoalNumber[];
  /** The local date it was written, YYYY-MM-DD. */
  date: string;
  source: DocumentSource;
  text: string;
}

// Researchers read the Dutch the participants saw.
const logboek = strings('nl').logboek;
const questionIds: readonly QuestionId[] = ['q1', 'q2', 'q3', 'q4', 'q5'];
const answer = z.string().optional().catch(undefined);
const answersSchema = z
  .object({ q1: answer, q2: answer, q3: answer, q4: answer, q5: answer })
  .catch({});

/** A logboek entry or note as a document; `codes` are the study's pseudonyms for its author. */
export function contributionDocument(
  contribution: ResearchContribution,
  codes: { organisation: string; member: string },
  roles: readonly Role[],
): ResearchDocument {
  const role = logboekRoles.find((r) => roles.includes(r)) ?? roles[0] ?? '';
  const week =
    contribution.period ??
    isoWeekId(weekOfInstant(contribution.submittedAt, contribution.timeZone));
  const note = contribution.kind === 'logboek-note';
  const written = note ? contribution.text : entryText(contribution.text, role);
  return {
    group: codes.organisation,
    name: `${codes.member} ${week}${note ? ' notitie' : ''}`,
    author: codes.member,
    role,
    week,
    goals: contribution.tags.filter((tag): tag is GoalNumber => tag in logboek.goalTags),
    date: localDateOf(contribution.submittedAt, contribution.timeZone),
    source: contribution.voice ? 'spraakbericht' : note ? 'notitie' : 'logboek',
    text: [written, ...filesLine(contribution.files)].filter((part) => part !== '').join('\n\n'),
  };
}

/** The five answers under the questions they answered; a question left open is left out (C3). */
function entryText(json: string, role: string): string {
  const questions = role === 'teamcoach' ? logboek.coachQuestions : logboek.questions;
  const answers = parseAnswers(json);
  return questionIds
    .flatMap((id, index) => {
      const answer = answers[id]?.trim();
      return answer ? [`${questions[index] ?? id}\n${answer}`] : [];
    })
    .join('\n\n');
}

function parseAnswers(json: string): Partial<Record<QuestionId, string>> {
  return answersSchema.parse(JSON.parse(json));
}

/** Files (a voice message, a photo) stay in Koers; the document says they exist. */
function filesLine(files: number): string[] {
  if (files === 0) return [];
  return [`[${files === 1 ? '1 bijlage' : `${files} bijlagen`}, niet in deze export]`];
}
