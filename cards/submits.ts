import { z } from 'zod';
import { welcomeSubmitSchema } from './welcome.card';

// Parse `activity.value` of every card submit once, then route on `verb`.
export const cardSubmitSchema = z.discriminatedUnion('verb', [welcomeSubmitSchema]);
export type CardSubmit = z.infer<typeof cardSubmitSchema>;
