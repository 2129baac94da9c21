import { createHash, webcrypto } from 'node:crypto';
import type { Sha256 } from '../shared/canonical/hash.ts';
import { createWebCryptoSignature } from '../shared/bundle/webcrypto-signature.ts';
import { LIMITS } from '../shared/limits.ts';
import type { CliDeps } from './main.ts';
import { readFileBytes } from './read-file-bytes.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

/** Node's SHA-256 (OpenSSL, with the CPU's SHA instructions): many times the pure default's speed on a coordinator's gigabyte of bundles. */
const nodeSha256: Sha256 = () => {
  const hash = createHash('sha256');
  return {
    update: (text) => {
      hash.update(text, 'utf8');
    },
    hex: () => hash.digest('hex'),
  };
};

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
    sha256: nodeSha256,
  };
}
