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

export async function dropSchemasOfRun(url: string, prefix: string): Promise<void> {
  await adminQuery(
    url,
    `do $$ declare s text; begin
       for s in select nspname from pg_namespace where nspname like '${prefix}%' loop
         execute format('drop schema %I cascade', s);
       end loop;
     end $$`,
  );
}
