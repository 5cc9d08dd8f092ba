import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

/**
 * Tests keep their PostgreSQL schemas until the run ends: Kysely's migrator reads the catalogue of
 * every schema, and a schema dropped by a parallel test in the middle of that read fails it.
 */
export const runPrefix = (): string => {
  const prefix = process.env.KOERS_TEST_SCHEMA_PREFIX;
  if (!prefix) throw new Error('jest globalSetup did not run (tests/support/jest-global-setup.ts)');
  return prefix;
};

export function newRunPrefix(): string {
  return `koers_test_${randomUUID().replace(/-/g, '').slice(0, 8)}_`;
}

export async function adminQuery(url: string, text: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * One statement per schema: a single transaction dropping a whole run's schemas needs hundreds of
 * locks each and runs out of PostgreSQL's shared lock table.
 */
export async function dropSchemasOfRun(url: string, prefix: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      'select nspname as name from pg_namespace where nspname like $1',
      [`${prefix}%`],
    );
    for (const { name } of rows) {
      await client.query(`drop schema ${client.escapeIdentifier(name)} cascade`);
    }
  } finally {
    await client.end();
  }
}
