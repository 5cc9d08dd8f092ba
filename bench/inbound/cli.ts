import type { InboundOptions } from './measure';

/** The command as typed, for the report: `npm run bench:x -- ...` or `tsx bench/x.ts ...`. */
export function commandLine(script: string): string {
  const args = process.argv.slice(2).join(' ');
  const event = process.env.npm_lifecycle_event;
  if (event?.startsWith('bench:')) return `npm run ${event}${args ? ` -- ${args}` : ''}`;
  return `tsx bench/${script}${args ? ` ${args}` : ''}`;
}

/** The inbound load options both benchmarks take. */
export const inboundArgs = {
  duration: { type: 'string', default: '10' },
  warmup: { type: 'string', default: '3' },
  connections: { type: 'string', default: '10' },
  rate: { type: 'string', default: '200' },
  via: { type: 'string', default: 'both' },
} as const;

export function inboundOptions(values: Record<keyof typeof inboundArgs, string>): InboundOptions {
  if (values.via !== 'submit' && values.via !== 'execute' && values.via !== 'both') {
    throw new Error(`--via is both, submit or execute, not ${values.via}`);
  }
  return {
    seconds: Number(values.duration),
    warmupSeconds: Number(values.warmup),
    connections: Number(values.connections),
    rate: Number(values.rate),
    // 'both': bench/inbound.ts runs each; a benchmark that takes one way runs Action.Execute.
    via: values.via === 'both' ? 'execute' : values.via,
  };
}
