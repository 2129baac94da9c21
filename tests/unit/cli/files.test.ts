import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileBytes } from '../../../cli/read-file-bytes.ts';
import { writeFileAtomic } from '../../../cli/write-file-atomic.ts';

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
    expect(await readFileBytes(join(dir, 'missing.json'), 100)).toEqual({ ok: false, reason: 'no such file or folder' });
    expect(await readFileBytes(dir, 100)).toEqual({ ok: false, reason: 'is a folder, not a bundle file' });
  });

  it('refuses a file over the limit before reading it', async () => {
    await writeFile(join(dir, 'big.json'), 'x'.repeat(3 * 1024 * 1024));
    expect(await readFileBytes(join(dir, 'big.json'), 1024 * 1024)).toEqual({ ok: false, reason: 'the file is 3.0 MB, more than the 1.0 MB a bundle may be' });
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
    expect(await writeFileAtomic(join(dir, 'file', 'merged.json'), 'new')).toEqual({ ok: false, reason: 'part of the path is a file, not a folder' });
  });
});
