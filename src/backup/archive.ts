/**
 * The backup archive: one file, a sequence of checksummed entries, closed by a trailer that holds the SHA-256 of
 * every byte before it. Written to `<file>.partial` and renamed when complete, so a file with the final name is a
 * whole archive; a reader checks every entry and the trailer before anyone acts on its content.
 *
 *   NEWSROOM-BACKUP 1\n
 *   {"name", "kind", "size", ...meta}\n <size bytes> \n{"sha256"}\n      (per entry)
 *   {"end": true, "entries", "sha256"}\n                               (trailer)
 */

import { createHash, type Hash } from 'crypto';
import fs from 'fs/promises';

const MAGIC = 'NEWSROOM-BACKUP 1\n';
const CHUNK = 1 << 20;
/** an entry's header or footer line is small; a longer line means the file is not an archive */
const MAX_LINE = 1 << 20;

export interface EntryHeader {
  name: string;
  kind: string;
  size: number;
  [meta: string]: unknown;
}

export class ArchiveError extends Error {
  override name = 'ArchiveError';
}

export interface ArchiveWriter {
  /** adds an entry whose bytes are all in memory */
  add(header: Omit<EntryHeader, 'size'>, bytes: Buffer): Promise<void>;
  /** adds an entry from a file on disk, read in chunks */
  addFile(header: Omit<EntryHeader, 'size'>, file: string): Promise<number>;
  /** writes the trailer and gives the archive its final name */
  finish(): Promise<{ bytes: number; entries: number; sha256: string }>;
  /** removes the unfinished file */
  abort(): Promise<void>;
}

export const createArchiveWriter = async (file: string): Promise<ArchiveWriter> => {
  const partial = `${file}.partial`;
  const handle = await fs.open(partial, 'w');
  const whole = createHash('sha256');
  let bytes = 0;
  let entries = 0;
  const write = async (data: Buffer | string) => {
    const buffer = typeof data === 'string' ? Buffer.from(data) : data;
    whole.update(buffer);
    bytes += buffer.length;
    await handle.write(buffer);
  };
  const line = (value: unknown) => write(`${JSON.stringify(value)}\n`);
  await write(MAGIC);

  return {
    async add(header, data) {
      await line({ ...header, size: data.length });
      await write(data);
      await write('\n');
      await line({ sha256: createHash('sha256').update(data).digest('hex') });
      entries += 1;
    },
    async addFile(header, source) {
      const input = await fs.open(source, 'r');
      try {
        const { size } = await input.stat();
        await line({ ...header, size });
        const hash = createHash('sha256');
        const buffer = Buffer.alloc(CHUNK);
        let done = 0;
        while (done < size) {
          const { bytesRead } = await input.read(buffer, 0, Math.min(CHUNK, size - done), done);
          if (bytesRead === 0) throw new ArchiveError(`${source} became shorter while it was being read`);
          const chunk = buffer.subarray(0, bytesRead);
          hash.update(chunk);
          await write(chunk);
          done += bytesRead;
        }
        await write('\n');
        await line({ sha256: hash.digest('hex') });
        entries += 1;
        return size;
      } finally {
        await input.close();
      }
    },
    async finish() {
      const sha256 = whole.digest('hex');
      const trailer = `${JSON.stringify({ end: true, entries, sha256 })}\n`;
      await handle.write(trailer);
      await handle.sync();
      await handle.close();
      await fs.rename(partial, file);
      return { bytes: bytes + trailer.length, entries, sha256 };
    },
    async abort() {
      await handle.close().catch(() => undefined);
      await fs.rm(partial, { force: true });
    },
  };
};

export interface ReadEntry {
  header: EntryHeader;
  /** the entry's bytes, read and checked against its checksum (only for entries `wanted` asked for) */
  bytes?: Buffer;
  /** the entry's bytes in chunks, checked at the end (for entries `stream` asked for) */
  sha256: string;
}

export interface ReadOptions {
  /** entries to hand over in memory */
  wanted?: (header: EntryHeader) => boolean;
  /** called with each chunk of an entry that is not wanted in memory, e.g. to copy a file out */
  onChunk?: (header: EntryHeader, chunk: Buffer) => Promise<void>;
  onEntry?: (entry: ReadEntry) => Promise<void>;
}

/**
 * Reads an archive from start to end, checking the magic line, every entry's checksum and the trailer (entry count,
 * checksum of the whole, nothing after it). Throws ArchiveError on the first problem.
 */
export const readArchive = async (file: string, { wanted, onChunk, onEntry }: ReadOptions = {}): Promise<{ entries: number; bytes: number; sha256: string }> => {
  const handle = await fs.open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new ArchiveError(`Cannot open the archive ${file}: ${error.code ?? error.message}`);
  });
  try {
    const { size: total } = await handle.stat();
    const whole = createHash('sha256');
    let position = 0;
    const readExactly = async (length: number): Promise<Buffer> => {
      if (position + length > total) throw new ArchiveError('The archive is truncated');
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      if (bytesRead !== length) throw new ArchiveError('The archive is truncated');
      position += length;
      return buffer;
    };
    const readLine = async (hash: Hash | null): Promise<string> => {
      const chunks: Buffer[] = [];
      let length = 0;
      for (;;) {
        if (position >= total) throw new ArchiveError('The archive is truncated');
        const buffer = Buffer.alloc(Math.min(4096, total - position));
        await handle.read(buffer, 0, buffer.length, position);
        const end = buffer.indexOf(0x0a);
        const part = end === -1 ? buffer : buffer.subarray(0, end + 1);
        position += part.length;
        hash?.update(part);
        chunks.push(part);
        length += part.length;
        if (end !== -1) return Buffer.concat(chunks).toString('utf8', 0, length - 1);
        if (length > MAX_LINE) throw new ArchiveError('The archive is damaged (a header line has no end)');
      }
    };
    const parse = (text: string, what: string): Record<string, unknown> => {
      try {
        const value: unknown = JSON.parse(text);
        if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
      } catch {
        // reported below, with what was expected
      }
      throw new ArchiveError(`The archive is damaged (${what} at byte ${position} is not readable)`);
    };

    const magic = await readExactly(Buffer.byteLength(MAGIC)).catch(() => Buffer.alloc(0));
    if (magic.toString() !== MAGIC) throw new ArchiveError(`${file} is not a newsroom backup archive`);
    whole.update(magic);

    let entries = 0;
    for (;;) {
      // the trailer line is not part of the whole's checksum, so a header line is added to it once known
      const text = await readLine(null);
      const header = parse(text, 'an entry header');
      if (header.end === true) {
        const expected = whole.digest('hex');
        if (header.sha256 !== expected) throw new ArchiveError('The archive is damaged (its checksum does not match)');
        if (header.entries !== entries) throw new ArchiveError('The archive is damaged (entry count does not match)');
        if (position !== total) throw new ArchiveError('The archive is damaged (bytes after its end)');
        return { entries, bytes: total, sha256: expected };
      }
      whole.update(`${text}\n`);
      if (typeof header.name !== 'string' || typeof header.kind !== 'string' || !Number.isSafeInteger(header.size) || (header.size as number) < 0) {
        throw new ArchiveError(`The archive is damaged (entry header at byte ${position})`);
      }
      const entry = header as EntryHeader;
      const keep = wanted?.(entry) ?? false;
      const hash = createHash('sha256');
      const kept: Buffer[] = [];
      let left = entry.size;
      while (left > 0) {
        const chunk = await readExactly(Math.min(CHUNK, left));
        left -= chunk.length;
        hash.update(chunk);
        whole.update(chunk);
        if (keep) kept.push(chunk);
        else if (onChunk) await onChunk(entry, chunk);
      }
      const separator = await readExactly(1);
      if (separator[0] !== 0x0a) throw new ArchiveError(`The archive is damaged (entry ${entry.name})`);
      whole.update(separator);
      const footerText = await readLine(whole);
      const footer = parse(footerText, `the checksum of ${entry.name}`);
      const sha256 = hash.digest('hex');
      if (footer.sha256 !== sha256) throw new ArchiveError(`The archive is damaged (entry ${entry.name} does not match its checksum)`);
      entries += 1;
      await onEntry?.({ header: entry, bytes: keep ? Buffer.concat(kept) : undefined, sha256 });
    }
  } finally {
    await handle.close();
  }
};
