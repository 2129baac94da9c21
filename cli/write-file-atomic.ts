import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type FileProblem, fsProblem } from './fs-error.ts';

export type WriteResult = { readonly ok: true } | { readonly ok: false; readonly problem: FileProblem };
export type WriteText = (path: string, text: string) => Promise<WriteResult>;

/** A hidden name beside `path`, in its folder, so a rename onto `path` never crosses disks. */
export function besideName(path: string, suffix: string): string {
  return join(dirname(path), `.${basename(path)}.${randomUUID()}.${suffix}`);
}

/**
 * Writes `text` to a new hidden file beside `path`, synced to disk, and returns its name; on a
 * failure it removes what it made and throws, so the caller has nothing to clean up.
 */
export async function writeBeside(path: string, text: string): Promise<string> {
  const temporary = besideName(path, 'tmp');
  try {
    await mkdir(dirname(path), { recursive: true });
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    return temporary;
  } catch (error) {
    // The first failure is the one to report; a cleanup that fails too would only hide it.
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Writes beside the target and renames over it, so a crash, a full disk or Ctrl-C leaves either
 * the old file or the complete new one, never half a bundle that a later merge would refuse.
 */
export async function writeFileAtomic(path: string, text: string): Promise<WriteResult> {
  let temporary: string | undefined;
  try {
    temporary = await writeBeside(path, text);
    await rename(temporary, path);
    return { ok: true };
  } catch (error) {
    if (temporary !== undefined) await rm(temporary, { force: true }).catch(() => undefined);
    return { ok: false, problem: fsProblem(error) };
  }
}
