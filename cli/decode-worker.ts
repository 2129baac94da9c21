import { webcrypto } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import type { KnownRecords } from '../shared/bundle/decode.ts';
import { createWebCryptoSignature } from '../shared/bundle/webcrypto-signature.ts';
import { LIMITS } from '../shared/limits.ts';
import { MESSAGES } from './messages/index.ts';
import { nodeSha256 } from './node-sha256.ts';
import { readBundleFile } from './read-bundle-files.ts';
import { readFileBytes } from './read-file-bytes.ts';
import type { DecodeRequest, DecodeResult } from './decode-pool.ts';

/**
 * One thread of the decoding pool: reads, checks and decodes the files it is sent with the same
 * code as the one-thread reader, and sends back only what the merge needs. A record version this
 * thread already sent is not sent again (the merge would keep it once), so the records cross to the
 * main thread about once per thread instead of once per bundle. It is sent again with a file
 * earlier in the run than the one it went with (a thread that took over another's files may read
 * them backwards), so the first file that holds a version always hands it over: what the merge
 * names a version's file by, the same however the files were shared out.
 */
const port = parentPort;
if (port === null) throw new Error('decode-worker.ts runs only as a worker thread');
const known: KnownRecords = new Map();
const sent = new Map<string, Array<{ text: string; index: number }>>();
const deps = {
  readBytes: (path: string) => readFileBytes(path, LIMITS.bundleBytes),
  signatures: createWebCryptoSignature(webcrypto.subtle as SubtleCrypto),
  sha256: nodeSha256,
};

port.on('message', (request: DecodeRequest) => {
  void readBundleFile(request.file, { ...deps, now: () => request.now, texts: MESSAGES[request.language] }, known).then((result) => {
    if (!result.ok) {
      port.postMessage({ index: request.index, result } satisfies DecodeResult);
      return;
    }
    const texts: string[] = [];
    for (let i = 0; i < result.records.length; i += 1) {
      const record = result.records[i];
      const text = result.canonical[i];
      if (record === undefined || text === undefined) continue;
      const versions = sent.get(record.id);
      // Texts of one validated version are one string object, so this is mostly a pointer check.
      const earlier = versions?.find((version) => version.text === text);
      if (earlier !== undefined && earlier.index < request.index) continue;
      if (earlier !== undefined) earlier.index = request.index;
      else if (versions === undefined) sent.set(record.id, [{ text, index: request.index }]);
      else versions.push({ text, index: request.index });
      texts.push(text);
    }
    const { file, header, recordCount, signature } = result;
    port.postMessage({ index: request.index, result: { file, ok: true, header, recordCount, signature, texts } } satisfies DecodeResult);
  });
});
