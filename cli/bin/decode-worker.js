// A decoding thread: it needs tsx registered itself, as the main thread's hooks do not reach it.
import { register } from 'tsx/esm/api';

register({ tsconfig: false });
await import('../decode-worker.ts');
