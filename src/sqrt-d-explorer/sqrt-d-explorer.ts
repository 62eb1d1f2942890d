import {html, nothing, svg, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {styleMap} from 'lit/directives/style-map.js';
import {SqrtDChangeEvent} from '../events/sqrt-d-change.js';
import type {ShowTopic} from '../events/show-request.js';
import type {SoftmaxSummary} from '../events/types.js';
import {afterNextPaint} from '../internal/after-paint.js';
import {AttentionElement} from '../internal/attention-element.js';
import {baseStyles} from '../internal/base-styles.js';
import {formatNumber} from '../internal/format.js';
import {mergeStrings} from '../internal/strings.js';
import {Matrix, entropyBits, matmul, scale, softmaxRows, transpose} from '../tensor/index.js';
import {DRAWS, PerDCache, drawVectors, meanMaxProb, type DrawStats} from './stats.js';
import {sqrtDExplorerStyles} from './sqrt-d-explorer.styles.js';
import {sqrtDExplorerStrings, type SqrtDExplorerStrings} from './strings.js';
import {numberAttribute} from '../internal/converters.js';

/** The largest d the widget accepts. */
export const MAX_D = 16384;
/** The fewest and most keys the widget accepts. */
export const MIN_KEYS = 2;
export const MAX_KEYS = 64;

/** What `result` returns: the d in use and both softmax summaries, unrounded. */
export interface SqrtDResult {
  d: number;
  scaled: SoftmaxSummary;
  unscaled: SoftmaxSummary;
}

/** How a softmax row reads: near one-hot, dominated by one key, or spread out. */
export type Verdict = 'saturated' | 'peaked' | 'spread';

/**
 * The verdict follows from the numbers, not from d: a max probability of 0.9 or more (or under
 * half a bit of entropy) is saturated; 0.6 or more is peaked; anything else is spread out.
 */
export function verdictOf(summary: Pick<SoftmaxSummary, 'maxProb' | 'entropy'>): Verdict {
  if (summary.maxProb >= 0.9 || summary.entropy < 0.5) return 'saturated';
  if (summary.maxProb >= 0.6) return 'peaked';
  return 'spread';
}

interface Config {
  d: number;
  choices: number[];
  keys: number;
  seed: number;
  query?: number[];
  keysMatrix?: number[][];
}

interface View {
  d: number;
  keys: number;
  seed: number;
  custom: boolean;
  query: Float64Array;
  /** The keys, row-major: key j is `keysMatrix[j·d … j·d + d)`. */
  keysMatrix: Float64Array;
  unscaled: SoftmaxSummary;
  scaled: SoftmaxSummary;
  /** The d values the picker offers: `choices`, plus the current d when it is not among them. */
  picker: number[];
}

/** The chart's statistics, computed after the first paint; see `chartReady`. */
/** Maps a value (d, or a probability) to an svg coordinate of the chart. */
type Scale = (value: number) => number;

interface ChartJob {
  done: Promise<void>;
  resolve: () => void;
  /** Cancels the next scheduled slice. */
  cancel?: () => void;
}

/** How long one slice of the deferred chart computation may hold the main thread. */
const CHART_SLICE_MS = 6;

const isWhole = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n);
const isFiniteArray = (v: unknown): v is number[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isFinite(x));

/** Parses `choices`: whole numbers from 1 to 16384, separated by spaces or commas. */
export function parseChoices(text: string): number[] | null {
  const parts = String(text)
    .split(/[\s,]+/)
    .filter(Boolean);
  const values = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : NaN));
  if (values.some((v) => !(v >= 1 && v <= MAX_D))) return null;
  const unique = [...new Set(values)].sort((a, b) => a - b);
  return unique.length >= 2 ? unique : null;
}

function summarize(scores: Matrix): SoftmaxSummary {
  const probs = softmaxRows(scores).row(0);
  let maxProb = 0;
  for (const p of probs) if (p > maxProb) maxProb = p;
  return {
    scores: Array.from(scores.row(0)),
    probs: Array.from(probs),
    maxProb,
    entropy: entropyBits(probs),
  };
}

const copySummary = (s: SoftmaxSummary): SoftmaxSummary => ({
  scores: [...s.scores],
  probs: [...s.probs],
  maxProb: s.maxProb,
  entropy: s.entropy,
});

const DEFAULT_CONFIG: Config = {d: 16, choices: [4, 16, 64, 256, 1024, 4096], keys: 8, seed: 5};

/** Chart geometry, in viewBox units. */
const CHART = {width: 340, height: 220, left: 50, right: 16, top: 24, bottom: 44};

/**
 * Lets a learner feel why attention divides by √d: one query against a handful of keys, their
 * softmax with and without the division, side by side, and how the two behave over many draws
 * as d grows.
 *
 * @summary softmax(q·Kᵀ) against softmax(q·Kᵀ/√d) as d grows: saturation made visible.
 * @tagname sqrt-d-explorer
 *
 * @fires {SqrtDChangeEvent} sqrt-d-change - `{d, scaled, unscaled}` when the learner picks a d, on `resample()`
 *   and on a "Show me" request; never when the page sets a property.
 * @fires {WidgetErrorEvent} attention-widget-error - `{widget, message}` when an input is rejected.
 *
 * @csspart base - The widget's root.
 * @csspart picker - The d picker (a range input over `choices`) with its √d readout.
 * @csspart panel - Each of the two softmax panels (unscaled, scaled).
 * @csspart bar - One key's probability bar row.
 * @csspart verdict - The verdict line under each panel.
 * @csspart chart - The figure with the many-draws chart and its table.
 * @csspart error - The in-widget error message.
 * @csspart status - The polite live region (visually hidden).
 *
 * @cssprop [--attention-bg=#ffffff] - Background.
 * @cssprop [--attention-surface=#f5f6f8] - Panel background and bar track.
 * @cssprop [--attention-fg=#1a1c21] - Text.
 * @cssprop [--attention-muted=#545b66] - Secondary text, axes.
 * @cssprop [--attention-border=#c9ced6] - Borders and grid lines.
 * @cssprop [--attention-accent=#1f5fbf] - Bars, the scaled series, the slider.
 * @cssprop [--attention-focus=#1f5fbf] - Focus ring.
 * @cssprop [--attention-highlight=#fff1b8] - The current d in the chart table.
 * @cssprop [--attention-success=#1d6b35] - "Spread out" verdict.
 * @cssprop [--attention-danger=#a4262c] - "Saturated" verdict and the unscaled series.
 * @cssprop [--attention-danger-bg=#fdecec] - Error background.
 * @cssprop [--attention-gap=1rem] - Spacing.
 * @cssprop [--attention-radius=0.5rem] - Corner radius.
 * @cssprop [--attention-font-family=system-ui] - Text font.
 * @cssprop [--attention-mono-font-family=ui-monospace] - Number font.
 * @cssprop [--attention-font-size=1rem] - Base font size.
 */
export class SqrtDExplorer extends AttentionElement {
  static override styles = [baseStyles, sqrtDExplorerStyles];

  /**
   * The head dimension: length of the query and of every key (1 to 16384). A d outside
   * `choices` joins the picker. While `query`/`keysMatrix` are set, their length is the d shown.
   */
  @property({type: Number, converter: numberAttribute(16), reflect: true}) d = 16;

  /** The d values the picker offers, separated by spaces (at least two, each 1 to 16384). */
  @property() choices = '4 16 64 256 1024 4096';

  /** How many keys the query is compared with (2 to 64). */
  @property({type: Number, converter: numberAttribute(8)}) keys = 8;

  /**
   * Seed of the random query and keys (a whole number); `resample()` moves to the next seed.
   * The default, 5, is a draw whose single panels follow the many-draw trend.
   */
  @property({type: Number, converter: numberAttribute(5)}) seed = 5;

  /** Partial override of the visible strings (see `strings.ts`). */
  @property({attribute: false}) strings: Partial<SqrtDExplorerStrings> = {};

  protected override readonly showTopics: readonly ShowTopic[] = ['sqrt-d'];

  private queryInput?: unknown;
  private keysMatrixInput?: unknown;
  /** Bumped whenever `query` or `keysMatrix` is set (they are replaced, never mutated). */
  private vectorsVersion = 0;
  private view?: View;
  private viewKey = '';
  private inputsKey = '';
  /** The chart's statistics per d, and the single draw shown per d: both per (keys, seed). */
  private readonly cache = new PerDCache(meanMaxProb);
  private readonly draws = new PerDCache(drawVectors);
  /** The chart's points for the current view; null while the first computation is pending. */
  private chart: DrawStats[] | null = null;
  private chartJob?: ChartJob;
  private text: SqrtDExplorerStrings = sqrtDExplorerStrings;

  /**
   * The query vector. Optional input (its length becomes d, replacing the random draw; set
   * `undefined` to go back to random vectors); reading it gives the query in use.
   */
  get query(): number[] {
    return this.view ? Array.from(this.view.query) : [];
  }
  set query(value: number[] | undefined) {
    const old = this.queryInput;
    this.queryInput = value;
    this.vectorsVersion++;
    this.requestUpdate('query', old);
  }

  /**
   * The keys, one row each. Optional input (each row as long as the query; the row count
   * replaces `keys`); reading it gives the keys in use.
   */
  get keysMatrix(): number[][] {
    const v = this.view;
    if (!v) return [];
    return Array.from({length: v.keys}, (_, j) =>
      Array.from(v.keysMatrix.subarray(j * v.d, j * v.d + v.d)),
    );
  }
  set keysMatrix(value: number[][] | undefined) {
    const old = this.keysMatrixInput;
    this.keysMatrixInput = value;
    this.vectorsVersion++;
    this.requestUpdate('keysMatrix', old);
  }

  /**
   * Resolves once the many-draw chart and its table show the current inputs. The first render
   * draws the panels at once and leaves the chart (whose statistics take a few milliseconds)
   * to a task after the first paint, so `updateComplete` does not wait for it; every later
   * update draws the chart with the rest.
   */
  get chartReady(): Promise<void> {
    return this.updateComplete.then(() => this.chartJob?.done);
  }

  /** The numbers shown: d and both softmax summaries (unrounded). */
  get result(): SqrtDResult | undefined {
    const v = this.view;
    if (!v) return undefined;
    return {d: v.d, scaled: copySummary(v.scaled), unscaled: copySummary(v.unscaled)};
  }

  /**
   * Draws a new query and new keys from the next seed (`seed + 1`, shown), leaving vectors the
   * page supplied, and fires `sqrt-d-change`.
   */
  resample(): void {
    const base = isWhole(this.view?.seed) ? this.view!.seed : 0;
    this.seed = base >= Number.MAX_SAFE_INTEGER ? 0 : base + 1;
    this.dropCustomVectors();
    this.commit();
  }

  protected override get jsonErrorPrefix(): string {
    return this.text.jsonError;
  }

  protected override get jsonChildEnabled(): boolean {
    return true;
  }

  protected override applyJsonChild(value: unknown): void {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      this.fail(this.text.errorJson, 'json');
      return;
    }
    const data = value as {query?: unknown; keysMatrix?: unknown};
    if (!('query' in data) && !('keysMatrix' in data)) {
      this.fail(this.text.errorJson, 'json');
      return;
    }
    if ('query' in data) this.query = data.query as number[];
    if ('keysMatrix' in data) this.keysMatrix = data.keysMatrix as number[][];
  }

  protected override showTopic(topic: ShowTopic): boolean {
    if (topic !== 'sqrt-d') return false;
    const choices = parseChoices(this.choices) ?? this.view?.picker;
    if (!choices) return false;
    this.d = choices[choices.length - 1];
    this.dropCustomVectors();
    this.commit();
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.chartJob) this.scheduleChart(this.chartJob);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.chartJob) this.unscheduleChart(this.chartJob);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('strings')) this.text = mergeStrings(sqrtDExplorerStrings, this.strings);
    this.sync();
    if (!this.hasUpdated) {
      // First render: the panels now, the chart after the first paint.
      this.startChartJob();
    } else if (this.chartJob) {
      // Any later update draws the chart with it (the statistics are computed now).
      this.endChartJob(this.chartJob);
    }
    const v = this.view;
    this.chart =
      v && !this.chartJob ? v.picker.map((d) => this.cache.get(d, v.keys, v.seed)) : null;
  }

  private startChartJob(): void {
    let resolve!: () => void;
    const done = new Promise<void>((r) => (resolve = r));
    const job: ChartJob = {done, resolve};
    this.chartJob = job;
    if (this.isConnected) this.scheduleChart(job);
  }

  private scheduleChart(job: ChartJob): void {
    this.unscheduleChart(job);
    job.cancel = afterNextPaint(() => this.runChartJob(job));
  }

  private unscheduleChart(job: ChartJob): void {
    job.cancel?.();
    job.cancel = undefined;
  }

  /** Computes the chart's points in slices of a few milliseconds, then draws them. */
  private runChartJob(job: ChartJob): void {
    if (job !== this.chartJob) return;
    this.unscheduleChart(job);
    const v = this.view;
    const start = performance.now();
    if (v) {
      for (const d of v.picker) {
        if (this.cache.has(d, v.keys, v.seed)) continue;
        if (performance.now() - start > CHART_SLICE_MS) {
          const next = setTimeout(() => this.runChartJob(job));
          job.cancel = () => clearTimeout(next);
          return;
        }
        this.cache.get(d, v.keys, v.seed);
      }
    }
    this.endChartJob(job);
    this.requestUpdate();
  }

  /** The chart is drawn by the update in progress or just requested. */
  private endChartJob(job: ChartJob): void {
    this.unscheduleChart(job);
    this.chartJob = undefined;
    void this.updateComplete.then(job.resolve);
  }

  /** Validates the inputs and recomputes the view when they changed; idempotent. */
  private sync(): void {
    const key = [
      this.d,
      this.choices,
      this.keys,
      this.seed,
      this.queryInput == null && this.keysMatrixInput == null ? 'random' : this.vectorsVersion,
    ].join('|');
    if (key === this.inputsKey) return;
    this.inputsKey = key;
    const config = this.validate();
    if (typeof config === 'string') {
      // With no good state yet, the defaults stand in for it, so the widget is never blank.
      if (!this.view) this.compute(DEFAULT_CONFIG);
      this.fail(config);
      return;
    }
    try {
      this.compute(config);
      this.clearError();
    } catch (e) {
      this.fail((e as Error).message);
    }
  }

  /** The accepted inputs, or the message saying what is wrong with them. */
  private validate(): Config | string {
    const t = this.text;
    const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : String(v));
    const choices = parseChoices(this.choices);
    if (!choices) return t.errorChoices(String(this.choices));
    if (!isWhole(this.seed)) return t.errorSeed(show(this.seed));
    const config: Config = {d: this.d, choices, keys: this.keys, seed: this.seed};
    if (this.queryInput !== undefined && this.queryInput !== null) {
      const q = this.queryInput;
      if (!isFiniteArray(q) || q.length < 1 || q.length > MAX_D) return t.errorQuery;
      config.query = [...q];
      config.d = q.length;
    }
    if (this.keysMatrixInput !== undefined && this.keysMatrixInput !== null) {
      const k = this.keysMatrixInput;
      if (!Array.isArray(k) || k.length < MIN_KEYS || k.length > MAX_KEYS) return t.errorKeysMatrix;
      const len = config.query ? config.query.length : (k[0] as unknown[] | undefined)?.length;
      if (!isWhole(len) || len < 1 || len > MAX_D) return t.errorKeysMatrix;
      if (!k.every((row) => isFiniteArray(row) && row.length === len)) return t.errorKeysMatrix;
      config.keysMatrix = k.map((row: number[]) => [...row]);
      config.d = len;
      config.keys = k.length;
    }
    if (!isWhole(config.d) || config.d < 1 || config.d > MAX_D) return t.errorD(show(this.d));
    if (!isWhole(config.keys) || config.keys < MIN_KEYS || config.keys > MAX_KEYS) {
      return t.errorKeys(show(this.keys));
    }
    return config;
  }

  private compute(config: Config): void {
    const {d, keys, seed} = config;
    const custom = Boolean(config.query || config.keysMatrix);
    const picker = config.choices.includes(d)
      ? config.choices
      : [...config.choices, d].sort((a, b) => a - b);
    const vectorsKey = custom ? `custom:${this.vectorsVersion}` : `${seed}:${keys}:${d}`;
    if (this.view && vectorsKey === this.viewKey) {
      this.view = {...this.view, picker};
      return;
    }
    const {q, k} =
      config.query || config.keysMatrix ? this.given(config) : this.draws.get(d, keys, seed);
    // q·Kᵀ through the tensor module: 0.4 ms at d = 4096, far inside a frame.
    const scores = matmul(new Matrix(1, d, q), transpose(new Matrix(keys, d, k)));
    const unscaled = summarize(scores);
    const scaled = summarize(scale(scores, 1 / Math.sqrt(d)));
    this.view = {d, keys, seed, custom, query: q, keysMatrix: k, unscaled, scaled, picker};
    this.viewKey = vectorsKey;
  }

  /** The page's vectors, with a drawn stand-in for whichever of the two it left out. */
  private given(config: Config): {q: Float64Array; k: Float64Array} {
    const {d, keys, seed} = config;
    const drawn = config.query && config.keysMatrix ? undefined : this.draws.get(d, keys, seed);
    return {
      q: config.query ? Float64Array.from(config.query) : drawn!.q,
      k: config.keysMatrix ? Float64Array.from(config.keysMatrix.flat()) : drawn!.k,
    };
  }

  private dropCustomVectors(): void {
    if (this.queryInput === undefined && this.keysMatrixInput === undefined) return;
    this.queryInput = undefined;
    this.keysMatrixInput = undefined;
    this.vectorsVersion++;
  }

  /** After a learner's action or a page-called method: recompute now, announce, fire once. */
  private commit(): void {
    this.sync();
    const v = this.view;
    if (!v || this.errorMessage !== null) return;
    const p = this.digits;
    this.announce(
      this.text.announce(
        String(v.d),
        formatNumber(Math.sqrt(v.d), p),
        formatNumber(v.unscaled.maxProb, p),
        formatNumber(v.scaled.maxProb, p),
      ),
    );
    this.dispatchEvent(
      new SqrtDChangeEvent({
        d: v.d,
        scaled: copySummary(v.scaled),
        unscaled: copySummary(v.unscaled),
      }),
    );
  }

  private pickerD(event: Event): number | undefined {
    const index = (event.target as HTMLInputElement).valueAsNumber;
    return this.view?.picker[index];
  }

  private readonly onPickerInput = (event: Event): void => {
    const d = this.pickerD(event);
    if (d === undefined || !this.view || d === this.view.d) return;
    this.dropCustomVectors();
    this.d = d;
  };

  private readonly onPickerChange = (event: Event): void => {
    const d = this.pickerD(event);
    if (d === undefined) return;
    if (this.view && d !== this.view.d) {
      this.dropCustomVectors();
      this.d = d;
    }
    this.commit();
  };

  private readonly onResample = (): void => this.resample();

  protected override render() {
    const v = this.view;
    return html`<div part="base" class="base">
      ${this.renderStatus()} ${this.renderError(this.text.errorTitle)}
      ${
        v
          ? html`${this.renderIntro(v)} ${this.renderControls(v)}
              <div class="panels">
                ${this.renderPanel(v, 'unscaled')} ${this.renderPanel(v, 'scaled')}
              </div>
              ${this.renderChart(v)}`
          : nothing
      }
    </div>`;
  }

  private renderIntro(v: View) {
    return html`<p class="title">${this.text.title}</p>
      <p class="intro">${this.text.intro(v.keys)}</p>`;
  }

  private renderControls(v: View) {
    const t = this.text;
    const p = this.digits;
    const index = v.picker.indexOf(v.d);
    const sqrt = formatNumber(Math.sqrt(v.d), p);
    return html`<div class="controls">
      <div part="picker" class="picker">
        <div class="picker-head">
          <label for="d-picker">${t.pickerLabel}</label>
          <output for="d-picker" class="readout num"
            ><span class="d-value">${t.dValue(String(v.d))}</span>
            <span class="sqrt-value" data-value=${Math.sqrt(v.d)}
              >${t.sqrtValue(sqrt)}</span
            ></output
          >
        </div>
        <input
          id="d-picker"
          type="range"
          min="0"
          max=${v.picker.length - 1}
          step="1"
          .value=${String(index)}
          aria-valuetext="${t.dValue(String(v.d))}, ${t.sqrtValue(sqrt)}"
          @input=${this.onPickerInput}
          @change=${this.onPickerChange}
        />
        <div class="ticks num" aria-hidden="true">
          ${v.picker.map((d) => html`<span class=${d === v.d ? 'current' : ''}>${d}</span>`)}
        </div>
      </div>
      <div class="sample">
        ${
          v.custom
            ? html`<span class="note">${t.customVectors}</span>`
            : html`<span class="seed"
                >${t.seedLabel} <span class="num seed-value">${v.seed}</span></span
              >`
        }
        <button type="button" class="resample" title=${t.resampleHint} @click=${this.onResample}>
          ${t.resample}
        </button>
      </div>
    </div>`;
  }

  private renderPanel(v: View, side: 'unscaled' | 'scaled') {
    const t = this.text;
    const p = this.digits;
    const s = v[side];
    const verdict = verdictOf(s);
    const title = side === 'scaled' ? t.scaledTitle : t.unscaledTitle;
    const formula = side === 'scaled' ? t.scaledFormula : t.unscaledFormula;
    let low = Infinity;
    let high = -Infinity;
    for (const x of s.scores) {
      if (x < low) low = x;
      if (x > high) high = x;
    }
    const verdictText =
      verdict === 'saturated'
        ? t.verdictSaturated
        : verdict === 'peaked'
          ? t.verdictPeaked
          : t.verdictSpread;
    return html`<div
      part="panel"
      class="panel ${verdict}"
      role="group"
      aria-labelledby="title-${side}"
      data-side=${side}
    >
      <p class="panel-title" id="title-${side}">${title}</p>
      <p class="formula"><code>${formula}</code></p>
      <ol class="bars" aria-label=${t.barsLabel(title)}>
        ${s.probs.map((prob, j) => this.renderBar(prob, s.scores[j], j))}
      </ol>
      <p class="range num">${t.scoreRange(formatNumber(low, p), formatNumber(high, p))}</p>
      <dl class="stats">
        <div>
          <dt>${t.maxProb}</dt>
          <dd class="num" data-stat="max-prob" data-value=${s.maxProb}>
            ${formatNumber(s.maxProb, p)}
          </dd>
        </div>
        <div>
          <dt>${t.entropy}</dt>
          <dd class="num" data-stat="entropy" data-value=${s.entropy}>
            ${t.entropyValue(formatNumber(s.entropy, p), formatNumber(Math.log2(v.keys), p))}
          </dd>
        </div>
      </dl>
      <p part="verdict" class="verdict" data-verdict=${verdict}>${verdictText}</p>
    </div>`;
  }

  private renderBar(prob: number, score: number, j: number) {
    const p = this.digits;
    return html`<li part="bar" class="bar" data-index=${j} data-value=${prob}>
      <span class="key">${this.text.keyLabel(j + 1)}</span>
      <span class="track" aria-hidden="true"
        ><span class="fill" style=${styleMap({inlineSize: `${(prob * 100).toFixed(2)}%`})}></span
      ></span>
      <span class="num prob">${formatNumber(prob, p)}</span>
      <span class="num score">${formatNumber(score, p)}</span>
    </li>`;
  }

  private renderChart(v: View) {
    const t = this.text;
    const {width, height, left, right, top, bottom} = CHART;
    const logs = v.picker.map(Math.log2);
    const lo = logs[0];
    const hi = logs[logs.length - 1];
    const x = (d: number) => left + ((Math.log2(d) - lo) / (hi - lo || 1)) * (width - left - right);
    const y = (prob: number) => top + (1 - prob) * (height - top - bottom);
    const chart = this.chart;
    return html`<figure part="chart" class="chart" aria-busy=${chart ? 'false' : 'true'}>
      <figcaption>
        <span class="chart-title" id="chart-title">${t.chartTitle}</span>
        <span class="chart-desc" id="chart-desc">${t.chartDescription(DRAWS, v.keys)}</span>
      </figcaption>
      <svg
        viewBox="0 0 ${width} ${height}"
        role="img"
        aria-labelledby="chart-title"
        aria-describedby="chart-desc"
      >
        ${chart ? this.renderAxes(v, chart, x, y) : nothing}
      </svg>
      <div class="legend" aria-hidden="true">
        <span class="key-unscaled"><span class="swatch"></span>${t.chartUnscaled}</span>
        <span class="key-scaled"><span class="swatch"></span>${t.chartScaled}</span>
      </div>
      ${this.renderChartTable(v, chart)}
    </figure>`;
  }

  /**
   * The chart's grid, ticks, labels and series. They wait for the first statistics, so the first
   * paint shows the empty chart box at its final size and draws fewer elements.
   */
  private renderAxes(v: View, chart: DrawStats[], x: Scale, y: Scale): TemplateResult {
    const t = this.text;
    const {width, height, left, right, top, bottom} = CHART;
    const uniform = 1 / v.keys;
    const cx = x(v.d);
    return svg`${[0, 0.25, 0.5, 0.75, 1].map(
      (
        tick,
      ) => svg`<line class="grid" x1=${left} x2=${width - right} y1=${y(tick)} y2=${y(tick)}></line>
            <text class="tick" x=${left - 6} y=${y(tick) + 4} text-anchor="end">${tick.toFixed(2)}</text>`,
    )}
        ${v.picker.map(
          (d) =>
            svg`<text class="tick" x=${x(d)} y=${height - bottom + 16} text-anchor="middle">${d}</text>`,
        )}
        <text
          class="axis-label"
          x=${(left + width - right) / 2}
          y=${height - 6}
          text-anchor="middle"
        >
          ${t.chartX}
        </text>
        <text
          class="axis-label"
          transform="translate(12 ${(top + height - bottom) / 2}) rotate(-90)"
          text-anchor="middle"
        >
          ${t.chartY}
        </text>
        <line
          class="uniform"
          x1=${left}
          x2=${width - right}
          y1=${y(uniform)}
          y2=${y(uniform)}
        ></line>
        <text
          class="uniform-label"
          x=${cx > (left + width - right) / 2 ? left + 6 : width - right}
          y=${y(uniform) - 4}
          text-anchor=${cx > (left + width - right) / 2 ? 'start' : 'end'}
        >
          ${t.chartUniform(formatNumber(uniform, this.digits))}
        </text>
        <line class="current" x1=${cx} x2=${cx} y1=${top - 8} y2=${height - bottom}></line>
        <text
          class="current-label"
          x=${cx}
          y=${top - 11}
          text-anchor=${cx > width - 60 ? 'end' : cx < left + 40 ? 'start' : 'middle'}
        >
          ${t.chartCurrent}
        </text>
        ${this.renderSeries(chart, x, y)}`;
  }

  private renderSeries(chart: DrawStats[], x: Scale, y: Scale) {
    const line = (key: 'scaled' | 'unscaled') =>
      chart.map((s) => `${x(s.d).toFixed(1)},${y(s[key]).toFixed(1)}`).join(' ');
    return svg`<polyline class="series unscaled" points=${line('unscaled')}></polyline>
      <polyline class="series scaled" points=${line('scaled')}></polyline>
      ${chart.map(
        (s) => svg`<circle class="dot unscaled" cx=${x(s.d)} cy=${y(s.unscaled)} r="3.5"></circle>
          <rect class="dot scaled" x=${x(s.d) - 3.5} y=${y(s.scaled) - 3.5} width="7" height="7"></rect>`,
      )}`;
  }

  /** The chart's numbers as a table; its rows come with the chart (none while it is computed). */
  private renderChartTable(v: View, chart: DrawStats[] | null) {
    const t = this.text;
    const p = this.digits;
    return html`<details class="chart-data">
      <summary>${t.chartTable}</summary>
      <table>
        <caption>
          ${t.chartTitle}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.tableD}</th>
            <th scope="col">${t.tableUnscaled}</th>
            <th scope="col">${t.tableScaled}</th>
          </tr>
        </thead>
        <tbody>
          ${(chart ?? []).map(
            (s) =>
              html`<tr
                class=${s.d === v.d ? 'current' : ''}
                aria-current=${s.d === v.d ? 'true' : 'false'}
              >
                <th scope="row" class="num">${s.d}</th>
                <td class="num" data-series="unscaled" data-value=${s.unscaled}>
                  ${formatNumber(s.unscaled, p)}
                </td>
                <td class="num" data-series="scaled" data-value=${s.scaled}>
                  ${formatNumber(s.scaled, p)}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </details>`;
  }
}
