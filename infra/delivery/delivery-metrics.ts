import type { SkipReason } from './outbox';

const skipReasons: readonly SkipReason[] = ['unreachable', 'no-consent', 'paused', 'holiday'];

/** Counters since this process started; Prometheus computes rates from them. */
export class DeliveryMetrics {
  queued = 0;
  sent = 0;
  retried = 0;
  dead = 0;
  /** Time Teams asked messages to wait (Retry-After, or backoff when it named none). */
  throttledMs = 0;
  readonly skipped: Record<SkipReason, number> = {
    unreachable: 0,
    'no-consent': 0,
    paused: 0,
    holiday: 0,
  };

  /** Prometheus text format. */
  render(): string {
    const lines = [
      counter('koers_outbox_queued_total', 'Messages newly queued by this instance.', this.queued),
      counter('koers_outbox_sent_total', 'Messages Teams accepted.', this.sent),
      counter(
        'koers_outbox_retried_total',
        'Sends that failed and will be tried again.',
        this.retried,
      ),
      counter('koers_outbox_dead_total', 'Messages given up on.', this.dead),
      counter(
        'koers_outbox_throttled_seconds_total',
        'Time Teams asked messages to wait before their next try (429).',
        Math.round(this.throttledMs / 1000),
      ),
      '# HELP koers_outbox_skipped_total Messages not sent on purpose, by reason.',
      '# TYPE koers_outbox_skipped_total counter',
      ...skipReasons.map((r) => `koers_outbox_skipped_total{reason="${r}"} ${this.skipped[r]}`),
    ];
    return `${lines.join('\n')}\n`;
  }
}

function counter(name: string, help: string, value: number): string {
  return `# HELP ${name} ${help}\n# TYPE ${name} counter\n${name} ${value}`;
}
