import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../cli/messages/index.ts';
import { readFileBytes } from '../../../cli/read-file-bytes.ts';
import { writeFileAtomic } from '../../../cli/write-file-atomic.ts';
import { writeFilesAtomic } from '../../../cli/write-files-atomic.ts';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'regiobeeld-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readFileBytes', () => {
  it('reads a file whole', async () => {
    await writeFile(join(dir, 'a.json'), '{}');
    const read = await readFileBytes(join(dir, 'a.json'), 100);
    expect(read.ok && new TextDecoder().decode(read.bytes)).toBe('{}');
  });

  it('says a file is missing, or is a folder', async () => {
    expect(await readFileBytes(join(dir, 'missing.json'), 100)).toEqual({ ok: false, problem: { kind: 'no-such-file' } });
    expect(await readFileBytes(dir, 100)).toEqual({ ok: false, problem: { kind: 'folder-not-bundle' } });
  });

  it('refuses a file over the limit before reading it', async () => {
    await writeFile(join(dir, 'big.json'), 'x'.repeat(3 * 1024 * 1024));
    const read = await readFileBytes(join(dir, 'big.json'), 1024 * 1024);
    expect(read).toEqual({ ok: false, problem: { kind: 'too-large', size: 3 * 1024 * 1024, maxBytes: 1024 * 1024 } });
    const words = (language: 'nl' | 'en') => (read.ok ? '' : MESSAGES[language].fileProblem(read.problem));
    expect(words('en')).toBe('the file is 3,145,728 bytes (3 MiB), more than the 1,048,576 bytes (1 MiB) a bundle may be');
    expect(words('nl')).toBe('het bestand is 3.145.728 bytes, meer dan de 1.048.576 bytes die het mag zijn');
  });
});

describe('writeFileAtomic', () => {
  it('creates the folders and writes the text', async () => {
    const path = join(dir, 'out', 'deeper', 'merged.json');
    expect(await writeFileAtomic(path, 'new\n')).toEqual({ ok: true });
    expect(await readFile(path, 'utf8')).toBe('new\n');
  });

  it('replaces an existing file and leaves no temporary file behind', async () => {
    const path = join(dir, 'merged.json');
    await writeFile(path, 'old');
    expect(await writeFileAtomic(path, 'new')).toEqual({ ok: true });
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['merged.json']);
  });

  it('fails with a reason and cleans up when the target cannot be replaced', async () => {
    await mkdir(join(dir, 'taken', 'child'), { recursive: true });
    const result = await writeFileAtomic(join(dir, 'taken'), 'new');
    expect(result.ok).toBe(false);
    expect(await readdir(dir)).toEqual(['taken']);
    expect(await readdir(join(dir, 'taken'))).toEqual(['child']);
  });

  it('says when part of the path is a file', async () => {
    await writeFile(join(dir, 'file'), 'x');
    expect(await writeFileAtomic(join(dir, 'file', 'merged.json'), 'new')).toEqual({ ok: false, problem: { kind: 'not-a-folder' } });
  });
});

describe('writeFilesAtomic', () => {
  const NAMES = ['a.csv', 'b.csv', 'c.csv', 'd.csv'];
  const set = (text: string) => NAMES.map((name) => ({ path: join(dir, 'csv', name), text: `${text} ${name}` }));
  const contents = async () => Promise.all(NAMES.map((name) => readFile(join(dir, 'csv', name), 'utf8').catch(() => null)));

  it('writes every file of the set, creating the folder, and leaves nothing else', async () => {
    expect(await writeFilesAtomic(set('new'))).toEqual({ ok: true });
    expect(await contents()).toEqual(NAMES.map((name) => `new ${name}`));
    expect((await readdir(join(dir, 'csv'))).sort()).toEqual(NAMES);
  });

  it('replaces an old set whole', async () => {
    await writeFilesAtomic(set('old'));
    expect(await writeFilesAtomic(set('new'))).toEqual({ ok: true });
    expect(await contents()).toEqual(NAMES.map((name) => `new ${name}`));
    expect((await readdir(join(dir, 'csv'))).sort()).toEqual(NAMES);
  });

  it('leaves the old set untouched and no temporary file when the third cannot be written: a folder in its place', async () => {
    await writeFilesAtomic(set('old'));
    await rm(join(dir, 'csv', 'c.csv'));
    await mkdir(join(dir, 'csv', 'c.csv', 'inside'), { recursive: true });
    expect(await writeFilesAtomic(set('new'))).toEqual({ ok: false, path: join(dir, 'csv', 'c.csv'), problem: { kind: 'is-folder' } });
    expect(await contents()).toEqual(['old a.csv', 'old b.csv', null, 'old d.csv']);
    expect((await readdir(join(dir, 'csv'))).sort()).toEqual(NAMES);
    expect(await readdir(join(dir, 'csv', 'c.csv'))).toEqual(['inside']);
  });

  it('moves the old files back when a move fails after others were made', async () => {
    await writeFilesAtomic(set('old'));
    const third = join(dir, 'csv', 'c.csv');
    const failing = (from: string, to: string) => (to === third ? Promise.reject(Object.assign(new Error('denied'), { code: 'EACCES' })) : rename(from, to));
    expect(await writeFilesAtomic(set('new'), failing)).toEqual({ ok: false, path: third, problem: { kind: 'permission' } });
    expect(await contents()).toEqual(NAMES.map((name) => `old ${name}`));
    expect((await readdir(join(dir, 'csv'))).sort()).toEqual(NAMES);
  });

  it('removes a new file that had no old one when the set fails', async () => {
    await writeFilesAtomic(set('old').slice(2));
    const third = join(dir, 'csv', 'c.csv');
    const failing = (from: string, to: string) => (to === third ? Promise.reject(new Error('lost')) : rename(from, to));
    const result = await writeFilesAtomic(set('new'), failing);
    expect(result.ok).toBe(false);
    expect(await contents()).toEqual([null, null, 'old c.csv', 'old d.csv']);
    expect((await readdir(join(dir, 'csv'))).sort()).toEqual(['c.csv', 'd.csv']);
  });
});
