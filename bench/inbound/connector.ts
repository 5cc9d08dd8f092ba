import { join } from 'node:path';
import { ask, nextMessage, startChild } from './child';

export interface ConnectorHandle {
  url: string;
  /** How many replies and sends it answered so far, and how many of those with 200/201. */
  replies(): Promise<{ replies: number; ok: number }>;
  close(): Promise<void>;
}

/** tests/support's fake connector, in a child process. */
export async function startConnectorProcess(): Promise<ConnectorHandle> {
  const child = startChild(join(__dirname, 'connector-process.ts'));
  const { url } = await nextMessage<{ url: string }>(child);
  return {
    url,
    replies: () => ask(child, 'replies'),
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('close');
      await exited;
    },
  };
}
