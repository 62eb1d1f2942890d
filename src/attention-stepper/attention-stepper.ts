import {
  html,
  mathml,
  nothing,
  type MathMLTemplateResult,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {property, state} from 'lit/decorators.js';
import {StepChangeEvent, type StepStage} from '../events/step-change.js';
import type {ShowTopic} from '../events/show-request.js';
import type {AttentionSnapshot} from '../events/types.js';
import {AttentionElement} from '../internal/attention-element.js';
import {explainDot, explainScale, explainSoftmax} from '../internal/explain.js';
import {formatNumber} from '../internal/format.js';
import {GridController, type CellRef} from '../internal/grid-controller.js';
import {heatRangeOf} from '../internal/heat.js';
import {renderMatrix, type MatrixView} from '../internal/matrix.js';
import {mergeStrings} from '../internal/strings.js';
import {Matrix, attention} from '../tensor/index.js';
import {attentionStepperStrings, type AttentionStepperStrings} from './strings.js';
import {DEFAULT_TOKENS, buildExample, type Example} from './example.js';
import {styles} from './attention-stepper.styles.js';
import {numberAttribute} from '../internal/converters.js';

/** The stages in order: step k is `STAGES[k - 1]`. */
export const STAGES: readonly StepStage[] = [
  'embeddings',
  'projections',
  'scores',
  'scale',
  'softmax',
  'output',
];
const TOTAL = STAGES.length;

/** The step that shows each "Show me" topic. */
const TOPIC_STEPS: Partial<Record<ShowTopic, number>> = {
  projections: 2,
  'self-attention': 2,
  scores: 3,
  scaling: 4,
  softmax: 5,
  output: 6,
};

type MatrixId = keyof AttentionSnapshot;
/** Matrices whose rows are the tokens. */
const TOKEN_ROWS: ReadonlySet<string> = new Set([
  'x',
  'q',
  'k',
  'v',
  'scores',
  'scaled',
  'masked',
  'weights',
  'output',
]);
/** Matrices whose rows and columns are both tokens (query × key). */
const SQUARE: ReadonlySet<string> = new Set(['scores', 'scaled', 'masked', 'weights']);

type Highlights = Map<string, {row?: number; col?: number}>;

const copy = (m: readonly (readonly number[])[]) => m.map((row) => [...row]);

/**
 * Walks through `Attention(Q,K,V) = softmax(QKᵀ/√d)·V` in six steps with real numbers: the
 * embeddings, the projections to Q, K and V, the scores, the scaling, the softmax and the output.
 * Every cell can be focused or hovered to show the arithmetic that made it.
 *
 * @summary The attention equation, one step at a time, with numbers you can check by hand.
 * @tagname attention-stepper
 *
 * @fires {StepChangeEvent} attention-step-change - `{step, total, stage, result}` when the learner or a method
 *   (`next()`, `prev()`, `goTo()`, a "Show me" request) moves to another step; not when the page sets `step`.
 * @fires {WidgetErrorEvent} attention-widget-error - `{widget, message}` when an input is rejected.
 *
 * @csspart base - The widget's root box.
 * @csspart formula - The formula bar with the equation in MathML.
 * @csspart term - A piece of the equation; the one in use also has `data-active`.
 * @csspart controls - The step counter and the Previous / Next buttons.
 * @csspart counter - "Step k of 6".
 * @csspart step - The current step: title, explanation and matrices.
 * @csspart explanation - The sentences saying what this step did and why.
 * @csspart matrix - One labelled matrix (a figure with a table).
 * @csspart cell - One number of a matrix.
 * @csspart row-sum - A row sum next to the softmax weights.
 * @csspart detail - The arithmetic of the cell under focus or pointer.
 * @csspart error - The message shown when an input is rejected.
 * @csspart status - The polite live region (visually hidden).
 *
 * @cssprop [--attention-bg=#ffffff] - Widget background.
 * @cssprop [--attention-surface=#f5f6f8] - Cell and panel background.
 * @cssprop [--attention-fg=#1a1c21] - Text colour.
 * @cssprop [--attention-muted=#545b66] - Secondary text colour.
 * @cssprop [--attention-border=#c9ced6] - Border colour.
 * @cssprop [--attention-accent=#1f5fbf] - Primary button and active-term underline.
 * @cssprop [--attention-accent-fg=#ffffff] - Text on the accent colour.
 * @cssprop [--attention-highlight=#fff1b8] - Background of the active term and highlighted tokens.
 * @cssprop [--attention-focus=#1f5fbf] - Focus ring and active cell outline.
 * @cssprop [--attention-heat-low=#ffffff] - Heat-map colour of the lowest value.
 * @cssprop [--attention-heat-high=#6fa8ec] - Heat-map colour of the highest value.
 * @cssprop [--attention-heat-fg=#1a1c21] - Text on heat-map cells.
 * @cssprop [--attention-masked-bg=#e4e6ea] - Stripes of masked (−∞) cells.
 * @cssprop [--attention-masked-fg=#4a515c] - Text of masked cells.
 * @cssprop [--attention-danger=#a4262c] - Error accent.
 * @cssprop [--attention-danger-bg=#fdecec] - Error background.
 * @cssprop [--attention-font-family=system-ui, sans-serif] - Text font.
 * @cssprop [--attention-mono-font-family=ui-monospace, monospace] - Number font.
 * @cssprop [--attention-font-size=1rem] - Base font size.
 * @cssprop [--attention-radius=0.5rem] - Corner radius.
 * @cssprop [--attention-gap=1rem] - Spacing.
 * @cssprop [--attention-cell-size=3.25rem] - Minimum width of a matrix cell.
 */
export class AttentionStepper extends AttentionElement {
  static override styles = styles;

  /** The tokens, separated by spaces (1 to 16). */
  @property() tokens: string = 'The cat sat';

  /** Size of each embedding (1 to 16); used when X and the weights are generated. */
  @property({attribute: 'd-model', type: Number, converter: numberAttribute(4)}) dModel = 4;

  /** Size of the attention head, the d in √d (1 to 16); used when the weights are generated. */
  @property({attribute: 'd-head', type: Number, converter: numberAttribute(4)}) dHead = 4;

  /** When set, X and the weights are drawn from this seed (rounded to one decimal). */
  @property({type: Number, converter: numberAttribute()}) seed?: number;

  /** The step shown, 1 to 6. Setting it does not fire `attention-step-change`. */
  @property({type: Number, converter: numberAttribute(1), reflect: true}) step = 1;

  /** Mask future tokens (upper triangle to −∞ before the softmax). */
  @property({type: Boolean, reflect: true}) causal = false;

  /** The embeddings X, one row per token (overrides the generated ones). */
  @property({attribute: false}) x?: number[][];

  /** The query projection W_Q, d-model × d-head. */
  @property({attribute: false}) wq?: number[][];

  /** The key projection W_K, d-model × d-head. */
  @property({attribute: false}) wk?: number[][];

  /** The value projection W_V, d-model rows. */
  @property({attribute: false}) wv?: number[][];

  /** Partial override of the visible strings. */
  @property({attribute: false}) strings?: Partial<AttentionStepperStrings>;

  /** The step on screen (the last good `step`). */
  @state() private shown = 1;

  /** The last good example and its computed numbers. */
  @state() private example?: Example;
  private snapshot?: AttentionSnapshot;

  private s: AttentionStepperStrings = attentionStepperStrings;
  private readonly grid = new GridController(this);

  protected override readonly showTopics: readonly ShowTopic[] = Object.keys(
    TOPIC_STEPS,
  ) as ShowTopic[];

  /** Every intermediate on screen, as plain arrays before rounding (a fresh copy on each read). */
  get result(): AttentionSnapshot {
    const r = this.snapshot!;
    const out: AttentionSnapshot = {
      x: copy(r.x),
      q: copy(r.q),
      k: copy(r.k),
      v: copy(r.v),
      scores: copy(r.scores),
      scaled: copy(r.scaled),
      weights: copy(r.weights),
      output: copy(r.output),
    };
    if (r.masked) out.masked = copy(r.masked);
    return out;
  }

  /** The stage of the step on screen. */
  get stage(): StepStage {
    return STAGES[this.current - 1];
  }

  /** Moves to the next step (fires `attention-step-change`). */
  next(): void {
    this.move(this.current + 1);
  }

  /** Moves to the previous step (fires `attention-step-change`). */
  prev(): void {
    this.move(this.current - 1);
  }

  /** Moves to step `n`, 1 to 6 (fires `attention-step-change`); another value is rejected. */
  goTo(n: number): void {
    if (!this.validStep(n)) {
      this.fail(this.s.errorStep(String(n), TOTAL), 'step');
      return;
    }
    this.move(n);
  }

  protected override get jsonChildEnabled(): boolean {
    return true;
  }

  protected override get jsonErrorPrefix(): string {
    return this.s.jsonError;
  }

  protected override applyJsonChild(value: unknown): void {
    const keys = ['x', 'wq', 'wk', 'wv'] as const;
    if (
      !value ||
      typeof value !== 'object' ||
      Array.isArray(value) ||
      !keys.some((k) => k in value)
    ) {
      this.fail(this.s.errorJsonShape, 'json');
      return;
    }
    const data = value as Record<string, unknown>;
    for (const k of keys) if (k in data) this[k] = data[k] as number[][];
  }

  protected override showTopic(topic: ShowTopic): boolean {
    const step = TOPIC_STEPS[topic];
    if (!step) return false;
    this.move(step);
    return true;
  }

  /** The step the next move starts from: `step` if it is good, else the one on screen. */
  private get current(): number {
    return this.validStep(this.step) ? this.step : this.shown;
  }

  private validStep(n: unknown): n is number {
    return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= TOTAL;
  }

  /** A move by the learner or a method: changes `step` and fires the event. */
  private move(n: number): void {
    const to = Math.min(TOTAL, Math.max(1, n));
    if (to === this.current) return;
    this.step = to;
    if (!this.snapshot) this.recompute();
    this.dispatchEvent(
      new StepChangeEvent({step: to, total: TOTAL, stage: STAGES[to - 1], result: this.result}),
    );
  }

  private recompute(): void {
    const outcome = buildExample(
      {
        tokens: this.tokens,
        dModel: this.dModel,
        dHead: this.dHead,
        seed: this.seed,
        x: this.x,
        wq: this.wq,
        wk: this.wk,
        wv: this.wv,
      },
      this.s,
    );
    if (!outcome.ok) {
      this.fail(outcome.message, 'input');
      if (this.example) return;
      // Nothing good has been shown yet: show the default example under the error.
      const fallback = buildExample(
        {tokens: DEFAULT_TOKENS, dModel: 4, dHead: 4, seed: undefined},
        this.s,
      );
      if (!fallback.ok) return;
      this.adopt(fallback.example);
      return;
    }
    this.adopt(outcome.example);
    this.clearError('input');
  }

  private adopt(example: Example): void {
    const r = attention(
      Matrix.from(example.x),
      Matrix.from(example.wq),
      Matrix.from(example.wk),
      Matrix.from(example.wv),
      {causal: this.causal},
    );
    const reshaped =
      !this.example ||
      this.example.tokens.length !== example.tokens.length ||
      this.example.x[0].length !== example.x[0].length ||
      this.example.wq[0].length !== example.wq[0].length;
    this.example = example;
    this.snapshot = {
      x: copy(example.x),
      q: r.q.toArray(),
      k: r.k.toArray(),
      v: r.v.toArray(),
      scores: r.scores.toArray(),
      scaled: r.scaled.toArray(),
      weights: r.weights.toArray(),
      output: r.output.toArray(),
    };
    if (r.masked) this.snapshot.masked = r.masked.toArray();
    if (reshaped) this.grid.reset();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('strings')) this.s = mergeStrings(attentionStepperStrings, this.strings);
    const inputs = [
      'tokens',
      'dModel',
      'dHead',
      'seed',
      'x',
      'wq',
      'wk',
      'wv',
      'causal',
      'strings',
    ] as const;
    if (!this.snapshot || inputs.some((p) => changed.has(p))) this.recompute();
    if (changed.has('step')) {
      if (this.validStep(this.step)) {
        const moved = this.step !== this.shown;
        this.shown = this.step;
        if (moved)
          this.announce(this.s.announceStep(this.shown, TOTAL, this.stepTitle(this.shown)));
        this.clearError('step');
      } else {
        this.fail(this.s.errorStep(String(this.step), TOTAL), 'step');
        this.step = this.shown;
      }
    }
  }

  override render() {
    return html`<div part="base" class="base" @keydown=${this.onKeyDown}>
      ${this.renderError(this.s.errorTitle)} ${this.renderFormula()} ${this.renderControls()}
      ${this.renderStep()} ${this.renderStatus()}
    </div>`;
  }

  private renderFormula(): TemplateResult {
    const stage = STAGES[this.shown - 1];
    const causal = this.causal;
    const on = (term: string) => term === stage || (term === 'mask' && stage === 'scale');
    // Pieces inside <math> are MathML templates, so the browser builds MathML elements.
    const t = (term: string, content: MathMLTemplateResult) =>
      mathml`<mrow part="term" data-term=${term} class=${on(term) ? 'active' : ''} ?data-active=${on(term)}>${content}</mrow>`;
    const proj = (letter: string) =>
      mathml`<mrow><mi>${letter}</mi><mo>=</mo>${t('embeddings', mathml`<mi>X</mi>`)}<mo>·</mo><msub><mi>W</mi><mi>${letter}</mi></msub></mrow>`;
    const gap = mathml`<mo separator="true">,</mo><mspace width="0.6em"></mspace>`;
    const fraction = mathml`<mfrac>${t('scores', mathml`<mi>Q</mi><msup><mi>K</mi><mi>T</mi></msup>`)}${t(
      'scale',
      mathml`<msqrt><mi>d</mi></msqrt>`,
    )}</mfrac>`;
    const mask = causal ? mathml`<mo>+</mo>${t('mask', mathml`<mi>M</mi>`)}` : nothing;
    const softmax = t('softmax', mathml`<mi>softmax</mi><mo>(</mo>${fraction}${mask}<mo>)</mo>`);
    const activeName = {
      embeddings: this.s.termEmbeddings,
      projections: this.s.termProjections,
      scores: this.s.termScores,
      scale: causal ? `${this.s.termScale}, ${this.s.termMask}` : this.s.termScale,
      softmax: this.s.termSoftmax,
      output: this.s.termOutput,
    }[stage];
    return html`<div part="formula" class="formula" role="group" aria-label=${this.s.formulaLabel}>
      <math display="block" class="projections"
        >${t('projections', mathml`${proj('Q')}${gap}${proj('K')}${gap}${proj('V')}`)}</math
      >
      <math display="block" class="equation"
        ><mrow
          ><mi>Attention</mi><mo>(</mo><mi>Q</mi><mo>,</mo><mi>K</mi><mo>,</mo><mi>V</mi
          ><mo>)</mo></mrow
        ><mo>=</mo>${t('output', mathml`${softmax}<mo>·</mo><mi>V</mi>`)}</math
      >
      <p class="visually-hidden">${this.s.inUse(activeName)}</p>
    </div>`;
  }

  private renderControls(): TemplateResult {
    const atStart = this.shown <= 1;
    const atEnd = this.shown >= TOTAL;
    return html`<div
      part="controls"
      class="controls"
      role="group"
      aria-label=${this.s.controlsLabel}
    >
      <button
        type="button"
        class="prev"
        aria-disabled=${atStart ? 'true' : 'false'}
        @click=${() => this.prev()}
      >
        ${this.s.prev}
      </button>
      <span part="counter" class="counter">${this.s.counter(this.shown, TOTAL)}</span>
      <button
        type="button"
        class="next primary"
        aria-disabled=${atEnd ? 'true' : 'false'}
        @click=${() => this.next()}
      >
        ${this.s.next}
      </button>
    </div>`;
  }

  private stepTitle(step: number): string {
    const s = this.s;
    return [
      s.titleEmbeddings,
      s.titleProjections,
      s.titleScores,
      s.titleScale,
      s.titleSoftmax,
      s.titleOutput,
    ][step - 1];
  }

  private get d(): number {
    return this.snapshot!.q[0].length;
  }

  private renderStep(): TemplateResult {
    const r = this.snapshot!;
    const s = this.s;
    const n = r.x.length;
    const sqrt = formatNumber(Math.sqrt(this.d), this.digits);
    const stage = STAGES[this.shown - 1];
    const masked = !!r.masked;
    const explanation = {
      embeddings: s.explainEmbeddings(n, r.x[0].length),
      projections: s.explainProjections,
      scores: s.explainScores,
      scale: masked ? s.explainScaleCausal(this.d, sqrt) : s.explainScale(this.d, sqrt),
      softmax: masked ? s.explainSoftmaxCausal : s.explainSoftmax,
      output: s.explainOutput,
    }[stage];
    const [uses, makes] = this.matricesOf(stage);
    const hl = this.highlights();
    return html`<section
      part="step"
      class="step"
      data-stage=${stage}
      aria-label=${s.counter(this.shown, TOTAL)}
    >
      <p class="title">${capitalise(this.stepTitle(this.shown))}</p>
      <p part="explanation" class="explanation">${explanation}</p>
      ${uses.length ? this.renderGroup(uses.length && makes.length ? s.uses : s.input, uses, hl) : nothing}
      ${makes.length ? this.renderGroup(s.makes, makes, hl) : nothing} ${this.renderDetail()}
    </section>`;
  }

  private renderGroup(label: string, ids: MatrixId[] | string[], hl: Highlights): TemplateResult {
    return html`<div class="group">
      <p class="group-label">${label}</p>
      <div class="matrices">
        ${ids.map((id) => renderMatrix(this.view(id, hl.get(id)), this.grid))}
      </div>
    </div>`;
  }

  /** Which matrices a stage uses and which it makes. */
  private matricesOf(stage: StepStage): [string[], string[]] {
    const masked = !!this.snapshot!.masked;
    switch (stage) {
      case 'embeddings':
        return [['x'], []];
      case 'projections':
        return [
          ['x', 'wq', 'wk', 'wv'],
          ['q', 'k', 'v'],
        ];
      case 'scores':
        return [['q', 'k'], ['scores']];
      case 'scale':
        return [['scores'], masked ? ['scaled', 'masked'] : ['scaled']];
      case 'softmax':
        return [[masked ? 'masked' : 'scaled'], ['weights']];
      case 'output':
        return [['weights', 'v'], ['output']];
    }
  }

  /** The table of matrix `id`, labelled with tokens and dimensions. */
  private view(id: string, hl: {row?: number; col?: number} = {}): MatrixView {
    const r = this.snapshot!;
    const s = this.s;
    const tokens = this.example!.tokens;
    const p = this.digits;
    const dims = (count: number) => Array.from({length: count}, (_, j) => s.dim(j));
    const base = {id, precision: p, highlightRow: hl.row, highlightCol: hl.col};
    const tokenView = (
      values: number[][],
      caption: string,
      describe?: MatrixView['describe'],
    ): MatrixView => ({
      ...base,
      caption: subscripts(caption),
      note: s.noteTokens(values.length, values[0].length),
      corner: s.cornerToken,
      rowHeaders: tokens,
      colHeaders: dims(values[0].length),
      values,
      describe,
    });
    const squareView = (
      values: number[][],
      caption: string,
      describe: MatrixView['describe'],
      extra: Partial<MatrixView> = {},
    ): MatrixView => ({
      ...base,
      caption: subscripts(caption),
      note: s.noteSquare(values.length),
      corner: s.cornerSquare,
      rowHeaders: tokens,
      colHeaders: tokens,
      values,
      heat: heatRangeOf(values),
      describe,
      dimmed: r.masked ? (i, j) => j > i : undefined,
      ...extra,
    });
    const weightView = (values: number[][], caption: string): MatrixView => ({
      ...base,
      caption: subscripts(caption),
      note: s.noteWeights(values.length, values[0].length),
      corner: s.cornerDims,
      rowHeaders: dims(values.length),
      colHeaders: dims(values[0].length),
      values,
    });
    const column = (m: number[][], j: number) => m.map((row) => row[j]);
    const project = (w: number[][], out: number[][]) => (i: number, j: number) =>
      explainDot(r.x[i], column(w, j), out[i][j], p);
    const ex = this.example!;
    switch (id) {
      case 'x':
        return tokenView(r.x, s.captionX);
      case 'wq':
        return weightView(ex.wq, s.captionWq);
      case 'wk':
        return weightView(ex.wk, s.captionWk);
      case 'wv':
        return weightView(ex.wv, s.captionWv);
      case 'q':
        return tokenView(r.q, s.captionQ, project(ex.wq, r.q));
      case 'k':
        return tokenView(r.k, s.captionK, project(ex.wk, r.k));
      case 'v':
        return tokenView(r.v, s.captionV, project(ex.wv, r.v));
      case 'scores':
        return squareView(r.scores, s.captionScores, (i, j) =>
          explainDot(r.q[i], r.k[j], r.scores[i][j], p),
        );
      case 'scaled':
        return squareView(r.scaled, s.captionScaled(this.d), (i, j) =>
          explainScale(r.scores[i][j], this.d, r.scaled[i][j], p),
        );
      case 'masked':
        return squareView(r.masked!, s.captionMasked, (i, j) =>
          j > i ? s.maskedCell : s.keptCell(formatNumber(r.scaled[i][j], p)),
        );
      case 'weights': {
        const input = r.masked ?? r.scaled;
        return squareView(
          r.weights,
          s.captionWeights,
          (i, j) => explainSoftmax(input[i], j, r.weights[i][j], p),
          {
            heat: {min: 0, max: 1},
            trailing:
              this.shown === 5
                ? {
                    header: s.rowSum,
                    cells: r.weights.map((row) =>
                      formatNumber(
                        row.reduce((a, b) => a + b, 0),
                        p,
                      ),
                    ),
                    part: 'row-sum',
                  }
                : undefined,
          },
        );
      }
      default:
        return tokenView(r.output, s.captionOutput, (i, j) =>
          explainDot(r.weights[i], column(r.v, j), r.output[i][j], p),
        );
    }
  }

  /**
   * What to highlight for the cell under focus or pointer: its token in every matrix with token
   * rows, and the operands it was made from (a row of one matrix, a column of another).
   */
  private highlights(): Highlights {
    const hl: Highlights = new Map();
    const a: CellRef | null = this.grid.active;
    if (!a) return hl;
    const {matrix: m, row: i, col: j} = a;
    if (TOKEN_ROWS.has(m)) for (const id of TOKEN_ROWS) hl.set(id, {row: i});
    if (SQUARE.has(m)) for (const id of SQUARE) hl.set(id, {row: i, col: j});
    const wOf: Record<string, string> = {q: 'wq', k: 'wk', v: 'wv'};
    const outOf: Record<string, string> = {wq: 'q', wk: 'k', wv: 'v'};
    if (this.shown === 2 && wOf[m]) hl.set(wOf[m], {col: j});
    if (this.shown === 2 && outOf[m]) hl.set(outOf[m], {col: j});
    if (this.shown === 3 && m === 'scores') hl.set('k', {row: j});
    if (this.shown === 6 && m === 'output') hl.set('v', {col: j});
    if (this.shown === 6 && m === 'v') hl.set('output', {col: j});
    if (!hl.has(m)) hl.set(m, {row: i, col: j});
    return hl;
  }

  private renderDetail(): TemplateResult {
    const a = this.grid.active;
    const ids = this.matricesOf(STAGES[this.shown - 1]).flat();
    let text: string | TemplateResult = this.s.detailHint;
    if (a && ids.includes(a.matrix)) {
      const view = this.view(a.matrix);
      const value = view.values[a.row]?.[a.col];
      if (value !== undefined) {
        const where = this.s.detailCell(view.rowHeaders[a.row], view.colHeaders[a.col]);
        const arithmetic =
          view.describe?.(a.row, a.col) ?? this.s.detailInput(formatNumber(value, this.digits));
        text = html`<span class="detail-where">${view.caption} · ${where}:</span>
          <span class="num">${arithmetic}</span>`;
      }
    }
    return html`<p part="detail" class="detail">${text}</p>`;
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
      return;
    if ((event.composedPath()[0] as HTMLElement | undefined)?.closest?.('table')) return;
    const to = {ArrowLeft: this.current - 1, ArrowRight: this.current + 1, Home: 1, End: TOTAL}[
      event.key
    ];
    if (to === undefined) return;
    event.preventDefault();
    this.move(to);
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** `W_Q` → W<sub>Q</sub>: the only markup a caption string may carry, built as text nodes. */
function subscripts(text: string): TemplateResult {
  const parts = text.split(/_([A-Za-z0-9]+)/);
  return html`${parts.map((part, i) => (i % 2 ? html`<sub>${part}</sub>` : part))}`;
}
