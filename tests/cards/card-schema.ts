import Ajv from 'ajv';
import draft06 from 'ajv/lib/refs/json-schema-draft-06.json';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MAX_CARD_BYTES = 80 * 1024;

// The schema still uses draft-04 style `id`, hence `schemaId: 'auto'`. Its `$ref`s carry only
// annotations (description, default) beside them, so `extendRefs: true` only silences a warning.
export function createCardValidator(): (card: unknown) => string[] {
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true, extendRefs: true });
  ajv.addMetaSchema(draft06);
  const schemaPath = join(__dirname, '../../cards/schema/adaptive-card-1.5.json');
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
  return (card) =>
    validate(card) === true
      ? []
      : (validate.errors ?? []).map((error) => `${error.dataPath} ${error.message ?? ''}`);
}

export function cardBytes(card: unknown): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}
