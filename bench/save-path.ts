/**
 * Which of the project's files a logboek save runs code in: one card saved over Action.Execute
 * (Teams' main path), after a first save warmed every module up. Prints the files and their
 * count, in all and without what every request meets (docs/architecture.md lists them), then
 * the SQL statements the save sent, in order.
 * Run: `npm run bench:save-path`.
 */
import { Session } from 'node:inspector/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { button } from '../tests/support/cards-sent';
import { startKoers } from '../tests/support/koers-app';
import { seedStudy } from '../tests/support/study';
import { activities, teamsUser } from '../tests/support/teams-activities';

const ROOT = resolve(__dirname, '..');
const NOW = new Date('2026-11-27T16:00:00+01:00');

interface ScriptCoverage {
  scriptId: string;
  url: string;
  functions: {
    functionName: string;
    ranges: { startOffset: number; endOffset: number; count: number }[];
  }[];
}

/**
 * tsx compiles each file with esbuild, which adds helpers and a getter per export
 * (`()=>isoWeekOf`); the built code `npm start` runs (tsc) has neither, so they do not count.
 */
const ESBUILD_HELPERS = new Set(['__name', '__export', '__copyProps', '__toCommonJS']);
const ESBUILD_GETTER = /^\(\)=>(?:[\w$]+|from\[key\])$/;

function isOwnCode(source: string, fn: ScriptCoverage['functions'][number]): boolean {
  const range = fn.ranges[0];
  if (!range || range.count === 0 || ESBUILD_HELPERS.has(fn.functionName)) return false;
  return !ESBUILD_GETTER.test(source.slice(range.startOffset, range.endOffset));
}

async function ranOwnCode(session: Session, script: ScriptCoverage): Promise<boolean> {
  if (!script.functions.some((fn) => (fn.ranges[0]?.count ?? 0) > 0)) return false;
  const { scriptSource } = await session.post('Debugger.getScriptSource', {
    scriptId: script.scriptId,
  });
  return script.functions.some((fn) => isOwnCode(scriptSource, fn));
}

/**
 * What every request to Koers meets, whatever it carries: the HTTP guards, the door of
 * /api/messages with botbuilder's adapter, and SQLite's statement cache under every query.
 */
const EVERY_REQUEST = new Set([
  'bot/server.ts',
  'bot/http-guards.ts',
  'bot/adapter.ts',
  'infra/storage/sqlite-statements.ts',
]);

async function main(): Promise<void> {
  const statements: string[] = [];
  const koers = await startKoers('sqlite', {
    clock: () => NOW,
    onStatement: (sql) => statements.push(sql),
  });
  const user = teamsUser(1);
  const shape = { serviceUrl: koers.connector.url, user };
  const seeded = await seedStudy(koers.database);
  await seeded.onRoster(user, 'aanjager');
  await koers.post(activities.installed(shape));
  await koers.post(activities.submit(shape, button(koers, `a:personal-${user.id}`, 'Ik doe mee')));
  const save = (week: string) =>
    koers.post(
      activities.execute(shape, {
        verb: 'logboek-save',
        week,
        rev: 0,
        q1: 'Twee gesprekken',
        goals: '1,3',
      }),
    );

  const session = new Session();
  session.connect();
  await session.post('Debugger.enable');
  await session.post('Profiler.enable');
  await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  await save('2026-W47');
  await session.post('Profiler.takePreciseCoverage'); // resets the counts
  statements.length = 0;
  const answer = await save('2026-W48');
  const sent = [...statements];
  const { result } = (await session.post('Profiler.takePreciseCoverage')) as {
    result: ScriptCoverage[];
  };
  await session.post('Profiler.stopPreciseCoverage');
  const ran: ScriptCoverage[] = [];
  for (const script of result.filter((s) => s.url.startsWith('file://'))) {
    if (await ranOwnCode(session, script)) ran.push(script);
  }
  session.disconnect();

  const files = ran
    .map((script) => relative(ROOT, fileURLToPath(script.url)))
    .filter((file) => !file.startsWith('..') && !file.startsWith('node_modules/'))
    .filter((file) => !file.startsWith('tests/') && !file.startsWith('bench/'))
    // The statement watch is this benchmark's own instrument; a running Koers has none.
    .filter((file) => file !== 'infra/storage/statement-watch.ts')
    .sort();
  console.log(`logboek save over Action.Execute: HTTP ${answer.status}`);
  const own = files.filter((file) => !EVERY_REQUEST.has(file));
  console.log(`project files that ran code: ${files.length}`);
  console.log(`  of which the save's own, from the activity handler on: ${own.length}`);
  for (const file of files)
    console.log(`  ${file}${EVERY_REQUEST.has(file) ? '  (every request)' : ''}`);
  console.log(`SQL statements: ${sent.length}`);
  for (const sql of sent) console.log(`  ${sql.replace(/\s+/g, ' ').slice(0, 160)}`);
  await koers.stop();
}

void main();
