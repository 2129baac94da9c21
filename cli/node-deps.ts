import { webcrypto } from 'node:crypto';
import { createWebCryptoSignature } from '../shared/bundle/webcrypto-signature.ts';
import { LIMITS } from '../shared/limits.ts';
import type { CliDeps } from './main.ts';
import { readFileBytes } from './read-file-bytes.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

/** The real machine: standard streams, the file system and the system clock. */
export function nodeDeps(): CliDeps {
  return {
    output: {
      out: (line) => process.stdout.write(`${line}\n`),
      err: (line) => process.stderr.write(`${line}\n`),
    },
    readBytes: (path) => readFileBytes(path, LIMITS.bundleBytes),
    writeText: writeFileAtomic,
    now: () => Date.now(),
    signatures: createWebCryptoSignature(webcrypto.subtle as SubtleCrypto),
  };
}
