/**
 * Resolves once the frame being prepared has been painted (a frame, then a task): for work that
 * must not delay what is about to appear on screen.
 */
export const afterNextPaint = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => window.setTimeout(resolve, 0)));
