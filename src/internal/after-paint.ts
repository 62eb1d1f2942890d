/**
 * Runs `task` once, in a task after the next frame has been painted, so work that can wait
 * (a chart's statistics, text only assistive technology reads) stays out of the first frame.
 * Where frames do not run (a hidden tab) it runs after `fallbackMs` instead. Returns a function
 * that cancels it.
 */
export function afterNextPaint(task: () => void, fallbackMs = 100): () => void {
  let frame: number | undefined;
  let inner: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const run = () => {
    if (done) return;
    cancel();
    task();
  };
  const cancel = () => {
    done = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(inner);
    clearTimeout(fallback);
  };
  if (typeof requestAnimationFrame === 'function') {
    frame = requestAnimationFrame(() => (inner = setTimeout(run)));
  }
  const fallback = setTimeout(run, fallbackMs);
  return cancel;
}
