import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fsErrorReason } from './fs-error.ts';

export type WriteResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };
export type WriteText = (path: string, text: string) => Promise<WriteResult>;

/**
 * Writes beside the target and renames over it, so a crash, a full disk or Ctrl-C leaves either
 * the old file or the complete new one, never half a bundle that a later merge would refuse.
 */
export async function writeFileAtomic(path: string, text: string): Promise<WriteResult> {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    await mkdir(folder, { recursive: true });
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
    return { ok: true };
  } catch (error) {
    // The first failure is the one to report; a cleanup that fails too would only hide it.
    await rm(temporary, { force: true }).catch(() => undefined);
    return { ok: false, reason: fsErrorReason(error) };
  }
}
