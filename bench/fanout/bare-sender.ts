import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { ConversationReference } from 'botbuilder';

export interface BareRun {
  seconds: number;
  sent: number;
  failed: number;
  cpuMsPerMessage: number;
}

/**
 * The baseline: what botbuilder alone does per proactive message. `continueConversationAsync`
 * and `sendActivity` in `concurrency` loops over the references, with no database, no outbox and
 * no rate limits: the most any sender built on botbuilder gets out of this machine.
 */
export async function runBareSender(
  references: readonly Partial<ConversationReference>[],
  concurrency: number,
): Promise<BareRun> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  let next = 0;
  let sent = 0;
  let failed = 0;
  const loop = async () => {
    for (let i = next++; i < references.length; i = next++) {
      try {
        await adapter.continueConversationAsync('', references[i]!, async (context) => {
          await context.sendActivity({ type: 'message', text: 'een kaartje voor iedereen' });
        });
        sent++;
      } catch {
        failed++;
      }
    }
  };
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, loop));
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { seconds, sent, failed, cpuMsPerMessage: (used.user + used.system) / 1000 / sent };
}
