import {LitElement, html, nothing} from 'lit';
import {property, state} from 'lit/decorators.js';
import {WidgetErrorEvent} from '../events/widget-error.js';
import {ShowRequestEvent, type ShowTopic} from '../events/show-request.js';
import {clampPrecision} from './format.js';
import {numberAttribute} from './converters.js';

/**
 * What every widget shares: `theme` and `precision`, the in-widget error (`part="error"`,
 * `role="alert"`, plus `attention-widget-error`), one polite live region, reading a
 * `<script type="application/json">` child, and answering "Show me" requests from the page.
 */
export abstract class AttentionElement extends LitElement {
  /** `light` or `dark`; unset follows the reader's `prefers-color-scheme`. */
  @property({reflect: true}) theme?: 'light' | 'dark';

  /** Decimals shown for every number (0 to 8). */
  @property({type: Number, converter: numberAttribute(2)}) precision = 2;

  /** The message of the last rejected input, shown inside the widget until good input follows. */
  @state() protected errorMessage: string | null = null;

  /** Standing rejections by input, oldest first: a good value clears only its own input's. */
  private readonly rejected = new Map<string, string>();

  /** Text for the polite live region. */
  @state() private announcement = '';

  /** The topics of `attention-show-request` this widget answers. */
  protected readonly showTopics: readonly ShowTopic[] = [];

  private childObserver?: MutationObserver;
  private lastJsonText: string | null = null;

  /** `precision`, clamped to what can be shown. */
  protected get digits(): number {
    return clampPrecision(this.precision);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.showTopics.length)
      document.addEventListener(ShowRequestEvent.eventName, this.onShowRequest);
    if (this.jsonChildEnabled) {
      this.childObserver = new MutationObserver(() => this.readJsonChild());
      this.childObserver.observe(this, {childList: true, subtree: true, characterData: true});
      this.readJsonChild();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(ShowRequestEvent.eventName, this.onShowRequest);
    this.childObserver?.disconnect();
    this.childObserver = undefined;
  }

  /** Widgets that accept a JSON child return true and implement `applyJsonChild`. */
  protected get jsonChildEnabled(): boolean {
    return false;
  }

  /** Called with the parsed JSON child (only when its text changed). */
  protected applyJsonChild(_value: unknown): void {}

  /** Shown before a JSON child's parse error: "The JSON data could not be read". */
  protected abstract get jsonErrorPrefix(): string;

  private readJsonChild(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent ?? null;
    if (text === this.lastJsonText) return;
    this.lastJsonText = text;
    if (text === null || !text.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      this.fail(`${this.jsonErrorPrefix}: ${(e as Error).message}`, 'json');
      return;
    }
    // The child parses: its earlier error goes, and applyJsonChild may report a new one as 'json'.
    this.clearError('json');
    this.applyJsonChild(value);
  }

  /**
   * Rejects an input: shows `message` in the widget (the last good state stays on screen) and
   * fires `attention-widget-error`. Never throws. `input` names what was rejected (an attribute,
   * `json` for the JSON child, or any key the widget chooses) so that only a good value of the
   * same input clears it.
   */
  protected fail(message: string, input = 'input'): void {
    this.rejected.delete(input);
    this.rejected.set(input, message);
    this.errorMessage = message;
    this.dispatchEvent(new WidgetErrorEvent({widget: this.localName, message}));
  }

  /**
   * A good value of `input` was accepted: its error goes, and the widget shows the most recent
   * error still standing, if any. Without `input`, every error goes.
   */
  protected clearError(input?: string): void {
    if (input === undefined) this.rejected.clear();
    else if (!this.rejected.delete(input)) return;
    this.errorMessage = [...this.rejected.values()].pop() ?? null;
  }

  /** Says `text` through the live region (repeating the same text still announces it). */
  protected announce(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  protected renderError(title: string) {
    return this.errorMessage === null
      ? nothing
      : html`<div part="error" class="error" role="alert">
          <strong>${title}</strong><span>${this.errorMessage}</span>
        </div>`;
  }

  protected renderStatus() {
    return html`<div part="status" role="status" aria-live="polite" class="visually-hidden">
      ${this.announcement}
    </div>`;
  }

  /** Moves to the state that shows `topic`; returns false if it cannot. */
  protected showTopic(_topic: ShowTopic): boolean {
    return false;
  }

  private readonly onShowRequest = (event: ShowRequestEvent): void => {
    const detail = event.detail;
    if (detail.handledBy || !this.showTopics.includes(detail.topic)) return;
    if (!this.showTopic(detail.topic)) return;
    detail.handledBy = this.localName;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    this.scrollIntoView?.({behavior: reduce ? 'auto' : 'smooth', block: 'start'});
  };
}
