/**
 * The backup archive format (src/backup/archive.ts) and the database-neutral values (src/backup/tables.ts): every
 * damage is found before anyone acts on the content.
 */

import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import { createArchiveWriter, readArchive, type EntryHeader } from '../../src/backup/archive';
import { dependencyOrder, fromArchiveValue, toArchiveValue } from '../../src/backup/tables';

let dir: string;
let archive: string;
const payloads = [Buffer.from('first entry'), Buffer.alloc(0), Buffer.from(Array.from({ length: 3_000_000 }, (_, i) => i % 251))];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'backup-archive-'));
  archive = path.join(dir, 'test.backup');
  const writer = await createArchiveWriter(archive);
  await writer.add({ name: 'a', kind: 'rows' }, payloads[0]);
  await writer.add({ name: 'empty', kind: 'rows' }, payloads[1]);
  const source = path.join(dir, 'big.bin');
  await fs.writeFile(source, payloads[2]);
  expect(await writer.addFile({ name: 'big', kind: 'file' }, source)).toBe(payloads[2].length);
  await writer.finish();
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const readAll = async (file: string) => {
  const seen: Array<{ header: EntryHeader; bytes: Buffer }> = [];
  await readArchive(file, { wanted: () => true, onEntry: async ({ header, bytes }) => void seen.push({ header, bytes: bytes as Buffer }) });
  return seen;
};

const damaged = async (change: (bytes: Buffer) => Buffer): Promise<string> => {
  const file = path.join(dir, `damaged-${Math.random().toString(36).slice(2)}.backup`);
  await fs.writeFile(file, change(await fs.readFile(archive)));
  return file;
};

describe('backup archive', () => {
  it('reads back every entry, bytes and headers, and leaves no .partial file', async () => {
    const seen = await readAll(archive);
    expect(seen.map((entry) => [entry.header.name, entry.header.size])).toEqual([['a', 11], ['empty', 0], ['big', 3_000_000]]);
    expect(seen.map((entry, index) => entry.bytes.equals(payloads[index]))).toEqual([true, true, true]);
    await expect(fs.stat(`${archive}.partial`)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  test.each([0.1, 0.5, 0.9999])('finds an archive cut at %p of its length', async (fraction) => {
    const file = await damaged((bytes) => bytes.subarray(0, Math.floor(bytes.length * fraction)));
    await expect(readAll(file)).rejects.toThrow(/truncated|damaged|not a newsroom backup/);
  });

  it('finds an archive that lost only its last byte (the trailer newline)', async () => {
    const file = await damaged((bytes) => bytes.subarray(0, bytes.length - 1));
    await expect(readAll(file)).rejects.toThrow(/truncated/);
  });

  test.each([30, 0.5, 0.99])('finds one flipped bit (at %p)', async (where) => {
    const file = await damaged((bytes) => {
      const copy = Buffer.from(bytes);
      const at = where >= 1 ? where : Math.floor(copy.length * where);
      copy[at] ^= 0x04;
      return copy;
    });
    await expect(readAll(file)).rejects.toThrow(/damaged|truncated/);
  });

  it('finds bytes appended after the end, and a file that is not an archive', async () => {
    await expect(readAll(await damaged((bytes) => Buffer.concat([bytes, Buffer.from('x')])))).rejects.toThrow(/bytes after its end/);
    await expect(readAll(await damaged(() => Buffer.from('PK\u0003\u0004 zip')))).rejects.toThrow(/not a newsroom backup archive/);
  });

  it('finds an entry whose bytes and checksum were both replaced (the whole-archive checksum)', async () => {
    const file = await damaged((bytes) => {
      const text = bytes.toString('latin1');
      const { createHash } = jest.requireActual('crypto') as typeof import('crypto');
      const forged = text.replace('first entry', 'FIRST ENTRY').replace(
        createHash('sha256').update('first entry').digest('hex'),
        createHash('sha256').update('FIRST ENTRY').digest('hex')
      );
      return Buffer.from(forged, 'latin1');
    });
    await expect(readAll(file)).rejects.toThrow(/its checksum does not match/);
  });
});

describe('database-neutral values', () => {
  test.each([
    ['datetime', 1714435200000, 'sqlite', '2024-04-30T00:00:00.000Z'],
    ['datetime', new Date('2024-04-30T00:00:00.000Z'), 'postgres', '2024-04-30T00:00:00.000Z'],
    ['boolean', 1, 'sqlite', true],
    ['boolean', 0, 'sqlite', false],
    ['boolean', true, 'postgres', true],
    ['jsonb', '{"b":1,"a":[1,"x"]}', 'sqlite', { $json: { b: 1, a: [1, 'x'] } }],
    ['jsonb', '"just text"', 'postgres', { $json: 'just text' }],
    ['jsonb', 'not json', 'sqlite', { $text: 'not json' }],
    ['date', '2020-04-30', 'postgres', '2020-04-30'],
    ['string', '忠诚', 'sqlite', '忠诚'],
    ['decimal', 13.3, 'postgres', 13.3],
  ])('%s %p from %s reads as %p', (type, value, client, expected) => {
    expect(toArchiveValue(value, type, client)).toEqual(expected);
  });

  it('binds archived values as both databases store them', () => {
    expect(fromArchiveValue('2024-04-30T00:00:00.000Z', 'datetime')).toEqual(new Date('2024-04-30T00:00:00.000Z'));
    expect(fromArchiveValue({ $json: { a: 1 } }, 'jsonb')).toBe('{"a":1}');
    expect(fromArchiveValue({ $json: 'text' }, 'jsonb')).toBe('"text"');
    expect(fromArchiveValue({ $text: 'not json' }, 'jsonb')).toBe('not json');
    expect(fromArchiveValue(null, 'jsonb')).toBeNull();
    expect(fromArchiveValue(true, 'boolean')).toBe(true);
  });

  it('orders tables after the tables they reference, and survives a cycle', () => {
    const names = (tables: Array<{ name: string }>) => tables.map((table) => table.name);
    expect(names(dependencyOrder([
      { name: 'links', references: ['articles', 'photos'] },
      { name: 'articles', references: ['users'] },
      { name: 'photos', references: ['users'] },
      { name: 'users', references: [] },
    ]))).toEqual(['users', 'articles', 'photos', 'links']);
    expect(names(dependencyOrder([{ name: 'a', references: ['b'] }, { name: 'b', references: ['a'] }])).sort()).toEqual(['a', 'b']);
  });
});
