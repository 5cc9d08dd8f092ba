import { localPartsOf } from '../../domain/zoned-time';
import type { TargetFigures } from '../inbound/measure';
import { ZONE } from '../seed/scenario';
import type { PassFigures } from './passes';
import type { QueryTime } from './query-timer';

const ms = (n: number) => n.toFixed(0).padStart(6);

/** One line per pass, then min / median / max. */
export function printPasses(passes: PassFigures[]): void {
  for (const pass of passes) {
    const { date, hour, minute } = localPartsOf(pass.at, ZONE);
    const when = `${date} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    const planners = pass.planners
      .map((p) => `${p.name} ${p.ms.toFixed(0)} ms/${p.drafts}`)
      .join(', ');
    console.log(
      `  pass at ${when}  ${ms(pass.ms)} ms (cpu ${ms(pass.cpuMs)} ms)  new ${JSON.stringify(pass.queued)}  (${planners})`,
    );
  }
  const sorted = passes.map((p) => p.ms).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const cpu = passes.map((p) => p.cpuMs).sort((a, b) => a - b);
  console.log(
    `  pass time min ${ms(sorted[0] ?? 0)} ms, median ${ms(median)} ms, max ${ms(sorted.at(-1) ?? 0)} ms (target < 250 ms); ` +
      `cpu median ${ms(cpu[Math.floor(cpu.length / 2)] ?? 0)} ms`,
  );
}

/** Where a pass spends its time: the slowest queries, per pass. */
export function printQueries(queries: QueryTime[], passes: number): void {
  console.log(`  slowest queries (per pass: runs, ms in all, slowest run):`);
  for (const q of queries) {
    const sql = q.sql.replace(/\s+/g, ' ').slice(0, 110);
    console.log(
      `  ${String(Math.round(q.count / passes)).padStart(6)} × ${ms(q.ms / passes)} ms  max ${ms(q.max)} ms  ${sql}`,
    );
  }
}

const change = (full: number, empty: number) =>
  `${full >= empty ? '+' : ''}${(((full - empty) / empty) * 100).toFixed(1)}%`;

/** The inbound figures on the full database against the empty one (target: within 10%). */
export function printInboundChange(empty: TargetFigures, full: TargetFigures, rate: number): void {
  const line = (label: string, e: TargetFigures['max'], f: TargetFigures['max']) =>
    `  ${label.padEnd(14)} req/s ${e.rps.toFixed(0)} -> ${f.rps.toFixed(0)} (${change(f.rps, e.rps)}), ` +
    `p50 ${e.p50} -> ${f.p50} ms, p99 ${e.p99} -> ${f.p99} ms (${change(f.p99, e.p99)}); ` +
    `2xx ${f.ok}, other ${f.non2xx + f.errors + f.timeouts}, stored ${f.stored}`;
  console.log(`  inbound, empty database -> full (target: within 10%)`);
  console.log(line('max', empty.max, full.max));
  console.log(line(`${rate}/s fixed`, empty.fixed, full.fixed));
}
