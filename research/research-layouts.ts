import { goalNumbers } from '../cards/logboek.card';
import { strings } from '../cards/strings';
import type { ResearchDocument } from './research-document';

/**
 * The header row each analysis tool understands. MAXQDA (Import > Documents from Excel
 * spreadsheet) takes the columns "Document group" and "Document name", turns the text column into
 * the document and every other column into a document variable. ATLAS.ti (Import survey data)
 * reads a prefix in each header: `!` the document name, `&` its date, `:` a document group named
 * after the column and the value (rol::aanjager), `.` a group for every row holding 1; a column
 * without a prefix is an open answer, which becomes the document's text.
 */
export const exportLayouts = ['maxqda', 'atlasti'] as const;
export type ExportLayout = (typeof exportLayouts)[number];

interface Layout {
  headers: string[];
  cells(document: ResearchDocument): string[];
}

const goalWords = strings('nl').logboek.goalTags;

export const layouts: Record<ExportLayout, Layout> = {
  maxqda: {
    headers: ['Document group', 'Document name', 'rol', 'week', 'doelen', 'datum', 'bron', 'tekst'],
    cells: (d) => [
      d.group,
      d.name,
      d.role,
      d.week,
      d.goals.map((goal) => goalWords[goal]).join(', '),
      d.date,
      d.source,
      d.text,
    ],
  },
  atlasti: {
    headers: [
      '!Document name',
      ':organisatie',
      ':rol',
      ':week',
      ...goalNumbers.map((goal) => `.${goalWords[goal]}`),
      '&datum',
      ':bron',
      'tekst',
    ],
    cells: (d) => [
      d.name,
      d.group,
      d.role,
      d.week,
      ...goalNumbers.map((goal) => (d.goals.includes(goal) ? '1' : '0')),
      d.date,
      d.source,
      d.text,
    ],
  },
};
