/**
 * Resolves once the browser has painted what was just rendered (the next frame, then a task after
 * it), so a progress message shows before long synchronous work occupies the page.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
