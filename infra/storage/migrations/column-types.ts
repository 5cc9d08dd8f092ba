import type { ColumnDataType } from 'kysely';
import type { StorageKind } from '../database';

/** Column types that differ between the two stores; everything else is plain SQL both accept. */
export function columnTypes(kind: StorageKind): { instant: ColumnDataType; json: ColumnDataType } {
  return kind === 'postgres'
    ? { instant: 'timestamptz', json: 'text' }
    : { instant: 'text', json: 'text' };
}
