import { join } from 'node:path';
import { ask, nextMessage, startChild } from '../inbound/child';
import type { ConnectorCommand, ConnectorReport } from './connector-process';
import type { FaultOptions, LimitOptions } from '../../tests/support/fake-connector.types';

export interface ConnectorHandle {
  url: string;
  enforceLimits(limits: LimitOptions): Promise<void>;
  injectFaults(faults: FaultOptions): Promise<void>;
  /** Forgets calls, limits and faults. */
  reset(): Promise<void>;
  report(since: number): Promise<ConnectorReport>;
  close(): Promise<void>;
}

/** tests/support's fake connector, in a child process. */
export async function startConnectorProcess(): Promise<ConnectorHandle> {
  const child = startChild(join(__dirname, 'connector-process.ts'));
  const { url } = await nextMessage<{ url: string }>(child);
  const command = async (message: ConnectorCommand) => {
    await ask(child, message);
  };
  return {
    url,
    enforceLimits: (limits) => command({ kind: 'limits', limits }),
    injectFaults: (faults) => command({ kind: 'faults', faults }),
    reset: () => command({ kind: 'reset' }),
    report: (since) => ask<ConnectorReport>(child, { kind: 'report', since }),
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ kind: 'close' });
      await exited;
    },
  };
}
