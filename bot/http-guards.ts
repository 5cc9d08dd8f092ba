import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Next, Request, Response } from 'restify';
import type restify from 'restify';

// What every HTTP request meets before its route: limits on size and time, and security headers.

/** Teams activities are small; anything near this size is not a real activity. */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * Refuses a body that announces itself as too large, or compressed, before a byte of it is read:
 * 413 and 415 with `connection: close`. (restify's bodyParser would read a large body to its end
 * before refusing it, and would inflate gzip without a limit.) A chunked body without a length
 * is still cut off at the same size by bodyParser, and by the request deadline below.
 */
export function refuseLargeBodies(server: restify.Server, maxBytes = MAX_BODY_BYTES): void {
  server.pre((req, res, next) => {
    const encoding = req.headers['content-encoding'];
    if (encoding && encoding !== 'identity') {
      res.header('connection', 'close');
      res.send(415, { error: 'compressed bodies are not accepted' });
      return next(false);
    }
    if (Number(req.headers['content-length'] ?? 0) > maxBytes) {
      res.header('connection', 'close');
      res.send(413, { error: `body larger than ${maxBytes} bytes` });
      return next(false);
    }
    return next();
  });
}

/**
 * A client gets `requestMs` to send its request line and headers, and again `requestMs` to send
 * its body; a slow one is answered 408 (or, mid-headers, cut off) and its connection closed.
 * Node's own headersTimeout and requestTimeout say the same, but are only checked every 30 s.
 */
export function timeOutSlowClients(server: HttpServer, requestMs: number): void {
  server.headersTimeout = requestMs;
  server.requestTimeout = requestMs;
  const waiting = new WeakMap<Socket, NodeJS.Timeout>();
  const awaitRequest = (socket: Socket, onTimeout: () => void) =>
    waiting.set(socket, setTimeout(onTimeout, requestMs).unref());

  server.on('connection', (socket: Socket) => {
    awaitRequest(socket, () => cutOff(socket));
    socket.once('close', () => clearTimeout(waiting.get(socket)));
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    clearTimeout(waiting.get(socket));
    const body = setTimeout(() => {
      if (!req.complete) tooSlow(req, res);
    }, requestMs).unref();
    res.once('close', () => {
      clearTimeout(body);
      // An idle keep-alive connection is closed quietly (Node's keepAliveTimeout usually comes first).
      if (!socket.destroyed) awaitRequest(socket, () => socket.destroy());
    });
  });
}

function cutOff(socket: Socket): void {
  socket.end('HTTP/1.1 408 Request Timeout\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
  socket.destroySoon();
}

/**
 * restify is still reading this body: its body reader turns the error into the 408 answer, so
 * the request is answered once. Without a reader, the answer is written here.
 */
function tooSlow(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('connection', 'close');
  if (req.listenerCount('error') > 0) {
    req.emit(
      'error',
      Object.assign(new Error('request took too long to arrive'), { statusCode: 408 }),
    );
    return;
  }
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(408, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: 'request took too long to arrive' }));
}

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
