import { isStaleSchema, newRunPrefix } from './postgres-schemas';

describe('test schemas on a shared PostgreSQL', () => {
  const now = Date.parse('2026-11-27T09:00:00Z');

  it('when a run started half an hour ago, then its schemas are left alone', () => {
    expect(isStaleSchema(`${newRunPrefix(now - 1_800_000)}abc123`, now)).toBe(false);
  });

  it('when a run started two hours ago, or has the old unstamped name, then it is stale', () => {
    expect(isStaleSchema(`${newRunPrefix(now - 2 * 3_600_000)}abc123`, now)).toBe(true);
    expect(isStaleSchema('koers_test_6ab42d60_0123456789ab', now)).toBe(true);
  });

  it('when a schema is not a test schema, then it is never stale', () => {
    expect(isStaleSchema('public', now)).toBe(false);
    expect(isStaleSchema('koers_pgboss', now)).toBe(false);
  });
});
