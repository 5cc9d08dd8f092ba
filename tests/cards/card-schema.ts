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
  return (card) => {
    const asRendered = withoutCharts(card);
    if (validate(asRendered) === true) return chartErrors(card);
    const errors = (validate.errors ?? []).map((e) => `${e.dataPath} ${e.message ?? ''}`);
    return [...errors, ...chartErrors(card)];
  };
}

const isChart = (value: unknown): value is { type: string; fallback?: unknown; data?: unknown } =>
  typeof value === 'object' &&
  value !== null &&
  String((value as { type?: unknown }).type).startsWith('Chart.');

/** The card as a renderer without Teams' charts sees it: each chart replaced by its fallback. */
function withoutCharts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutCharts);
  if (isChart(value)) return withoutCharts(value.fallback);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutCharts(v)]));
}

/** Teams' chart shape (learn.microsoft.com, charts in Adaptive Cards): x/y points and a fallback. */
function chartErrors(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(chartErrors);
  if (typeof value !== 'object' || value === null) return [];
  const own: string[] = [];
  if (isChart(value)) {
    const points = Array.isArray(value.data) ? (value.data as unknown[]) : null;
    if (!points) own.push(`${value.type} needs data`);
    const bad = (points ?? []).filter(
      (p) =>
        typeof (p as { x?: unknown }).x !== 'string' ||
        typeof (p as { y?: unknown }).y !== 'number',
    );
    if (bad.length > 0) own.push(`${value.type} data points need a string x and a number y`);
    if (!value.fallback) own.push(`${value.type} needs a fallback for clients without charts`);
  }
  return [...own, ...Object.values(value).flatMap(chartErrors)];
}

export function cardBytes(card: unknown): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}
