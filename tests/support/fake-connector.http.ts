import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorBody } from './fake-connector.failures';
import { routeOf } from './fake-connector.routes';
import type { Answer, ConnectorRequest } from './fake-connector.types';

export const INVALID_JSON: Answer = {
  status: 400,
  body: errorBody('BadArgument', 'The request body is not valid JSON.'),
};

export async function readRequest(
  req: IncomingMessage,
): Promise<{ request: ConnectorRequest; valid: boolean }> {
  const at = Date.now();
  // Split by hand: new URL() would read a `//v3/...` path as a host name.
  const [path = '', search = ''] = (req.url ?? '').split('?');
  const method = req.method ?? 'GET';
  const query = Object.fromEntries(new URLSearchParams(search));
  const { body, valid } = parseBody(await readText(req));
  const { authorization } = req.headers;
  return {
    request: { ...routeOf(method, path), method, path, query, body, authorization, at },
    valid,
  };
}

export function writeAnswer(res: ServerResponse, answer: Answer): void {
  const headers = { ...answer.headers };
  if (answer.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
  res.writeHead(answer.status, headers);
  res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(text: string): { body: unknown; valid: boolean } {
  if (text === '') return { body: undefined, valid: true };
  try {
    return { body: JSON.parse(text) as unknown, valid: true };
  } catch {
    return { body: text, valid: false };
  }
}
