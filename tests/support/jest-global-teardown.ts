import { dropSchemasOfRun } from './postgres-schemas';

export default async function globalTeardown(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const prefix = process.env.KOERS_TEST_SCHEMA_PREFIX;
  if (url && prefix) await dropSchemasOfRun(url, prefix);
}
