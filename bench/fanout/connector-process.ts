import { startFakeConnector } from '../../tests/support/fake-connector';
import type { FaultOptions, LimitOptions } from '../../tests/support/fake-connector.types';

export type ConnectorCommand =
  | { kind: 'limits'; limits: LimitOptions }
  | { kind: 'faults'; faults: FaultOptions }
  | { kind: 'report'; since: number }
  | { kind: 'reset' }
  | { kind: 'close' };

export interface ConnectorReport {
  /** Conversations that got a message, and messages beyond one per conversation. */
  reached: number;
  duplicated: number;
  limitViolations: number;
  /** Calls answered other than 200/201: injected faults and limit 429s. */
  failedCalls: number;
  /** Seconds from `since` to each conversation's first delivery, sorted. */
  firstDelivery: number[];
}

/**
 * The fake Bot Connector in a process of its own, as Teams would be on another machine: the
 * sender under test and the bare sender pay the same for it, and neither's CPU time includes it.
 */
async function main(): Promise<void> {
  const connector = await startFakeConnector();
  process.on('message', (command: ConnectorCommand) => {
    switch (command.kind) {
      case 'limits':
        connector.enforceLimits(command.limits);
        break;
      case 'faults':
        connector.injectFaults(command.faults);
        break;
      case 'reset':
        connector.reset();
        break;
      case 'close':
        void connector.close().then(() => process.disconnect());
        return;
      case 'report':
        process.send?.(report(command.since));
        return;
    }
    process.send?.({ done: true });
  });
  process.send?.({ url: connector.url });

  function report(since: number): ConnectorReport {
    const deliveries = connector.deliveries();
    const first = new Map<string, number>();
    for (const sent of connector.activities()) {
      if (!first.has(sent.conversationId)) first.set(sent.conversationId, sent.answeredAt);
    }
    return {
      reached: deliveries.size,
      duplicated: [...deliveries.values()].reduce((sum, n) => sum + n, 0) - deliveries.size,
      limitViolations: connector.limitViolations,
      failedCalls: connector.calls.filter((c) => c.status !== 201 && c.status !== 200).length,
      firstDelivery: [...first.values()].map((at) => (at - since) / 1000).sort((a, b) => a - b),
    };
  }
}

void main();
