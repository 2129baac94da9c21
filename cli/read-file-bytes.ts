import { readFile, stat } from 'node:fs/promises';
import { fsErrorReason } from './fs-error.ts';

export type FileBytes = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: string };
export type ReadBytes = (path: string) => Promise<FileBytes>;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Reads a whole file, refusing folders, devices and files over the bundle limit before reading
 * them, so a wrong argument never pulls gigabytes into memory.
 */
export async function readFileBytes(path: string, maxBytes: number): Promise<FileBytes> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, reason: 'is a folder, not a bundle file' };
    if (!info.isFile()) return { ok: false, reason: 'is not a regular file' };
    if (info.size > maxBytes) return { ok: false, reason: `the file is ${megabytes(info.size)}, more than the ${megabytes(maxBytes)} a bundle may be` };
    return { ok: true, bytes: await readFile(path) };
  } catch (error) {
    return { ok: false, reason: fsErrorReason(error) };
  }
}
