import type { Writable } from 'node:stream';
import { goalNumbers } from '../cards/logboek.card';
import { strings } from '../cards/strings';
import { RefiQdaWriter } from '../infra/export/refi-qda.writer';
import type { DocumentWriter } from './document-writer';
import type { ResearchDocument } from './research-document';

const logboek = strings('nl').logboek;

/** The variable names, in Dutch as in the spreadsheet layouts. */
export const qdpxVariables = {
  organisation: 'organisatie',
  role: 'rol',
  week: 'week',
  source: 'bron',
  date: 'datum',
} as const;

/**
 * The research export as a REFI-QDA project for MAXQDA, ATLAS.ti and NVivo: each document a text
 * source named by its pseudonym and week, coded as a whole with the goals it touched; one case per
 * pseudonym (role and organisation); organisation, role, week, source and date on every document
 * too, because MAXQDA keeps document variables rather than cases. An anonymous poll answer
 * belongs to no case.
 */
export function openQdpxWriter(out: Writable, project: { name: string; at: Date }): DocumentWriter {
  const writer = new RefiQdaWriter(out, {
    name: project.name,
    createdAt: project.at,
    codes: {
      parent: 'doelen',
      children: goalNumbers.map((goal) => ({
        key: String(goal),
        name: logboek.goalTags[goal],
        description: logboek.goals[goal],
      })),
    },
    variables: [
      { name: qdpxVariables.organisation, type: 'Text' },
      { name: qdpxVariables.role, type: 'Text' },
      { name: qdpxVariables.week, type: 'Text' },
      { name: qdpxVariables.source, type: 'Text' },
      { name: qdpxVariables.date, type: 'Date' },
    ],
  });
  return {
    add: (document: ResearchDocument) => {
      const who = {
        [qdpxVariables.organisation]: document.group,
        [qdpxVariables.role]: document.role,
      };
      return writer.add({
        name: document.name,
        text: document.text,
        codes: document.goals.map(String),
        variables: {
          ...who,
          [qdpxVariables.week]: document.week,
          [qdpxVariables.source]: document.source,
          [qdpxVariables.date]: document.date,
        },
        ...(document.author && { case: { name: document.author, variables: who } }),
      });
    },
    close: () => writer.close(),
  };
}
