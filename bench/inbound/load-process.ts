import autocannon from 'autocannon';
import { bodyMaker } from './bodies';
import type { LoadFigures, LoadJob } from './load-generator';

/** autocannon in its own process, so its timing does not wait on the bot it measures. */
async function run(job: LoadJob): Promise<void> {
  const bodyOf = bodyMaker(job.body);
  let k = job.startAt;
  const result = await autocannon({
    url: `${job.url}/api/messages`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections: job.connections,
    duration: job.seconds,
    ...(job.rate ? { overallRate: job.rate } : {}),
    requests: [{ setupRequest: (request) => ({ ...request, body: bodyOf(k++) }) }],
  });
  const figures: LoadFigures = {
    seconds: result.duration,
    completed: result.requests.total,
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statuses: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count ?? 0]),
    ),
    nextK: k,
  };
  process.send?.(figures);
}

process.once('message', (job: LoadJob) => void run(job));
