import type { Next, Request, Response } from 'restify';

/** The hosts Teams' tab requirements list as frame ancestors: Teams, Microsoft 365 and Outlook. */
const TEAMS_HOSTS = [
  'https://*.cloud.microsoft',
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
];

export const TAB_CSP = `frame-ancestors 'self' ${TEAMS_HOSTS.join(' ')}`;

/**
 * Every answer: no content sniffing; over https (App Service terminates TLS and says so in
 * X-Forwarded-Proto) browsers are told to stay on https. The tab may be framed only by Teams.
 */
export function securityHeaders(req: Request, res: Response, next: Next): void {
  res.setHeader('x-content-type-options', 'nosniff');
  if (req.isSecure() || req.headers['x-forwarded-proto'] === 'https') {
    res.setHeader('strict-transport-security', 'max-age=31536000');
  }
  if (req.path() === '/tab' || req.path().startsWith('/tab/')) {
    res.setHeader('content-security-policy', TAB_CSP);
  }
  next();
}
