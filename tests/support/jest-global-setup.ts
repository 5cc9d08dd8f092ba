import { dropStaleSchemas, newRunPrefix } from './postgres-schemas';

export default async function globalSetup(): Promise<void> {
  process.env.KOERS_TEST_SCHEMA_PREFIX = newRunPrefix();
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (url) await dropStaleSchemas(url);
}
