import { captureFrame } from '../page/capture-frame.ts';

// capture.js for the sub frames, injected into every frame at once: the top frame answers nothing
// here, because capture.js reads it on its own, and reading a large page twice would slow the clip.
export default defineUnlistedScript(() => (window === window.top ? null : captureFrame(document, location.href, window.getSelection())));
