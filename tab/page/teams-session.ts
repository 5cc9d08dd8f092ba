import { app, authentication } from '@microsoft/teams-js';

/** Outside Teams `app.initialize()` rejects at once on a top-level page and can hang in a frame. */
const INITIALIZE_TIMEOUT_MS = 3000;

export type TeamsSession =
  | { kind: 'outside-teams' }
  | { kind: 'no-token'; locale: string }
  | { kind: 'signed-in'; locale: string; token: string };

async function initialized(): Promise<boolean> {
  const timeout = new Promise<false>((resolve) =>
    setTimeout(() => resolve(false), INITIALIZE_TIMEOUT_MS),
  );
  try {
    return await Promise.race([app.initialize().then(() => true), timeout]);
  } catch {
    return false;
  }
}

/** Teams' locale and an SSO token for this app, or why there is none. */
export async function teamsSession(): Promise<TeamsSession> {
  if (!(await initialized())) return { kind: 'outside-teams' };
  const context = await app.getContext();
  const locale = context.app.locale;
  try {
    return { kind: 'signed-in', locale, token: await authentication.getAuthToken() };
  } catch {
    return { kind: 'no-token', locale };
  }
}
