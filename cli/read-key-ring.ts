import { readFile, stat } from 'node:fs/promises';
import { type FileProblem, fsErrorCode, fsProblem } from './fs-error.ts';

/** A ring's text, null when there is no ring yet (the first run starts one), or why it cannot be read. */
export type KeyRingText = { readonly ok: true; readonly text: string | null } | { readonly ok: false; readonly problem: FileProblem };
export type ReadKeyRing = (path: string) => Promise<KeyRingText>;

/** A ring holds one key of some 400 bytes per partner: this is room for tens of thousands. */
const RING_BYTES = 16 * 1024 * 1024;

export async function readKeyRingFile(path: string): Promise<KeyRingText> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, problem: { kind: 'not-regular' } };
    if (info.size > RING_BYTES) return { ok: false, problem: { kind: 'too-large', size: info.size, maxBytes: RING_BYTES } };
    return { ok: true, text: await readFile(path, 'utf8') };
  } catch (error) {
    if (fsErrorCode(error) === 'ENOENT') return { ok: true, text: null };
    return { ok: false, problem: fsProblem(error) };
  }
}
