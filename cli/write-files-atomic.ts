import { constants } from 'node:fs';
import { copyFile, link, lstat, rename, rm } from 'node:fs/promises';
import { type FileProblem, fsErrorCode, fsProblem } from './fs-error.ts';
import { besideName, writeBeside } from './write-file-atomic.ts';

export interface FileToWrite {
  readonly path: string;
  readonly text: string;
}

export type WriteSetResult = { readonly ok: true } | { readonly ok: false; readonly path: string; readonly problem: FileProblem };
export type WriteFiles = (files: readonly FileToWrite[]) => Promise<WriteSetResult>;
export type Move = (from: string, to: string) => Promise<void>;

interface Staged {
  readonly path: string;
  readonly temporary: string;
  kept: string | null;
}

/**
 * Writes files that are read together (the CSV exports of one regiobeeld) so their folder holds
 * the old set or the new one, never a mix: every file is written beside its target and synced,
 * every old file is kept under a second name, and only then is each new one moved into place. A
 * failure on the way removes what was written and moves the old files back, and names the file
 * that failed. Only a crash in the middle of the moves can leave a mix, with the old files still
 * beside it under hidden names. `move` is passed in so a test can make one move fail.
 */
export async function writeFilesAtomic(files: readonly FileToWrite[], move: Move = rename): Promise<WriteSetResult> {
  const made: string[] = [];
  const staged: Staged[] = [];
  const moved: Staged[] = [];
  let current = '';
  try {
    for (const file of files) {
      current = file.path;
      const temporary = await writeBeside(file.path, file.text);
      made.push(temporary);
      staged.push({ path: file.path, temporary, kept: null });
    }
    for (const entry of staged) {
      current = entry.path;
      entry.kept = await keepOld(entry.path);
      if (entry.kept !== null) made.push(entry.kept);
    }
    for (const entry of staged) {
      current = entry.path;
      await move(entry.temporary, entry.path);
      moved.push(entry);
    }
  } catch (error) {
    // Best effort, last moved first: the failure to report is the one that stopped the set.
    for (const entry of moved.reverse()) await (entry.kept === null ? rm(entry.path, { force: true }) : move(entry.kept, entry.path)).catch(() => undefined);
    await removeAll(made);
    return { ok: false, path: current, problem: fsProblem(error) };
  }
  await removeAll(made);
  return { ok: true };
}

/**
 * A second name for the file at `path`, or null when there is none yet: a hard link, or a copy
 * where the disk has no links (a FAT stick). A folder in the way is refused here, before any file
 * of the set has moved.
 */
async function keepOld(path: string): Promise<string | null> {
  try {
    if ((await lstat(path)).isDirectory()) throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR' });
  } catch (error) {
    if (fsErrorCode(error) === 'ENOENT') return null;
    throw error;
  }
  const kept = besideName(path, 'old');
  try {
    await link(path, kept);
  } catch {
    try {
      await copyFile(path, kept, constants.COPYFILE_EXCL);
    } catch (error) {
      await rm(kept, { force: true }).catch(() => undefined);
      throw error;
    }
  }
  return kept;
}

/** Removes the hidden files of a set; those already moved into place are simply no longer there. */
async function removeAll(paths: readonly string[]): Promise<void> {
  await Promise.all(paths.map((path) => rm(path, { force: true }).catch(() => undefined)));
}
