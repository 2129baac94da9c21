// A decoding thread that stops part way, for the pool's tests: the real thread, stopped right after
// it has sent `workerData.stopAfter` answers (at once for 0), by `process.exit(7)` or by an uncaught
// throw as `workerData.how` says, the way a crash or running out of memory stops it. Counting its
// answers rather than the requests makes the place where it stops the same in every run.
import { parentPort, workerData } from 'node:worker_threads';

function stop() {
  if (workerData.how === 'exit') process.exit(7);
  throw new Error('stopped on purpose');
}

if (workerData.stopAfter === 0) stop();
let answers = 0;
const post = parentPort.postMessage.bind(parentPort);
parentPort.postMessage = (message) => {
  post(message);
  answers += 1;
  if (answers === workerData.stopAfter) stop();
};
await import('../../../../cli/bin/decode-worker.js');
