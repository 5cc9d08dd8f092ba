import { arch, cpus, loadavg, release, totalmem, type } from 'node:os';
import type { InboundOptions, RunFigures, TargetFigures } from './measure';

/** What the figures were measured on and with, so two runs can be told apart. */
export function printMachine(command: string): void {
  const list = cpus();
  const load = loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
  console.log(
    [
      `machine  ${list.length} × ${list[0]?.model ?? 'unknown cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
      `system   ${type()} ${release()} ${arch()}, node ${process.version}, load average ${load}`,
      `command  ${command}`,
    ].join('\n'),
  );
}

export function describeOptions(options: InboundOptions): string {
  return (
    `load     autocannon, ${options.connections} connections, ${options.warmupSeconds} s warm-up, ` +
    `then ${options.seconds} s as fast as it goes and ${options.seconds} s at ${options.rate} requests/s`
  );
}

const HEAD = [
  'target',
  'storage',
  'load',
  'req/s',
  'p50 ms',
  'p99 ms',
  'max ms',
  '2xx',
  'other',
  'stored',
  'replied',
];

function row(figures: TargetFigures, load: string, run: RunFigures): string[] {
  const other = run.non2xx + run.errors + run.timeouts;
  return [
    figures.target,
    figures.storage,
    load,
    run.rps.toFixed(0),
    String(run.p50),
    String(run.p99),
    String(run.max),
    String(run.ok),
    other === 0
      ? '0'
      : `${other} ${JSON.stringify(run.statuses)} errors ${run.errors} timeouts ${run.timeouts}`,
    run.stored === null ? '-' : String(run.stored),
    String(run.replied),
  ];
}

/** One line per run: as fast as it goes, then the fixed rate. */
export function printTable(all: TargetFigures[], options: InboundOptions): void {
  const rows = all.flatMap((f) => [
    row(f, `max, ${options.connections} conn`, f.max),
    row(f, `${options.rate}/s fixed`, f.fixed),
  ]);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(['', line(HEAD), ...rows.map(line)].join('\n'));
  for (const f of all.filter((f) => f.wrapped)) {
    console.log(
      `note: ${f.target} (${f.storage}) ran out of first saves; the last requests were edits`,
    );
  }
}

/** Koers against the baseline and the targets of issue 9; figures only, nothing fails. */
export function printRatios(bare: TargetFigures, koers: TargetFigures[], rate: number): void {
  console.log('');
  for (const k of koers) {
    const ratio = k.max.rps / bare.max.rps;
    const statements =
      k.statementsPerSave === undefined
        ? ''
        : `; ${k.statementsPerSave.toFixed(1)} statements per save`;
    console.log(
      `${k.target} (${k.storage}): throughput koers/bare ${ratio.toFixed(2)} (target >= 0.70), ` +
        `${k.max.rps.toFixed(0)} req/s; p99 at ${rate}/s ${k.fixed.p99} ms (target < 50 ms)${statements}`,
    );
  }
}
