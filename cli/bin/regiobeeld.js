#!/usr/bin/env node
// The command line is TypeScript run through tsx, so it works straight after `npm ci`, without a
// build step. No tsconfig is read: the CLI needs none, and a stray one in the caller's folder must
// not change how it runs.
import { register } from 'tsx/esm/api';

register({ tsconfig: false });
// Output piped into `head` and the like may close early: the command still finishes its work
// (a merge still writes its file); only the lines nobody reads are dropped.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}
const { main } = await import('../main.ts');
const { nodeDeps } = await import('../node-deps.ts');
process.exitCode = await main(process.argv.slice(2), nodeDeps());
