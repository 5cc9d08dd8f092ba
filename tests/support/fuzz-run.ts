import type { Activity } from 'botbuilder';
import { toJsonText } from './hostile-values';
import type { KoersUnderTest } from './koers-app';
import type { FuzzRequest } from './fuzz-requests';

/** Koers refuses larger bodies with 413 before reading them (bot/server.ts). */
const MAX_BODY_BYTES = 256 * 1024;

export interface FuzzResult {
  request: FuzzRequest;
  status: number;
  body: string;
}

/** Posts every request with at most `inFlight` at once; keeps each answer with its request. */
export async function postAll(
  koers: KoersUnderTest,
  requests: FuzzRequest[],
  inFlight: number,
): Promise<FuzzResult[]> {
  const results: FuzzResult[] = new Array<FuzzResult>(requests.length);
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const index = next;
      next += 1;
      const request = requests[index] as FuzzRequest;
      const text = typeof request.body === 'string' ? request.body : toJsonText(request.body);
      const { status, body } = await koers.post(text);
      const tooLarge = Buffer.byteLength(text) > MAX_BODY_BYTES;
      results[index] = {
        request: tooLarge ? { ...request, expect: [413] } : request,
        status,
        body,
      };
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return results;
}

/** Requests answered with a status they should not get, summed up by kind and status. */
export function unexpected(results: FuzzResult[]): FuzzResult[] {
  return results.filter((r) => !r.request.expect.includes(r.status));
}

export function statusCounts(results: FuzzResult[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { request, status } of results) {
    const key = `${request.kind} ${status}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** The first few offending requests, short enough to read in a test failure. */
export function describe(results: FuzzResult[], max = 5): string {
  return results
    .slice(0, max)
    .map((r) => {
      const body =
        typeof r.request.body === 'string' ? r.request.body : JSON.stringify(r.request.body);
      return `${r.request.kind} -> ${r.status} ${r.body.slice(0, 200)}\n  ${body.slice(0, 600)}`;
    })
    .join('\n');
}

type InvokeAnswer = { statusCode?: number; type?: string; value?: unknown };

/** What each Action.Execute answered, as the activity Teams shows: a card, or a message. */
export function invokeAnswers(results: FuzzResult[]): Partial<Activity>[] {
  return results.flatMap(({ request, status, body }): Partial<Activity>[] => {
    if (request.kind !== 'execute' || status !== 200) return [];
    const answer = JSON.parse(body) as InvokeAnswer;
    return answer.type === 'application/vnd.microsoft.card.adaptive'
      ? [{ attachments: [{ contentType: answer.type, content: answer.value }] }]
      : [{ text: String(answer.value) }];
  });
}
