import { newRunPrefix } from './postgres-schemas';

export default function globalSetup(): void {
  process.env.KOERS_TEST_SCHEMA_PREFIX = newRunPrefix();
}
