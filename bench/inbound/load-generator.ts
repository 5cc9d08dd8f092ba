import { join } from 'node:path';
import type { BodySpec } from './bodies';
import { ask, startChild } from './child';

export interface LoadJob {
  url: string;
  body: BodySpec;
  connections: number;
  seconds: number;
  /** Requests per second over all connections (autocannon `overallRate`); none: as fast as it can. */
  rate?: number;
  /** Index of the first request body, so later runs go on with people and weeks not used yet. */
  startAt: number;
}

export interface LoadFigures {
  seconds: number;
  completed: number;
  rps: number;
  /** Latency of the 2xx answers, in whole milliseconds (autocannon's histogram). */
  p50: number;
  p99: number;
  max: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statuses: Record<string, number>;
  /** startAt for the next run. */
  nextK: number;
}

/** One autocannon run, in a child process of its own. */
export async function runLoad(job: LoadJob): Promise<LoadFigures> {
  const child = startChild(join(__dirname, 'load-process.ts'));
  try {
    return await ask<LoadFigures>(child, job);
  } finally {
    child.kill();
  }
}
