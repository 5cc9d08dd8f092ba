import { execFileSync } from 'node:child_process';
import { dropStaleSchemas, newRunPrefix } from './postgres-schemas';

export default async function globalSetup(): Promise<void> {
  process.env.KOERS_TEST_SCHEMA_PREFIX = newRunPrefix();
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (url) await dropStaleSchemas(url);
  // The server serves the tab's script from dist/tab/app.js; the browser test needs it fresh.
  execFileSync('npm', ['run', 'build:tab', '--silent'], { stdio: 'inherit' });
}
