import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/**
 * How a file is served: `plain` with an honest Content-Length; `chunked` without any; `gzip`
 * with the Content-Length of the packed bytes, which unpack to far more.
 */
export interface ServedFile {
  body: Buffer;
  how: 'plain' | 'chunked' | 'gzip';
}

export interface FileServer {
  url(path: string): string;
  /** Paths asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

const CHUNK = 256 * 1024;

/** A stand-in for OneDrive's pre-authenticated download links, on a port of its own. */
export async function startFileServer(files: Record<string, ServedFile>): Promise<FileServer> {
  const requests: string[] = [];
  const packed = new Map<string, Buffer>();
  for (const [path, file] of Object.entries(files)) {
    if (file.how === 'gzip') packed.set(path, gzipSync(file.body));
  }
  const server = createServer((req, res) => {
    const path = req.url ?? '';
    requests.push(path);
    // The client hangs up on purpose when a file is too big; that is not a server error.
    res.on('error', () => undefined);
    const file = files[path];
    if (!file) {
      res.writeHead(404);
      return void res.end();
    }
    if (file.how === 'chunked') return void stream(res, file.body);
    const body = packed.get(path) ?? file.body;
    const encoding = file.how === 'gzip' ? { 'content-encoding': 'gzip' } : {};
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': String(body.length),
      ...encoding,
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function stream(res: ServerResponse, body: Buffer): Promise<void> {
  res.writeHead(200, { 'content-type': 'application/octet-stream' });
  for (let at = 0; at < body.length && !res.destroyed; at += CHUNK) {
    if (!res.write(body.subarray(at, at + CHUNK))) {
      await new Promise<void>((resolve) => {
        const done = () => {
          res.off('drain', done);
          res.off('close', done);
          resolve();
        };
        res.on('drain', done);
        res.on('close', done);
      });
    }
  }
  res.end();
}
