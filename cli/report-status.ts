import type { ReportStatus } from '../services/report-status';
import type { CliIo } from './koers';

const day = (at: Date) => at.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
const said = { agreed: 'agreed', change: 'commented', open: 'not answered' } as const;

/** `koers report status`: versions with their hashes, the frozen one, and where each person stands. */
export function printReportStatus(status: ReportStatus, io: CliIo): void {
  io.out(`report ${status.id}: ${status.title}${status.session ? ` (${status.session})` : ''}`);
  io.out('versions:');
  for (const v of status.versions) {
    const closed = v.closedAt ? `, closed ${day(v.closedAt)}` : '';
    const reminded = v.remindedAt ? `, reminded ${day(v.remindedAt)}` : '';
    io.out(
      `  version ${v.number}: sent ${day(v.sentAt)}, answer by ${day(v.answerUntil)}${reminded}${closed}`,
    );
    io.out(`    sha256 ${v.sha256}`);
  }
  const { approved } = status;
  io.out(
    approved
      ? `frozen: version ${approved.number}, approved ${day(approved.approvedAt)}, sha256 ${approved.sha256}`
      : 'frozen: not yet (open for answers)',
  );
  const shown = approved?.number ?? status.versions.at(-1)?.number;
  io.out(`people, on version ${shown}:`);
  for (const person of status.people) {
    io.out(`  ${person.name}${person.email ? ` <${person.email}>` : ''}: ${said[person.status]}`);
    for (const comment of person.comments) {
      io.out(
        `    comment on version ${comment.version} (${day(comment.answeredAt)}): ${comment.text}`,
      );
    }
  }
}
