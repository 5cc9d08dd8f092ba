export interface DownloadLimits {
  maxBytes: number;
  /** For the whole download, body included. */
  timeoutMs: number;
  /** Production fetches only https links; local mode (Emulator, Playground) allows http. */
  httpsOnly: boolean;
}

export type Downloaded = { ok: true; bytes: Buffer } | { ok: false; reason: 'too-big' | 'failed' };

const failed = { ok: false, reason: 'failed' } as const;
const tooBig = { ok: false, reason: 'too-big' } as const;

/**
 * Fetches a file someone sent, never holding more than `maxBytes` of it: a Content-Length over
 * the limit is refused before the body is read, and the body itself is counted as it streams in,
 * so a missing or lying Content-Length (or a small gzip that unpacks large) stops at the limit too.
 */
export class FileDownload {
  constructor(private readonly limits: DownloadLimits) {}

  async fetch(url: string, bearerToken?: string): Promise<Downloaded> {
    if (this.limits.httpsOnly && !url.startsWith('https://')) return failed;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.limits.timeoutMs);
    try {
      const response = await fetch(url, {
        signal: controller.signal,
        headers: bearerToken ? { authorization: `Bearer ${bearerToken}` } : {},
      });
      if (!response.ok || !response.body) {
        await response.body?.cancel();
        return failed;
      }
      const declared = Number(response.headers.get('content-length') ?? Number.NaN);
      if (declared > this.limits.maxBytes) {
        await response.body.cancel();
        return tooBig;
      }
      return await this.read(response.body.getReader());
    } catch {
      return failed;
    } finally {
      clearTimeout(timer);
      controller.abort();
    }
  }

  private async read(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<Downloaded> {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { ok: true, bytes: Buffer.concat(chunks) };
      total += value.byteLength;
      if (total > this.limits.maxBytes) {
        await reader.cancel();
        return tooBig;
      }
      chunks.push(value);
    }
  }
}
