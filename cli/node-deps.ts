import { webcrypto } from 'node:crypto';
import { availableParallelism, homedir } from 'node:os';
import { join } from 'node:path';
import { createWebCryptoSignature } from '../shared/bundle/webcrypto-signature.ts';
import { LIMITS } from '../shared/limits.ts';
import { poolReader } from './decode-pool.ts';
import type { CliDeps } from './main.ts';
import { nodeSha256 } from './node-sha256.ts';
import { forEachBundleFile } from './read-bundle-files.ts';
import { readFileBytes } from './read-file-bytes.ts';
import { readKeyRingFile } from './read-key-ring.ts';
import { terminalOutput } from './terminal-output.ts';
import { writeFileAtomic } from './write-file-atomic.ts';
import { writeFilesAtomic } from './write-files-atomic.ts';

/** Below this many files, starting decoding threads costs more than it saves. */
const POOL_FROM = 8;

/** The real machine: standard streams, the file system, the system clock and its cores. */
/** Where a coordinator's trusted keys live between runs, beside other programs' settings (XDG). */
function defaultKeyRingPath(): string {
  const config = process.env.XDG_CONFIG_HOME;
  return join(config === undefined || config === '' ? join(homedir(), '.config') : config, 'regiobeeld', 'keys.json');
}

export function nodeDeps(): CliDeps {
  const threads = availableParallelism();
  const deps: CliDeps = {
    output: terminalOutput({ out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) }),
    readBytes: (path) => readFileBytes(path, LIMITS.bundleBytes),
    writeText: writeFileAtomic,
    writeFiles: (files) => writeFilesAtomic(files),
    now: () => Date.now(),
    signatures: createWebCryptoSignature(webcrypto.subtle as SubtleCrypto),
    sha256: nodeSha256,
    readKeyRing: readKeyRingFile,
    writeKeyRing: writeFileAtomic,
    defaultKeyRing: defaultKeyRingPath(),
    locale: process.env,
    readBundles: (run) => (files, visit) =>
      threads > 1 && files.length >= POOL_FROM ? poolReader(threads, { ...run, output: deps.output })(files, visit) : forEachBundleFile(files, run, visit),
  };
  return deps;
}
