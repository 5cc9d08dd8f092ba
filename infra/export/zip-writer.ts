import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createDeflateRaw, crc32 } from 'node:zlib';

/** One file as the central directory lists it. */
interface Entry {
  name: Buffer;
  method: 0 | 8;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** A file written in pieces: each `write` is compressed as it comes. */
export interface ZipEntryStream {
  write(chunk: string | Buffer): Promise<void>;
  end(): Promise<void>;
}

const CHUNK = 64 * 1024;
const U32 = 0xffffffff;
const U16 = 0xffff;
const UTF8_NAMES = 0x0800;
const SIZES_AFTER_DATA = 0x0008;

/**
 * A zip archive (APPNOTE 6.3) written front to back into a stream, holding nothing but the
 * central directory: a small file is stored whole, a large one deflated as it is written. ZIP64
 * records are added where the classic fields overflow (more than 65,535 files, or offsets and
 * sizes past 4 GB), and only there, so a small archive stays readable by every tool.
 */
export class ZipWriter {
  private readonly entries: Entry[] = [];
  private offset = 0;
  // Many small files make many small writes; gathered into 64 KB pieces they cost far less.
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private readonly time: number;
  private readonly date: number;

  constructor(
    private readonly out: Writable,
    modified: Date,
  ) {
    this.time = (modified.getHours() << 11) | (modified.getMinutes() << 5);
    this.date =
      ((modified.getFullYear() - 1980) << 9) |
      ((modified.getMonth() + 1) << 5) |
      modified.getDate();
  }

  /** A file stored as it is (no compression): cheapest for many small texts. */
  async addFile(name: string, data: Buffer): Promise<void> {
    const entry: Entry = {
      name: Buffer.from(name, 'utf8'),
      method: 0,
      crc: crc32(data),
      compressed: data.length,
      size: data.length,
      offset: this.offset,
    };
    const big = data.length >= U32;
    await this.emit(
      this.localHeader(entry, 0, big ? zip64Sizes(entry.size, entry.compressed) : []),
    );
    await this.emit(data);
    this.entries.push(entry);
  }

  /** A file deflated as it is written; its sizes and checksum follow it (a data descriptor). */
  async addStream(name: string): Promise<ZipEntryStream> {
    const entry: Entry = {
      name: Buffer.from(name, 'utf8'),
      method: 8,
      crc: 0,
      compressed: 0,
      size: 0,
      offset: this.offset,
    };
    // Its size is not known yet: the ZIP64 field is always there, so the sizes after it are 8 bytes.
    await this.emit(this.localHeader(entry, SIZES_AFTER_DATA, zip64Sizes(0, 0)));
    const deflate = createDeflateRaw();
    const forwarding = (async () => {
      for await (const chunk of deflate as AsyncIterable<Buffer>) {
        entry.compressed += chunk.length;
        await this.emit(chunk);
      }
    })();
    return {
      write: async (chunk) => {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        entry.crc = crc32(bytes, entry.crc);
        entry.size += bytes.length;
        if (!deflate.write(bytes)) await once(deflate, 'drain');
      },
      end: async () => {
        deflate.end();
        await forwarding;
        const descriptor = Buffer.alloc(24);
        descriptor.writeUInt32LE(0x08074b50, 0);
        descriptor.writeUInt32LE(entry.crc, 4);
        descriptor.writeBigUInt64LE(BigInt(entry.compressed), 8);
        descriptor.writeBigUInt64LE(BigInt(entry.size), 16);
        await this.emit(descriptor);
        this.entries.push(entry);
      },
    };
  }

  /** Writes the central directory and ends the stream. */
  async close(): Promise<void> {
    const start = this.offset;
    for (const entry of this.entries) await this.emit(this.centralRecord(entry));
    const size = this.offset - start;
    const count = this.entries.length;
    if (count >= U16 || start >= U32 || size >= U32)
      await this.emit(zip64End(count, start, size, this.offset));
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(count, U16), 8);
    end.writeUInt16LE(Math.min(count, U16), 10);
    end.writeUInt32LE(Math.min(size, U32), 12);
    end.writeUInt32LE(Math.min(start, U32), 16);
    await this.emit(end);
    await this.flush();
    this.out.end();
    await finished(this.out);
  }

  private localHeader(entry: Entry, flags: number, zip64: Buffer[]): Buffer {
    const extra = zip64.length ? extraField(zip64) : Buffer.alloc(0);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(zip64.length ? 45 : 20, 4);
    header.writeUInt16LE(UTF8_NAMES | flags, 6);
    header.writeUInt16LE(entry.method, 8);
    header.writeUInt16LE(this.time, 10);
    header.writeUInt16LE(this.date, 12);
    if (!(flags & SIZES_AFTER_DATA)) {
      header.writeUInt32LE(entry.crc, 14);
      header.writeUInt32LE(zip64.length ? U32 : entry.compressed, 18);
      header.writeUInt32LE(zip64.length ? U32 : entry.size, 22);
    } else if (zip64.length) {
      header.writeUInt32LE(U32, 18);
      header.writeUInt32LE(U32, 22);
    }
    header.writeUInt16LE(entry.name.length, 26);
    header.writeUInt16LE(extra.length, 28);
    return Buffer.concat([header, entry.name, extra]);
  }

  private centralRecord(entry: Entry): Buffer {
    const wide: Buffer[] = [];
    if (entry.size >= U32 || entry.compressed >= U32)
      wide.push(...zip64Sizes(entry.size, entry.compressed));
    if (entry.offset >= U32) wide.push(uint64(entry.offset));
    const extra = wide.length ? extraField(wide) : Buffer.alloc(0);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(45, 4);
    record.writeUInt16LE(wide.length ? 45 : 20, 6);
    record.writeUInt16LE(UTF8_NAMES | (entry.method === 8 ? SIZES_AFTER_DATA : 0), 8);
    record.writeUInt16LE(entry.method, 10);
    record.writeUInt16LE(this.time, 12);
    record.writeUInt16LE(this.date, 14);
    record.writeUInt32LE(entry.crc, 16);
    record.writeUInt32LE(Math.min(entry.compressed, U32), 20);
    record.writeUInt32LE(Math.min(entry.size, U32), 24);
    record.writeUInt16LE(entry.name.length, 28);
    record.writeUInt16LE(extra.length, 30);
    record.writeUInt32LE(Math.min(entry.offset, U32), 42);
    return Buffer.concat([record, entry.name, extra]);
  }

  private async emit(bytes: Buffer): Promise<void> {
    this.offset += bytes.length;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= CHUNK) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }
}

function uint64(value: number): Buffer {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64LE(BigInt(value));
  return bytes;
}

/** The ZIP64 extra field's first two values: the uncompressed size, then the compressed size. */
function zip64Sizes(size: number, compressed: number): Buffer[] {
  return [uint64(size), uint64(compressed)];
}

function extraField(values: Buffer[]): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16LE(0x0001, 0);
  head.writeUInt16LE(values.length * 8, 2);
  return Buffer.concat([head, ...values]);
}

/** The ZIP64 end of central directory record and its locator. */
function zip64End(count: number, start: number, size: number, at: number): Buffer {
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(size), 40);
  record.writeBigUInt64LE(BigInt(start), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(at), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([record, locator]);
}
