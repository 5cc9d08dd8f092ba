import { startFakeConnector } from '../../tests/support/fake-connector';

/**
 * The fake Bot Connector in a process of its own, as Teams would be on another machine: both
 * bots pay the same for it, and its bookkeeping does not run on the bot's event loop.
 */
async function main(): Promise<void> {
  const connector = await startFakeConnector();
  process.on('message', (command: 'replies' | 'close') => {
    if (command === 'close') {
      void connector.close().then(() => process.disconnect());
      return;
    }
    const replies = connector.calls.filter(
      (c) => c.operation === 'reply' || c.operation === 'send',
    );
    const ok = replies.filter((c) => c.status === 200 || c.status === 201).length;
    process.send?.({ replies: replies.length, ok });
  });
  process.send?.({ url: connector.url });
}

void main();
