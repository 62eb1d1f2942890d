/**
 * Shared pieces of the hardening suites (`src/hardening/`): a watch on the page for uncaught
 * errors, rejected promises and `console.error`, and small readers of a widget's error state.
 * Kept out of the build by `scripts/tsconfig.build.json`.
 */
import {expect} from '@open-wc/testing';
import type {WidgetErrorEvent} from '../events/widget-error.js';

export const TAGS = [
  'attention-stepper',
  'sqrt-d-explorer',
  'causal-mask-view',
  'attention-quiz',
] as const;
export type Tag = (typeof TAGS)[number];

/** A widget as the suites see it: an element with a public `result`. */
export type Widget = HTMLElement & {result: unknown; updateComplete: Promise<boolean>};

/** What went wrong on the page while a watch was on. */
export interface PageWatch {
  uncaught: string[];
  consoleErrors: string[];
  stop(): void;
}

/**
 * Records uncaught errors, unhandled rejections and `console.error` calls until `stop()`.
 * `console.error` is wrapped, not silenced: the call still reaches the original.
 */
export function watchPage(): PageWatch {
  const uncaught: string[] = [];
  const consoleErrors: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(String(e.error?.stack ?? e.message));
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
  const original = console.error;
  console.error = (...args: unknown[]) => {
    consoleErrors.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    uncaught,
    consoleErrors,
    stop() {
      console.error = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Installs a page watch around every test of the calling suite and fails a test that tripped it. */
export function guardEachTest(): void {
  let watch: PageWatch | null = null;
  beforeEach(() => {
    watch = watchPage();
  });
  afterEach(function () {
    const w = watch!;
    w.stop();
    watch = null;
    if (this.currentTest?.state === 'failed') return;
    expect(w.uncaught, 'uncaught errors or rejections').to.deep.equal([]);
    expect(w.consoleErrors, 'console.error calls').to.deep.equal([]);
  });
}

/** Collects the `attention-widget-error` events an element fires. */
export function errorEvents(el: EventTarget): {widget: string; message: string}[] {
  const seen: {widget: string; message: string}[] = [];
  el.addEventListener('attention-widget-error', (e) =>
    seen.push({...(e as WidgetErrorEvent).detail}),
  );
  return seen;
}

/** The in-widget error (`[part=error][role=alert]`), or null. */
export const errorBox = (el: HTMLElement) =>
  el.shadowRoot!.querySelector<HTMLElement>('[part~="error"][role="alert"]');

/** A deep, comparable copy of `result` (−∞ and NaN survive as strings). */
export const snapshot = (value: unknown): string =>
  JSON.stringify(value, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));

/** Asserts the widget shows its error, fired exactly the events given, and names itself. */
export function expectRejected(
  el: HTMLElement,
  events: {widget: string; message: string}[],
  label: string,
): void {
  const box = errorBox(el);
  expect(box, `${label}: in-widget error shown`).not.to.equal(null);
  expect(box!.textContent!.trim(), `${label}: error has text`).not.to.equal('');
  expect(events.length, `${label}: attention-widget-error fired`).to.be.greaterThan(0);
  for (const e of events) {
    expect(e.widget, `${label}: event names the widget`).to.equal(el.localName);
    expect(e.message, `${label}: event has a message`).to.be.a('string').and.not.equal('');
  }
}

/** Asserts the widget accepted its input: no error shown, none fired, and it is not blank. */
export function expectAccepted(
  el: HTMLElement,
  events: {widget: string; message: string}[],
  label: string,
): void {
  expect(errorBox(el)?.textContent?.trim() ?? null, `${label}: no in-widget error`).to.equal(null);
  expect(events, `${label}: no attention-widget-error`).to.deep.equal([]);
  const base = el.shadowRoot!.querySelector('[part~="base"]');
  expect(base?.textContent?.trim(), `${label}: widget not blank`)
    .to.be.a('string')
    .and.not.equal('');
}

/** Lets the child-observer (a microtask) run, then waits for the update it asked for. */
export async function settle(el: Widget): Promise<void> {
  await null;
  await el.updateComplete;
}
