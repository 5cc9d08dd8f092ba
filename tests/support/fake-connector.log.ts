import type { Activity } from 'botbuilder';
import { toSentActivities } from './fake-connector.activities';
import type { ConnectorCall, SentActivity } from './fake-connector.types';

/** Every call the fake answered, indexed by conversation so look-ups stay cheap at 10,000+ calls. */
export class CallLog {
  readonly calls: ConnectorCall[] = [];
  private readonly sent: SentActivity[] = [];
  private readonly sentIn = new Map<string, SentActivity[]>();
  private readonly delivered = new Map<string, number>();
  private readonly waiters = new Set<(call: ConnectorCall) => void>();

  activities(): SentActivity[] {
    return [...this.sent];
  }

  activitiesIn(conversationId: string): SentActivity[] {
    return [...(this.sentIn.get(conversationId) ?? [])];
  }

  sentCount(conversationId: string): number {
    return this.delivered.get(conversationId) ?? 0;
  }

  deliveries(): ReadonlyMap<string, number> {
    return new Map(this.delivered);
  }

  waitFor(predicate: (call: ConnectorCall) => boolean, timeoutMs = 5000): Promise<ConnectorCall> {
    const recorded = this.calls.find(predicate);
    if (recorded) return Promise.resolve(recorded);
    return new Promise((resolve, reject) => {
      const waiter = (call: ConnectorCall): void => {
        if (!predicate(call)) return;
        clearTimeout(timer);
        this.waiters.delete(waiter);
        resolve(call);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`No matching connector call within ${timeoutMs} ms. ${this.describe()}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  protected record(call: ConnectorCall): void {
    this.calls.push(call);
    for (const activity of toSentActivities(call)) {
      const id = activity.conversationId;
      this.sent.push(activity);
      const inConversation = this.sentIn.get(id) ?? [];
      inConversation.push(activity);
      this.sentIn.set(id, inConversation);
      if (activity.kind !== 'update') this.delivered.set(id, this.sentCount(id) + 1);
    }
    for (const waiter of [...this.waiters]) waiter(call);
  }

  protected clear(): void {
    this.calls.splice(0);
    this.sent.splice(0);
    this.sentIn.clear();
    this.delivered.clear();
  }

  private describe(): string {
    if (this.calls.length === 0) return 'No calls were recorded.';
    const lines = this.calls.map((call) => {
      const text = (call.body as Partial<Activity> | undefined)?.text;
      const status = call.status || 'timeout';
      return `  ${call.method} ${call.path} -> ${status}${text ? ` text=${JSON.stringify(text)}` : ''}`;
    });
    return ['Recorded calls:', ...lines].join('\n');
  }
}
