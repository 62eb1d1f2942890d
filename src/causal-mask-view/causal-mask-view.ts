import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {guard} from 'lit/directives/guard.js';
import {styleMap} from 'lit/directives/style-map.js';
import {afterNextPaint} from '../internal/after-paint.js';
import {AttentionElement} from '../internal/attention-element.js';
import {
  explainDot,
  explainScale,
  explainSoftmax,
  rowMax,
  softmaxTerms,
} from '../internal/explain.js';
import {formatNumber} from '../internal/format.js';
import {GridController, gridMove} from '../internal/grid-controller.js';
import {renderMatrix, type MatrixView} from '../internal/matrix.js';
import {mergeStrings} from '../internal/strings.js';
import {CausalMaskChangeEvent} from '../events/causal-mask-change.js';
import type {ShowTopic} from '../events/show-request.js';
import type {Matrix2D} from '../events/types.js';
import {paintMatrix, toRgb} from './draw.js';
import {InputError, MAX_TOKENS, buildModel, type MaskModel, type ModeView} from './model.js';
import {causalMaskViewStrings, type CausalMaskViewStrings} from './strings.js';
import {styles} from './causal-mask-view.styles.js';
import {numberAttribute} from '../internal/converters.js';

/** The three maps, left to right. */
export type MapKind = 'scores' | 'masked' | 'weights';
const MAPS: readonly MapKind[] = ['scores', 'masked', 'weights'];

/** Past this many tokens the maps are drawn compactly (no number in each cell). */
export const COMPACT_AFTER = 12;

/** The numbers the widget shows, unrounded. */
export interface CausalMaskResult {
  /** Q·Kᵀ / √d. */
  scores: Matrix2D;
  /** The scores going into softmax: upper triangle `-Infinity` when causal, equal to `scores` when not. */
  masked: Matrix2D;
  /** Softmax of each row of `masked`. */
  weights: Matrix2D;
}

interface CellRef {
  map: MapKind;
  row: number;
  col: number;
}

/**
 * `causal` is a boolean attribute that defaults to on, so the page must be able to say "off":
 * `causal="false"`, `"off"`, `"no"` or `"0"` (or removing the attribute) turn the mask off; any
 * other value, or the bare attribute, turns it on. It reflects as `causal` (on) or
 * `causal="false"` (off).
 */
const causalConverter = {
  fromAttribute: (value: string | null) =>
    value !== null && !/^(false|off|no|0)$/i.test(value.trim()),
  toAttribute: (value: boolean) => (value ? '' : 'false'),
};

const copy = (m: Matrix2D): Matrix2D => m.map((row) => row.slice());

/**
 * Shows what a decoder's causal mask does to attention: raw scores Q·Kᵀ/√d, the same scores with
 * every later token set to −∞, and the weights after softmax (each row summing to 1), with a
 * switch between decoder-only (masked) and bidirectional attention.
 *
 * Up to 12 tokens every cell shows its number (focus or hover it for the arithmetic); up to 128
 * tokens the maps are drawn as pictures (read any cell by hovering, or with the arrow keys on a
 * focused map, and open the full tables below each map).
 *
 * @summary Three heat-maps and a switch: how the causal mask hides later tokens.
 * @tagname causal-mask-view
 * @fires {CausalMaskChangeEvent} causal-mask-change - `{causal, weights}` when the reader flips the switch, `toggle()` is called or a "Show me" request turns the mask on; never for a `causal` set by the page.
 * @fires {WidgetErrorEvent} attention-widget-error - `{widget, message}` when an input is refused (the last good state stays).
 * @csspart base - The widget's root box.
 * @csspart switch - The decoder-only switch (a `role="switch"` button).
 * @csspart mode - The text explaining the current mode.
 * @csspart cost - The line counting the n² scores.
 * @csspart map - One of the three maps (a table, or a drawing past 12 tokens).
 * @csspart matrix - The figure holding a map's table.
 * @csspart cell - One number of a map.
 * @csspart row-sum - The sum of one row of weights (1.00).
 * @csspart readout - What the focused or hovered cell's row can see, and the cell's arithmetic.
 * @csspart error - The message shown for refused input.
 * @csspart status - The polite live region.
 * @cssprop [--attention-bg=#ffffff] - Widget background.
 * @cssprop [--attention-surface=#f5f6f8] - Cell and switch background.
 * @cssprop [--attention-fg=#1a1c21] - Text colour.
 * @cssprop [--attention-muted=#545b66] - Secondary text.
 * @cssprop [--attention-border=#c9ced6] - Borders.
 * @cssprop [--attention-accent=#1f5fbf] - The switch when on.
 * @cssprop [--attention-accent-fg=#ffffff] - Text on the accent colour.
 * @cssprop [--attention-highlight=#fff1b8] - The highlighted token.
 * @cssprop [--attention-focus=#1f5fbf] - Focus rings.
 * @cssprop [--attention-heat-low=#ffffff] - Heat-map colour of the smallest value.
 * @cssprop [--attention-heat-high=#6fa8ec] - Heat-map colour of the largest value.
 * @cssprop [--attention-heat-fg=#1a1c21] - Numbers on heat-map cells.
 * @cssprop [--attention-masked-bg=#e4e6ea] - Masked (hidden) cells.
 * @cssprop [--attention-masked-fg=#4a515c] - Numbers on masked cells.
 * @cssprop [--attention-danger=#a4262c] - Error accent.
 * @cssprop [--attention-danger-bg=#fdecec] - Error background.
 * @cssprop [--attention-cell-size=3.25rem] - Minimum width of a cell.
 * @cssprop [--attention-gap=1rem] - Spacing.
 * @cssprop [--attention-radius=0.5rem] - Corner radius.
 * @cssprop [--attention-font-family=system-ui, …] - Text font.
 * @cssprop [--attention-mono-font-family=ui-monospace, …] - Number font.
 * @cssprop [--attention-font-size=1rem] - Base font size.
 */
export class CausalMaskView extends AttentionElement {
  static override styles = styles;

  /** The tokens, separated by white space (1 to 128). */
  @property() tokens = 'The cat sat very still';

  /** Whether the causal (decoder-only) mask is on; default on. `causal="false"` or `"off"` turns it off. */
  @property({reflect: true, converter: causalConverter}) causal = true;

  /** Seed of the random Q and K (used for whichever of `q`, `k` is not given). */
  @property({type: Number, converter: numberAttribute(7)}) seed = 7;

  /** Columns of the random Q and K (1 to 64); ignored when `q` or `k` is given. */
  @property({type: Number, converter: numberAttribute(4), attribute: 'd-head'}) dHead = 4;

  /** Queries, one row per token (tokens × d); replaces the seeded Q. */
  @property({attribute: false}) q?: Matrix2D;

  /** Keys, one row per token (tokens × d, same d as `q`); replaces the seeded K. */
  @property({attribute: false}) k?: Matrix2D;

  /** Id of another element whose `tokens` attribute this widget follows (e.g. an `<attention-stepper>`). */
  @property({attribute: 'for'}) htmlFor?: string;

  /** Partial override of the visible strings (see `CausalMaskViewStrings`). */
  @property({attribute: false}) strings?: Partial<CausalMaskViewStrings>;

  /** The cell under the pointer or focus on a compact map. */
  @state() private canvasActive: CellRef | null = null;

  /** The compact maps whose full table is open. */
  @state() private openTables: ReadonlySet<MapKind> = new Set();

  /** Bumped when the colour scheme changes, so the compact maps repaint. */
  @state() private schemeVersion = 0;

  protected override readonly showTopics: readonly ShowTopic[] = ['causal-mask', 'quadratic-cost'];

  private readonly grid = new GridController(this);
  private text: CausalMaskViewStrings = causalMaskViewStrings;
  private model: MaskModel | null = null;
  private modelVersion = 0;
  private readonly painted = new WeakMap<HTMLCanvasElement, string>();
  private readonly cursors: Record<MapKind, {row: number; col: number}> = {
    scores: {row: 0, col: 0},
    masked: {row: 0, col: 0},
    weights: {row: 0, col: 0},
  };
  /**
   * Whether the number cells carry their arithmetic for screen readers. The first render leaves
   * it out (it is most of that render's layout work) and a task after the first paint adds it;
   * the readout shows a cell's arithmetic on focus or hover either way.
   */
  private cellArithmetic = false;
  private cancelArithmetic?: () => void;
  private followObserver?: MutationObserver;
  private spokenRow: number | null = null;
  private schemeQuery?: MediaQueryList;

  /** The numbers shown (unrounded, fresh arrays): `{scores, masked, weights}`. */
  get result(): CausalMaskResult {
    const m = this.model;
    if (!m) return {scores: [], masked: [], weights: []};
    const mode = this.mode(m);
    return {
      scores: copy(m.scaledRows),
      masked: copy(mode.maskedRows),
      weights: copy(mode.weightsRows),
    };
  }

  /** Flips the mask and fires `causal-mask-change`. */
  toggle(): void {
    this.setCausal(!this.causal);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.schemeQuery = window.matchMedia?.('(prefers-color-scheme: dark)');
    this.schemeQuery?.addEventListener('change', this.onSchemeChange);
    if (this.hasUpdated) this.follow();
    // Re-attached before the arithmetic was added: add it with the next update.
    if (this.hasUpdated && !this.cellArithmetic) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.schemeQuery?.removeEventListener('change', this.onSchemeChange);
    this.followObserver?.disconnect();
    this.followObserver = undefined;
    this.cancelArithmetic?.();
    this.cancelArithmetic = undefined;
  }

  protected override get jsonChildEnabled(): boolean {
    return true;
  }

  protected override get jsonErrorPrefix(): string {
    return this.text.errorJson;
  }

  /** A JSON child may hold `{"tokens": "…", "q": [[…]], "k": [[…]]}`. */
  protected override applyJsonChild(value: unknown): void {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      this.fail(this.text.errorJsonShape, 'json');
      return;
    }
    const data = value as {tokens?: unknown; q?: unknown; k?: unknown};
    const hasTokens = 'tokens' in data;
    if (
      (!hasTokens && !('q' in data) && !('k' in data)) ||
      (hasTokens && typeof data.tokens !== 'string' && !Array.isArray(data.tokens))
    ) {
      this.fail(this.text.errorJsonShape, 'json');
      return;
    }
    if (typeof data.tokens === 'string') this.tokens = data.tokens;
    if (Array.isArray(data.tokens)) this.tokens = data.tokens.map(String).join(' ');
    if ('q' in data) this.q = data.q as Matrix2D;
    if ('k' in data) this.k = data.k as Matrix2D;
  }

  protected override showTopic(topic: ShowTopic): boolean {
    if (topic === 'causal-mask') {
      this.setCausal(true);
      return true;
    }
    if (topic === 'quadratic-cost') {
      this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('.cost')?.focus({preventScroll: true}),
      );
      return true;
    }
    return false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('strings')) this.text = mergeStrings(causalMaskViewStrings, this.strings);
    // Following another element may set `tokens`: do it before the inputs are read.
    if (changed.has('htmlFor')) this.follow();
    const inputs = ['tokens', 'seed', 'dHead', 'q', 'k'] as const;
    if (!this.model || inputs.some((p) => changed.has(p))) this.rebuild();
    this.announceFocusedRow();
    if (this.hasUpdated) {
      this.cancelArithmetic?.();
      this.cancelArithmetic = undefined;
      this.cellArithmetic = true;
    }
  }

  protected override firstUpdated(): void {
    if (!this.cellArithmetic && this.isConnected)
      this.cancelArithmetic = afterNextPaint(() => {
        this.cancelArithmetic = undefined;
        this.requestUpdate();
      });
  }

  /** When keyboard focus moves to another row of a table, says what that row can see. */
  private announceFocusedRow(): void {
    const a = this.grid.active;
    const m = this.model;
    const focused = (this.renderRoot as ShadowRoot).activeElement?.closest?.('td[data-row]');
    const row = a && m && focused && a.row < m.n ? a.row : null;
    if (row !== null && row !== this.spokenRow)
      this.announce(this.text.canSee(m!.tokens[row], this.visible(m!, row)));
    this.spokenRow = row;
  }

  protected override updated(): void {
    this.paintCompact();
  }

  protected override render() {
    const m = this.model;
    return html`<section part="base" class="base" aria-label=${this.text.label}>
      ${this.renderError(this.text.errorTitle)} ${this.renderSwitch()}
      ${m ? this.renderBody(m) : nothing} ${this.renderStatus()}
    </section>`;
  }

  // ---- input -------------------------------------------------------------------------------

  private rebuild(): void {
    let model: MaskModel;
    try {
      model = buildModel(
        {tokens: this.tokens, seed: this.seed, dHead: this.dHead, q: this.q, k: this.k},
        this.text,
      );
    } catch (e) {
      this.fail(e instanceof InputError ? e.message : String((e as Error).message ?? e));
      return;
    }
    if (model.n !== this.model?.n) {
      this.grid.reset();
      this.canvasActive = null;
      for (const map of MAPS) this.cursors[map] = {row: 0, col: 0};
    }
    this.model = model;
    this.modelVersion++;
    this.clearError();
  }

  private mode(m: MaskModel): ModeView {
    return this.causal ? m.on : m.off;
  }

  private setCausal(value: boolean): void {
    if (value === this.causal) return;
    this.causal = value;
    this.announce(value ? this.text.announceOn : this.text.announceOff);
    const weights = this.model ? copy((value ? this.model.on : this.model.off).weightsRows) : [];
    this.dispatchEvent(new CausalMaskChangeEvent({causal: value, weights}));
  }

  /** Follows the `tokens` attribute of the element named by `for`. */
  private follow(): void {
    this.followObserver?.disconnect();
    this.followObserver = undefined;
    const id = this.htmlFor;
    if (!id) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = root.getElementById?.(id) ?? document.getElementById(id);
    if (!target) {
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', () => this.follow(), {once: true});
      }
      return;
    }
    const read = () => {
      const value = target.getAttribute('tokens');
      if (value !== null && value !== this.tokens) this.tokens = value;
    };
    read();
    this.followObserver = new MutationObserver(read);
    this.followObserver.observe(target, {attributes: true, attributeFilter: ['tokens']});
  }

  // ---- pointing ------------------------------------------------------------------------------

  /** The cell being focused or hovered, in any map. */
  private get active(): CellRef | null {
    const a = this.grid.active;
    if (a) return {map: a.matrix.replace('all-', '') as MapKind, row: a.row, col: a.col};
    return this.canvasActive;
  }

  private visible(m: MaskModel, row: number): string[] {
    return this.causal ? m.tokens.slice(0, row + 1) : m.tokens;
  }

  private captionOf(map: MapKind): string {
    const s = this.text;
    if (map === 'scores') return s.scoresCaption;
    if (map === 'weights') return s.weightsCaption;
    return this.causal ? s.maskedCaption : s.unmaskedCaption;
  }

  private noteOf(map: MapKind): string {
    const s = this.text;
    if (map === 'scores') return s.scoresNote;
    if (map === 'weights') return this.causal ? s.weightsNote : s.weightsNoteOff;
    return this.causal ? s.maskedNote : s.unmaskedNote;
  }

  private valuesOf(m: MaskModel, map: MapKind): number[][] {
    if (map === 'scores') return m.scaledRows;
    return map === 'masked' ? this.mode(m).maskedRows : this.mode(m).weightsRows;
  }

  /** The arithmetic behind cell (i, j) of `map`. */
  private explain(m: MaskModel, map: MapKind, i: number, j: number): string {
    const p = this.digits;
    if (map === 'scores') {
      return this.text.describeScore(
        explainDot(m.q[i], m.k[j], m.raw[i][j], p),
        explainScale(m.raw[i][j], m.d, m.scaledRows[i][j], p),
      );
    }
    const mode = this.mode(m);
    if (map === 'masked')
      return this.causal && j > i ? this.text.describeHidden : this.text.describeVisible;
    const row = mode.maskedRows[i];
    const w = mode.weightsRows[i][j];
    if (m.n <= COMPACT_AFTER) return explainSoftmax(row, j, w, p);
    // Too many terms to read: name the sum instead of writing it out.
    const shown = Math.max(p, 2);
    const max = rowMax(row);
    const {visible, term, sum} = softmaxTerms(row, j, max);
    return this.text.describeSoftmaxShort(
      formatNumber(row[j], shown),
      formatNumber(max, shown),
      visible,
      formatNumber(term, shown),
      formatNumber(sum, shown),
      formatNumber(w, p),
    );
  }

  /** Is cell (i, j) hidden from its row by the mask? */
  private isFuture(i: number, j: number): boolean {
    return this.causal && j > i;
  }

  private readonly onSwitch = (): void => this.toggle();

  private readonly onSchemeChange = (): void => {
    this.schemeVersion++;
  };

  // ---- rendering -------------------------------------------------------------------------------

  private renderSwitch(): TemplateResult {
    const s = this.text;
    return html`<div class="controls">
      <button
        part="switch"
        class="switch"
        role="switch"
        aria-checked=${this.causal ? 'true' : 'false'}
        @click=${this.onSwitch}
      >
        <span class="track" aria-hidden="true"><span class="thumb"></span></span>
        <span class="switch-label">${s.switchLabel}</span>
        <span class="state" aria-hidden="true">${this.causal ? s.switchOn : s.switchOff}</span>
      </button>
      <p class="mode" part="mode">${this.causal ? s.modeOn : s.modeOff}</p>
    </div>`;
  }

  private renderBody(m: MaskModel): TemplateResult {
    const compact = m.n > COMPACT_AFTER;
    return html`${this.renderCost(m)}
      ${compact ? html`<p class="compact-note">${this.text.compactNote}</p>` : nothing}
      <div class="maps ${compact ? 'compact' : ''}">
        ${MAPS.map((map) => (compact ? this.renderCompactMap(m, map) : this.renderTableMap(m, map)))}
      </div>
      ${this.renderReadout(m)}`;
  }

  private renderCost(m: MaskModel): TemplateResult {
    return html`<p class="cost" part="cost" tabindex="-1">
      <strong class="num">${this.text.cost(m.n * m.n, m.n)}</strong>
      <span class="cost-note">${this.text.costNote}</span>
    </p>`;
  }

  private matrixView(m: MaskModel, map: MapKind, id: string, full: boolean): MatrixView {
    const mode = this.mode(m);
    const active = this.active;
    const row = full ? undefined : active?.row;
    const view: MatrixView = {
      id,
      caption: this.captionOf(map),
      note: this.noteOf(map),
      corner: this.text.corner,
      rowHeaders: m.tokens,
      colHeaders: m.tokens,
      values: this.valuesOf(m, map),
      precision: this.digits,
      heat: map === 'weights' ? mode.weightRange : m.scoreRange,
      highlightRow: row,
    };
    if (!full && this.cellArithmetic) view.describe = (i, j) => this.explain(m, map, i, j);
    if (map === 'weights') {
      view.dimmed = (i, j) => this.isFuture(i, j);
      view.trailing = {
        header: this.text.rowSumHeader,
        cells: mode.rowSums.map((x) => formatNumber(x, this.digits)),
        part: 'row-sum',
      };
    } else if (map === 'scores' && row !== undefined) {
      view.dimmed = (i, j) => i === row && this.isFuture(i, j);
    }
    return view;
  }

  private renderTableMap(m: MaskModel, map: MapKind): TemplateResult {
    return html`<div part="map" class="map" data-map=${map}>
      ${renderMatrix(this.matrixView(m, map, map, false), this.grid)}
    </div>`;
  }

  private renderCompactMap(m: MaskModel, map: MapKind): TemplateResult {
    const s = this.text;
    const caption = this.captionOf(map);
    const open = this.openTables.has(map);
    return html`<div part="map" class="map" data-map=${map}>
      <div class="map-caption">
        <span class="caption">${caption}</span><span class="note">${this.noteOf(map)}</span>
      </div>
      <div class="plot">
        <canvas
          data-map=${map}
          tabindex="0"
          role="application"
          aria-roledescription=${s.mapRole}
          aria-label=${s.mapLabel(caption, m.n)}
          aria-describedby="readout"
          @keydown=${this.onCanvasKey}
          @focus=${this.onCanvasFocus}
          @blur=${this.onCanvasBlur}
          @pointermove=${this.onCanvasPointer}
          @pointerleave=${this.onCanvasLeave}
        ></canvas>
        ${this.causal && map !== 'scores' ? html`<div class="hatch" aria-hidden="true"></div>` : nothing}
        ${this.renderOverlay(m, map)}
      </div>
      <details data-map=${map} ?open=${open} @toggle=${this.onDetailsToggle}>
        <summary>${s.allNumbers(caption)}</summary>
        ${
          open
            ? guard([m, this.causal, this.digits, this.text], () =>
                renderMatrix(this.matrixView(m, map, `all-${map}`, true), this.grid),
              )
            : nothing
        }
      </details>
    </div>`;
  }

  /** The pointed row's visible span and the pointed cell, drawn over a compact map. */
  private renderOverlay(m: MaskModel, map: MapKind) {
    const a = this.active;
    if (!a) return nothing;
    const n = m.n;
    const pct = (x: number) => `${(x / n) * 100}%`;
    const span = this.causal ? a.row + 1 : n;
    return html`<div
        class="band"
        aria-hidden="true"
        style=${styleMap({top: pct(a.row), height: pct(1), left: '0', width: pct(span)})}
      ></div>
      ${
        a.map === map
          ? html`<div
              class="cursor"
              aria-hidden="true"
              style=${styleMap({top: pct(a.row), height: pct(1), left: pct(a.col), width: pct(1)})}
            ></div>`
          : nothing
      }`;
  }

  private renderReadout(m: MaskModel): TemplateResult {
    const a = this.active;
    const s = this.text;
    if (!a || a.row >= m.n || a.col >= m.n) {
      return html`<p class="readout" part="readout" id="readout">${s.hint}</p>`;
    }
    return html`<p class="readout" part="readout" id="readout">
      <strong>${s.canSee(m.tokens[a.row], this.visible(m, a.row))}</strong>
      <span class="arith num">${this.cellText(m, a)}</span>
    </p>`;
  }

  private cellText(m: MaskModel, a: CellRef): string {
    const value = this.valuesOf(m, a.map)[a.row][a.col];
    return `${this.text.cell(this.captionOf(a.map), m.tokens[a.row], m.tokens[a.col], formatNumber(value, this.digits))} — ${this.explain(m, a.map, a.row, a.col)}`;
  }

  // ---- compact maps ------------------------------------------------------------------------

  private paintCompact(): void {
    const m = this.model;
    if (!m || m.n <= COMPACT_AFTER) return;
    const canvases = this.renderRoot.querySelectorAll<HTMLCanvasElement>('canvas[data-map]');
    if (!canvases.length) return;
    const dark = this.theme === 'dark' || (this.theme !== 'light' && !!this.schemeQuery?.matches);
    const key = `${this.modelVersion}|${this.causal}|${dark}|${this.schemeVersion}`;
    let style: CSSStyleDeclaration | null = null;
    for (const canvas of canvases) {
      if (this.painted.get(canvas) === key) continue;
      style ??= getComputedStyle(this);
      const palette = {
        low: toRgb(style.getPropertyValue('--_heat-low')),
        high: toRgb(style.getPropertyValue('--_heat-high')),
        masked: toRgb(style.getPropertyValue('--_masked-bg')),
      };
      const map = canvas.dataset.map as MapKind;
      const mode = this.mode(m);
      if (map === 'scores') paintMatrix(canvas, m.scaled, m.scoreRange, palette, () => false);
      else if (map === 'masked')
        paintMatrix(canvas, mode.masked, m.scoreRange, palette, () => false);
      else
        paintMatrix(canvas, mode.weights, mode.compactRange, palette, (i, j) =>
          this.isFuture(i, j),
        );
      this.painted.set(canvas, key);
    }
  }

  private readonly onCanvasPointer = (event: PointerEvent): void => {
    const canvas = event.currentTarget as HTMLCanvasElement;
    const n = this.model?.n ?? 0;
    const rect = canvas.getBoundingClientRect();
    if (!n || !rect.width || !rect.height) return;
    const col = Math.min(
      n - 1,
      Math.max(0, Math.floor(((event.clientX - rect.left) / rect.width) * n)),
    );
    const row = Math.min(
      n - 1,
      Math.max(0, Math.floor(((event.clientY - rect.top) / rect.height) * n)),
    );
    this.setCanvasActive({map: canvas.dataset.map as MapKind, row, col});
  };

  private readonly onCanvasLeave = (): void => {
    const focused = this.renderRoot.querySelector<HTMLCanvasElement>('canvas:focus');
    const map = focused?.dataset.map as MapKind | undefined;
    this.setCanvasActive(map ? {map, ...this.cursors[map]} : null);
  };

  private readonly onCanvasFocus = (event: FocusEvent): void => {
    const map = (event.currentTarget as HTMLCanvasElement).dataset.map as MapKind;
    this.setCanvasActive({map, ...this.cursors[map]});
  };

  private readonly onCanvasBlur = (): void => {
    this.setCanvasActive(null);
  };

  private readonly onCanvasKey = (event: KeyboardEvent): void => {
    const m = this.model;
    if (!m) return;
    const map = (event.currentTarget as HTMLCanvasElement).dataset.map as MapKind;
    const to = gridMove(event, this.cursors[map], m.n, m.n);
    if (!to) return;
    const {row, col} = to;
    event.preventDefault();
    this.cursors[map] = {row, col};
    const ref = {map, row, col};
    this.setCanvasActive(ref);
    this.announce(
      `${this.text.canSee(m.tokens[row], this.visible(m, row))}. ${this.cellText(m, ref)}`,
    );
  };

  private setCanvasActive(ref: CellRef | null): void {
    const a = this.canvasActive;
    if (a === ref || (a && ref && a.map === ref.map && a.row === ref.row && a.col === ref.col))
      return;
    this.canvasActive = ref;
  }

  private readonly onDetailsToggle = (event: Event): void => {
    const details = event.currentTarget as HTMLDetailsElement;
    const map = details.dataset.map as MapKind;
    if (details.open === this.openTables.has(map)) return;
    const next = new Set(this.openTables);
    if (details.open) next.add(map);
    else next.delete(map);
    this.openTables = next;
  };
}

export {MAX_TOKENS};
