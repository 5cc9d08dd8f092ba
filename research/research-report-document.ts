import { isoWeekId, weekOfInstant } from '../domain/iso-week';
import { logboekRoles } from '../domain/roles';
import { localDateOf } from '../domain/zoned-time';
import type { ExportedReport } from '../infra/storage/research-reports';
import type { ResearchDocument } from './research-document';

// Reports carry no zone of their own; the study is Dutch, so its calendar dates them.
const TIME_ZONE = 'Europe/Amsterdam';

const dated = (at: Date) => ({
  week: isoWeekId(weekOfInstant(at, TIME_ZONE)),
  date: localDateOf(at, TIME_ZONE),
});

/**
 * An oogstverslag as documents: each version the researcher sent (named after the organisation's
 * code and the report's number, never its title, which may name the school), then each comment a
 * participant made on it, under their pseudonym. An "akkoord" without words is no document.
 */
export function reportDocuments(report: ExportedReport, reportNumber: number): ResearchDocument[] {
  const base = `${report.organisation} oogstverslag ${reportNumber}`;
  const versions = report.versions.map((version): ResearchDocument => ({
    group: report.organisation,
    name: `${base} versie ${version.number}`,
    author: null,
    role: '',
    ...dated(version.sentAt),
    goals: [],
    source: 'oogstverslag',
    text: version.text,
  }));
  const comments = report.answers.flatMap((answer): ResearchDocument[] => {
    if (answer.comment === null || answer.comment.trim() === '') return [];
    const role = logboekRoles.find((r) => answer.roles.includes(r)) ?? answer.roles[0] ?? '';
    return [
      {
        group: answer.organisation,
        name: `${answer.author} ${base} versie ${answer.version} reactie`,
        author: answer.author,
        role,
        ...dated(answer.answeredAt),
        goals: [],
        source: 'reactie oogstverslag',
        text: answer.comment.trim(),
      },
    ];
  });
  return [...versions, ...comments];
}
