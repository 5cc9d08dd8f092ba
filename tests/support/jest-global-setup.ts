import { execFileSync } from 'node:child_process';
import { dropStaleSchemas, newRunPrefix } from './postgres-schemas';

export default async function globalSetup(): Promise<void> {
  // restify's http-deceiver (through spdy) reads process.binding('http_parser') when it loads,
  // and Node warns once per test file; nothing to fix on our side, so the workers Jest starts
  // after this are told to keep quiet about that one warning (as `npm start` is, in package.json).
  process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, '--disable-warning=DEP0111']
    .filter(Boolean)
    .join(' ');
  process.env.KOERS_TEST_SCHEMA_PREFIX = newRunPrefix();
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (url) await dropStaleSchemas(url);
  // The server serves the tab's script from dist/tab/app.js; the browser test needs it fresh.
  execFileSync('npm', ['run', 'build:tab', '--silent'], { stdio: 'inherit' });
}
