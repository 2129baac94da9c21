import { readFile, stat } from 'node:fs/promises';
import { tooLargeWords } from '../shared/wording/byte-size.ts';
import { fsErrorReason } from './fs-error.ts';

export type FileBytes = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: string };
export type ReadBytes = (path: string) => Promise<FileBytes>;

/**
 * Reads a whole file, refusing folders, devices and files over the bundle limit before reading
 * them, so a wrong argument never pulls gigabytes into memory.
 */
export async function readFileBytes(path: string, maxBytes: number): Promise<FileBytes> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, reason: 'is a folder, not a bundle file' };
    if (!info.isFile()) return { ok: false, reason: 'is not a regular file' };
    if (info.size > maxBytes) return { ok: false, reason: tooLargeWords(info.size, maxBytes) };
    return { ok: true, bytes: await readFile(path) };
  } catch (error) {
    return { ok: false, reason: fsErrorReason(error) };
  }
}
