import { z } from 'zod';

// Ids, names and the locale are stored as they come, and PostgreSQL text cannot hold U+0000.
const envelopeText = z.string().refine((text) => !text.includes('\u0000'), 'holds U+0000');
const required = envelopeText.min(1);
const optionalText = envelopeText.nullish();

/**
 * What /api/messages accepts before botbuilder sees it; anything else is a 400. Fields Koers
 * reads on every turn are checked for their type too: `text: 1.5` would fail the turn later.
 */
export const incomingActivitySchema = z.looseObject({
  type: required,
  serviceUrl: required,
  conversation: z.looseObject({
    id: required,
    conversationType: optionalText,
    tenantId: optionalText,
  }),
  from: z.looseObject({ id: required, name: optionalText, aadObjectId: optionalText }),
  name: optionalText,
  text: z.string().nullish(),
  locale: optionalText,
  channelData: z.looseObject({ tenant: z.looseObject({ id: optionalText }).nullish() }).nullish(),
});
