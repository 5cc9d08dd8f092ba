import { runKoersCli } from '../support/run-cli';
import { openTestDatabase, postgresUrl } from '../support/test-database';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = runKoersCli;

describe('koers command line', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'koers-cli-'));

  it('when DATABASE_URL points nowhere, then doctor says so by name and exits non-zero', async () => {
    const result = await run(['doctor'], {
      DATABASE_URL: 'postgres://koers:geheim@127.0.0.1:1/koers',
    });
    expect(result.code).toBe(1);
    expect(result.err).toContain('database    NOT OK');
    expect(result.err).toContain('DATABASE_URL');
    expect(result.err).not.toContain('geheim');
  });

  it('when DATABASE_URL is not a PostgreSQL URL, then the setting and reason are printed', async () => {
    const result = await run(['doctor'], { DATABASE_URL: 'mysql://localhost/koers' });
    expect(result.code).toBe(1);
    expect(result.err).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL');
  });

  it('when the SQLite database is new, then doctor reports pending migrations and migrate applies them', async () => {
    const env = { DATA_DIR: dataDir() };
    expect((await run(['doctor'], env)).out).toMatch(/migrations {2}\d+ to apply/);
    expect((await run(['migrate'], env)).out).toContain('applied: 0001-people-and-conversations');
    expect((await run(['migrate'], env)).out).toBe('the database is up to date');
    const after = await run(['doctor'], env);
    expect(after.code).toBe(0);
    expect(after.out).toContain('migrations  ok, up to date');
  });

  (postgresUrl ? it : it.skip)('when PostgreSQL answers, then doctor is happy', async () => {
    const database = await openTestDatabase('postgres');
    try {
      const result = await run(['doctor'], { DATABASE_URL: postgresUrl!, DATA_DIR: dataDir() });
      expect(result.err).toBe('');
      expect(result.code).toBe(0);
      expect(result.out).toContain('database    ok, PostgreSQL');
    } finally {
      await database.dispose();
    }
  });

  it('when the command is unknown, then usage goes to stderr with exit code 2', async () => {
    const result = await run(['frobnicate'], {});
    expect(result.code).toBe(2);
    expect(result.err).toContain('usage: koers <command>');
  });
});
