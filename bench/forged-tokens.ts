/**
 * npm run bench:forged-tokens [-- --n 30000 --lanes 16 --chunk 2000]
 *
 * Koers in production mode (in-process, SQLite) takes N posts to /api/messages with unsigned
 * tokens, each naming a tenant nobody has seen. Prints the refusal rate of the first and the last
 * chunk, the answers, and how many issuers botbuilder's module-wide emulator list holds after.
 * Figures only.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { emulatorIssuerCount, postForged } from '../tests/support/forged-tokens';
import { startKoers } from '../tests/support/koers-app';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '30000' },
    lanes: { type: 'string', default: '16' },
    chunk: { type: 'string', default: '2000' },
  },
});
const APP_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const key = () => `k1:${randomBytes(32).toString('base64')}`;

async function main(): Promise<void> {
  console.error = () => undefined; // botbuilder logs every refused token
  const koers = await startKoers('sqlite', {
    env: {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'bench-secret',
      MicrosoftAppTenantId: '11111111-2222-3333-4444-555555555555',
      KOERS_ENCRYPTION_KEY: key(),
      KOERS_PSEUDONYM_KEY: key(),
    },
  });
  const issuersBefore = emulatorIssuerCount();
  const { statuses, rates } = await postForged(koers.url, {
    appId: APP_ID,
    serviceUrl: koers.connector.url,
    count: Number(values.n),
    lanes: Number(values.lanes),
    chunk: Number(values.chunk),
  });
  await koers.stop();
  console.log(`forged tokens: ${values.n} posts, ${values.lanes} at a time`);
  console.log(`answers: ${JSON.stringify(Object.fromEntries(statuses))}`);
  console.log(`refused per second, first ${values.chunk}: ${rates[0]}`);
  console.log(`refused per second, last ${values.chunk}: ${rates.at(-1)}`);
  console.log(
    `botbuilder emulator issuers: ${issuersBefore} before, ${emulatorIssuerCount()} after`,
  );
}

void main();
