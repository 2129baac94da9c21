import { captureFrame } from '../page/capture-frame.ts';

// Injected into the active tab with scripting.executeScript under activeTab; its return value is
// the injection's result, which the background validates before using.
export default defineUnlistedScript(() => captureFrame(document, location.href, window.getSelection()));
