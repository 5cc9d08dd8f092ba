import { app, authentication } from '@microsoft/teams-js';

/** Outside Teams `app.initialize()` rejects at once on a top-level page and can hang in a frame. */
const INITIALIZE_TIMEOUT_MS = 3000;

export type TeamsSession =
  | { kind: 'outside-teams' }
  | { kind: 'no-token'; locale: string }
  | { kind: 'signed-in'; locale: string; token: string; report?: string };

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
  // A card's link opens the tab on one report: the deep link's subEntityId is `report:<id>`.
  const report = /^report:(.+)$/.exec(context.page.subPageId ?? '')?.[1];
  try {
    const token = await authentication.getAuthToken();
    return { kind: 'signed-in', locale, token, ...(report ? { report } : {}) };
  } catch {
    return { kind: 'no-token', locale };
  }
}
