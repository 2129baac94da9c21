import { webcrypto } from 'node:crypto';
import type { CliDeps } from '../../../../cli/main.ts';
import { type Messages, MESSAGES } from '../../../../cli/messages/index.ts';
import { createWebCryptoSignature } from '../../../../shared/bundle/webcrypto-signature.ts';
import type { ReportLanguage } from '../../../../shared/report/texts.ts';

/** "Now" for in-process runs: after every time in the examples, before any real use of them. */
export const NOW = Date.parse('2026-11-22T12:00:00.000Z');

/** Where the in-memory machine keeps its coordinator's key ring. */
export const KEY_RING = 'config/regiobeeld/keys.json';

/** What a locale says for each language: no locale at all for Dutch, the default. */
export const LOCALE_OF: Readonly<Record<ReportLanguage, CliDeps['locale']>> = { nl: {}, en: { LANG: 'en_GB.UTF-8' } };

export interface MemoryRun {
  /** The machine for `main`, and the messages of its language for a command called on its own. */
  readonly deps: CliDeps & { readonly texts: Messages };
  readonly out: string[];
  readonly err: string[];
  /** What the command wrote, by path. */
  readonly written: Map<string, string>;
  /** The key rings it wrote, by path. */
  readonly rings: Map<string, string>;
}

/**
 * The CLI's machine in memory: files by path, printed lines, written files. Its locale asks for
 * `language`, so every run states the language its lines are checked in.
 */
export function memoryDeps(files: ReadonlyMap<string, string | Uint8Array>, language: ReportLanguage): MemoryRun {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  const rings = new Map<string, string>();
  const deps: MemoryRun['deps'] = {
    locale: LOCALE_OF[language],
    texts: MESSAGES[language],
    output: { out: (line) => out.push(line), err: (line) => err.push(line) },
    readBytes: (path) => {
      const content = files.get(path);
      if (content === undefined) return Promise.resolve({ ok: false, problem: { kind: 'no-such-file' } });
      return Promise.resolve({ ok: true, bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content });
    },
    writeText: (path, text) => {
      written.set(path, text);
      return Promise.resolve({ ok: true });
    },
    writeFiles: (set) => {
      for (const { path, text } of set) written.set(path, text);
      return Promise.resolve({ ok: true });
    },
    // A ring written by a run is read by the next run of this machine; one among the files is read too.
    readKeyRing: (path) => {
      const content = rings.get(path) ?? files.get(path);
      return Promise.resolve({ ok: true, text: content === undefined ? null : typeof content === 'string' ? content : new TextDecoder().decode(content) });
    },
    writeKeyRing: (path, text) => {
      rings.set(path, text);
      return Promise.resolve({ ok: true });
    },
    defaultKeyRing: KEY_RING,
    now: () => NOW,
    signatures: createWebCryptoSignature(webcrypto.subtle as SubtleCrypto),
  };
  return { deps, out, err, written, rings };
}
