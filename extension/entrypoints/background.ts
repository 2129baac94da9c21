import '../zod-jitless.ts';
import { startBackground } from '../background/start-background.ts';

export default defineBackground(() => startBackground());
