import { readFile, stat } from 'node:fs/promises';
import { type FileProblem, fsProblem } from './fs-error.ts';

export type FileBytes = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly problem: FileProblem };
export type ReadBytes = (path: string) => Promise<FileBytes>;

/**
 * Reads a whole file, refusing folders, devices and files over the bundle limit before reading
 * them, so a wrong argument never pulls gigabytes into memory.
 */
export async function readFileBytes(path: string, maxBytes: number): Promise<FileBytes> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, problem: { kind: 'folder-not-bundle' } };
    if (!info.isFile()) return { ok: false, problem: { kind: 'not-regular' } };
    if (info.size > maxBytes) return { ok: false, problem: { kind: 'too-large', size: info.size, maxBytes } };
    return { ok: true, bytes: await readFile(path) };
  } catch (error) {
    return { ok: false, problem: fsProblem(error) };
  }
}
