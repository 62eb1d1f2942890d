import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {AttentionElement} from '../internal/attention-element.js';
import {baseStyles} from '../internal/base-styles.js';
import {mergeStrings} from '../internal/strings.js';
import {QuizAnswerEvent} from '../events/quiz-answer.js';
import {QuizCompleteEvent} from '../events/quiz-complete.js';
import {QuizXapiEvent, type XapiStatement} from '../events/quiz-xapi.js';
import {ShowRequestEvent} from '../events/show-request.js';
import {WidgetErrorEvent} from '../events/widget-error.js';
import type {QuizResponse, QuizScore} from '../events/types.js';
import {
  correctChoice,
  defaultQuestions,
  validateQuestions,
  type QuizQuestion,
} from './questions.js';
import {quizStrings, type QuizStrings} from './strings.js';
import {loadProgress, saveProgress} from './progress.js';
import {findScormApi, ScormSession, type ScormVersion} from './lms/scorm.js';
import {
  answeredStatement,
  defaultActivityId,
  resultStatements,
  uuidv4,
  type XapiAttempt,
} from './lms/xapi.js';
import {quizStyles} from './attention-quiz.styles.js';
import {numberAttribute} from '../internal/converters.js';

/** Where the quiz reports: a SCORM runtime found on a parent or opener window, or xAPI events. */
export type QuizLms = 'scorm12' | 'scorm2004' | 'xapi';

/** What `result` exposes: the score so far and every answer given in this attempt. */
export interface QuizResult {
  score: QuizScore;
  /** Whether `score.raw` has reached the pass mark (final only once `complete`). */
  passed: boolean;
  /** True once every question has been answered. */
  complete: boolean;
  /** The question on screen, 0-based; equal to the number of questions on the result screen. */
  index: number;
  responses: QuizResponse[];
}

const LMS_VALUES: readonly QuizLms[] = ['scorm12', 'scorm2004', 'xapi'];
const DEFAULT_PASS = 4;

type FocusTarget = 'verdict' | 'legend' | 'result';

/**
 * A knowledge check on the attention equation: one question at a time, each wrong choice
 * explains its misconception, a running score, a result screen with a review and retry, and
 * reporting to an LMS through SCORM 1.2, SCORM 2004 or xAPI statements.
 *
 * Questions come from the `questions` property or a `<script type="application/json">` child:
 * `[{id, prompt, choices: [{id, text, correct?, explanation}], show?}]`. When a question has a
 * `show` topic, a wrong answer offers "Show me", which fires `attention-show-request`; if no
 * widget on the page answers it, the quiz says so in text.
 *
 * `attention-quiz-complete`, and the final SCORM write or the final xAPI statements, happen
 * when the last question is checked, so a learner who closes the page before opening the
 * result screen is still graded.
 *
 * @summary Five questions on attention, explained answers, and scores for the gradebook.
 * @tagname attention-quiz
 * @fires attention-quiz-answer - `{questionId, choiceId, correct}` when the learner checks an answer.
 * @fires attention-quiz-complete - `{score: {raw, min, max, scaled}, passed, responses}` when the last question is checked.
 * @fires attention-quiz-xapi - `{statements}` with `lms="xapi"`: an `answered` statement per check, then `passed`/`failed` and `completed`.
 * @fires attention-show-request - `{topic}` when the learner asks to be shown a topic after a wrong answer.
 * @fires attention-widget-error - `{widget, message}` for a bad question set, attribute, or an LMS problem.
 * @slot continue - The page's own link onward, shown on the result screen.
 * @csspart base - The quiz's root.
 * @csspart header - The line with the question number and the score.
 * @csspart score - The running score `n/5`.
 * @csspart question - The fieldset of the current question.
 * @csspart choice - Each choice (a label holding its radio button).
 * @csspart feedback - The verdict and explanations after Check.
 * @csspart controls - The row of buttons (Check, Next, Show me, Try again).
 * @csspart result - The result screen.
 * @csspart notice - An unobtrusive note about the LMS connection.
 * @csspart error - The message shown when a question set or attribute is rejected.
 * @csspart status - The polite live region (visually hidden).
 * @cssprop [--attention-bg=#ffffff] - Background.
 * @cssprop [--attention-surface=#f5f6f8] - Background of choices and buttons.
 * @cssprop [--attention-fg=#1a1c21] - Text colour.
 * @cssprop [--attention-muted=#545b66] - Secondary text.
 * @cssprop [--attention-border=#c9ced6] - Borders.
 * @cssprop [--attention-accent=#1f5fbf] - Primary buttons and the selected choice.
 * @cssprop [--attention-accent-fg=#ffffff] - Text on the accent colour.
 * @cssprop [--attention-focus=#1f5fbf] - Focus ring.
 * @cssprop [--attention-success=#1d6b35] - Right answers.
 * @cssprop [--attention-danger=#a4262c] - Wrong answers and errors.
 * @cssprop [--attention-danger-bg=#fdecec] - Background of the error message.
 * @cssprop [--attention-radius=0.5rem] - Corner radius.
 * @cssprop [--attention-gap=1rem] - Spacing.
 * @cssprop [--attention-font-family=system-ui, sans-serif] - Text font.
 * @cssprop [--attention-font-size=1rem] - Base font size.
 */
export class AttentionQuiz extends AttentionElement {
  static override styles = [baseStyles, quizStyles];

  /** Custom questions `[{id, prompt, choices: [{id, text, correct?, explanation}], show?}]`; unset uses the default five. */
  @property({attribute: false}) questions?: QuizQuestion[];

  /** Right answers needed to pass (capped at the number of questions). */
  @property({type: Number, converter: numberAttribute(DEFAULT_PASS), attribute: 'pass-score'})
  passScore: number = 4;

  /** Where to report the score: `scorm12`, `scorm2004` or `xapi`; unset reports nowhere. */
  @property({reflect: true}) lms?: QuizLms;

  /** A key under which answers are kept in localStorage, so they survive a reload. */
  @property() persist?: string;

  /** The xAPI activity id (an IRI); by default this page's address plus `#` and the element's id. */
  @property({attribute: 'activity-id'}) activityId?: string;

  /** The xAPI actor put on every statement (e.g. `{mbox: 'mailto:…', name: '…'}`); unset leaves it to the page. */
  @property({attribute: false}) actor?: Record<string, unknown>;

  /** Overrides some or all of the visible strings. */
  @property({attribute: false}) strings?: Partial<QuizStrings>;

  /** The question set in use (the defaults, or the last accepted custom set). */
  @state() private set: readonly QuizQuestion[] = defaultQuestions;
  @state() private index = 0;
  /** Checked answers of this attempt, by question id; replaced, never mutated. */
  @state() private answers: ReadonlyMap<string, QuizResponse> = new Map();
  @state() private selected: string | null = null;
  @state() private hint: string | null = null;
  @state() private showNote: string | null = null;
  @state() private lmsNote: string | null = null;

  private text: QuizStrings = quizStrings;
  private passMark = DEFAULT_PASS;
  private registration = uuidv4();
  private scorm: ScormSession | null = null;
  private focusTarget: FocusTarget | null = null;

  /** The score so far, whether it passes, and every answer of this attempt (in question order). */
  get result(): QuizResult {
    const score = this.score();
    return {
      score,
      passed: score.raw >= this.effectivePass(),
      complete: this.isComplete(),
      index: this.index,
      responses: this.responses(),
    };
  }

  /** Starts a new attempt: clears the answers and shows the first question. */
  retry(): void {
    this.startAttempt();
    this.focusTarget = 'legend';
    this.save();
  }

  protected override get jsonChildEnabled(): boolean {
    return true;
  }

  protected override get jsonErrorPrefix(): string {
    return this.text.jsonError;
  }

  protected override applyJsonChild(value: unknown): void {
    this.acceptQuestions(value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.onPageHide);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.onPageHide);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('strings')) this.text = mergeStrings(quizStrings, this.strings);
    if (
      changed.has('questions') &&
      (this.questions !== undefined || changed.get('questions') !== undefined)
    )
      this.acceptQuestions(this.questions);
    if (changed.has('passScore')) {
      const p = this.passScore;
      if (Number.isInteger(p) && p >= 0) {
        this.passMark = p;
        this.clearError('pass-score');
      } else this.fail(this.text.badPassScore(String(p)), 'pass-score');
    }
    if (changed.has('lms') && this.lms != null && !LMS_VALUES.includes(this.lms))
      this.fail(this.text.badLms(String(this.lms)), 'lms');
    else if (changed.has('lms')) this.clearError('lms');
    if (changed.has('persist') || changed.has('set')) this.restore();
    if (changed.has('lms')) this.connectLms();
  }

  protected override updated(): void {
    if (this.focusTarget) {
      const target = this.focusTarget;
      this.focusTarget = null;
      const el = this.renderRoot.querySelector<HTMLElement>(`[data-focus="${target}"]`);
      el?.focus();
    }
  }

  override render() {
    const onResult = this.index >= this.set.length;
    return html`<div part="base" class="base" role="group" aria-label=${this.text.label}>
      ${this.renderStatus()} ${this.renderError(this.text.errorTitle)} ${this.renderNotice()}
      ${onResult ? this.renderResult() : this.renderQuestion(this.set[this.index])}
    </div>`;
  }

  // ---- rendering -------------------------------------------------------------------------

  private renderNotice() {
    return this.lmsNote === null
      ? nothing
      : html`<p part="notice" class="notice">${this.lmsNote}</p>`;
  }

  private renderHeader() {
    const s = this.text;
    return html`<div part="header" class="header">
      <p class="progress">${s.progress(this.index + 1, this.set.length)}</p>
      <p part="score" class="score">
        ${s.scoreLabel} <span class="num">${s.score(this.score().raw, this.set.length)}</span>
      </p>
    </div>`;
  }

  private renderQuestion(q: QuizQuestion) {
    const answer = this.answers.get(q.id);
    return html`${this.renderHeader()}
      <fieldset part="question" class="question">
        <legend><span tabindex="-1" data-focus="legend">${q.prompt}</span></legend>
        <div class="choices">
          ${q.choices.map((c) => this.renderChoice(q, c.id, c.text, answer))}
        </div>
      </fieldset>
      ${answer ? this.renderFeedback(q, answer) : nothing} ${this.renderQuestionControls(answer)}`;
  }

  private renderChoice(q: QuizQuestion, id: string, text: string, answer?: QuizResponse) {
    const s = this.text;
    const chosen = answer ? answer.choiceId === id : this.selected === id;
    const right = !!answer && correctChoice(q).id === id;
    const classes = [
      'choice',
      chosen ? 'chosen' : '',
      answer && right ? 'right' : '',
      answer && chosen && !right ? 'wrong' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return html`<label part="choice" class=${classes}>
      <input
        type="radio"
        name="choice"
        .value=${id}
        .checked=${chosen}
        ?disabled=${!!answer}
        @change=${this.onChoose}
      />
      <span class="text">${text}</span>
      ${answer && chosen ? html`<span class="tag">${s.yourAnswer}</span>` : nothing}
      ${answer && right && !chosen ? html`<span class="tag">${s.rightAnswer}</span>` : nothing}
    </label>`;
  }

  private renderFeedback(q: QuizQuestion, answer: QuizResponse) {
    const s = this.text;
    const chosen = q.choices.find((c) => c.id === answer.choiceId)!;
    const right = correctChoice(q);
    return html`<div
      part="feedback"
      class="feedback ${answer.correct ? 'ok' : 'bad'}"
      tabindex="-1"
      data-focus="verdict"
    >
      <p>
        <strong class="verdict">${answer.correct ? s.correct : s.wrong}</strong>
        ${chosen.explanation}
      </p>
      ${
        answer.correct
          ? nothing
          : html`<p class="right-answer"><strong>${s.rightAnswer}:</strong> ${right.text}</p>
              <p><strong>${s.whyRight}</strong> ${right.explanation}</p>`
      }
      ${
        !answer.correct && q.show
          ? html`<p class="show">
              <button type="button" @click=${this.onShowMe}>${s.showMe}</button>
              ${this.showNote === null ? nothing : html`<span>${this.showNote}</span>`}
            </p>`
          : nothing
      }
    </div>`;
  }

  private renderQuestionControls(answer?: QuizResponse) {
    const s = this.text;
    const last = this.index === this.set.length - 1;
    return html`<div part="controls" class="controls">
      ${
        answer
          ? html`<button type="button" class="primary" @click=${this.onNext}>
              ${last ? s.seeResult : s.next}
            </button>`
          : html`<button type="button" class="primary" @click=${this.onCheck}>${s.check}</button>`
      }
      ${this.hint === null ? nothing : html`<span class="hint">${this.hint}</span>`}
    </div>`;
  }

  private renderResult() {
    const s = this.text;
    const score = this.score();
    const pass = this.effectivePass();
    const passed = score.raw >= pass;
    return html`<section part="result" class="result" aria-labelledby="result-heading">
      <h2 id="result-heading" tabindex="-1" data-focus="result">
        ${s.resultHeading(score.raw, score.max)}
      </h2>
      <p class="outcome ${passed ? 'ok' : 'bad'}">
        ${passed ? s.passed(pass, score.max) : s.failed(pass, score.max)}
      </p>
      <h3>${s.reviewHeading}</h3>
      <ol class="review">
        ${this.set.map((q) => this.renderReviewItem(q))}
      </ol>
      <div part="controls" class="controls">
        <button type="button" @click=${this.onRetry}>${s.retry}</button>
        <slot name="continue"></slot>
      </div>
    </section>`;
  }

  private renderReviewItem(q: QuizQuestion) {
    const s = this.text;
    const answer = this.answers.get(q.id);
    const chosen = q.choices.find((c) => c.id === answer?.choiceId);
    const right = correctChoice(q);
    return html`<li class=${answer?.correct ? 'ok' : 'bad'}>
      <p class="prompt">${q.prompt}</p>
      <p>
        <strong>${s.yourAnswer}:</strong> ${chosen?.text ?? ''}
        <span class="mark">(${answer?.correct ? s.reviewCorrect : s.reviewWrong})</span>
      </p>
      ${answer?.correct ? nothing : html`<p><strong>${s.rightAnswer}:</strong> ${right.text}</p>`}
    </li>`;
  }

  // ---- user actions ----------------------------------------------------------------------

  private onChoose(e: Event): void {
    this.selected = (e.target as HTMLInputElement).value;
    this.hint = null;
  }

  private onCheck(): void {
    const q = this.set[this.index];
    if (!q || this.answers.has(q.id)) return;
    const choice = q.choices.find((c) => c.id === this.selected);
    if (!choice) {
      this.hint = this.text.chooseFirst;
      this.announce(this.text.chooseFirst);
      return;
    }
    const response: QuizResponse = {
      questionId: q.id,
      choiceId: choice.id,
      correct: choice.correct === true,
    };
    const next = new Map(this.answers);
    next.set(q.id, response);
    this.answers = next;
    this.showNote = null;
    this.focusTarget = 'verdict';
    this.announce(this.verdictText(q, response));
    this.save();
    this.dispatchEvent(new QuizAnswerEvent({...response}));
    this.reportAnswer(q, response);
    if (this.isComplete()) this.reportComplete();
  }

  private onNext(): void {
    this.index = Math.min(this.index + 1, this.set.length);
    this.selected = null;
    this.hint = null;
    this.showNote = null;
    this.focusTarget = this.index >= this.set.length ? 'result' : 'legend';
    this.save();
  }

  private onRetry(): void {
    this.retry();
  }

  private onShowMe(): void {
    const q = this.set[this.index];
    if (!q?.show) return;
    const request = new ShowRequestEvent(q.show);
    this.dispatchEvent(request);
    this.showNote = request.detail.handledBy ? this.text.showHandled : this.text.showUnavailable;
    this.announce(this.showNote);
  }

  private readonly onPageHide = (e: PageTransitionEvent): void => {
    if (!e.persisted) this.scorm?.finish();
  };

  // ---- reporting -------------------------------------------------------------------------

  private reportAnswer(q: QuizQuestion, response: QuizResponse): void {
    if (this.lms === 'xapi') {
      const statement = answeredStatement(
        this.xapiAttempt(),
        q,
        response.choiceId,
        response.correct,
      );
      this.dispatchEvent(new QuizXapiEvent({statements: [statement]}));
    }
    this.scorm?.recordAnswer(response, correctChoice(q).id);
  }

  private reportComplete(): void {
    const score = this.score();
    const passed = score.raw >= this.effectivePass();
    this.dispatchEvent(new QuizCompleteEvent({score, passed, responses: this.responses()}));
    if (this.lms === 'xapi') {
      const statements: XapiStatement[] = resultStatements(this.xapiAttempt(), score, passed);
      this.dispatchEvent(new QuizXapiEvent({statements}));
    }
    this.scorm?.recordResult(score, passed);
  }

  private xapiAttempt(): XapiAttempt {
    return {
      activityId: this.activityId || defaultActivityId(this.id),
      name: this.text.label,
      lang: this.closest('[lang]')?.getAttribute('lang') || 'en-US',
      registration: this.registration,
      actor: this.actor,
    };
  }

  private connectLms(): void {
    this.scorm = null;
    this.lmsNote = null;
    const lms = this.lms;
    if (lms !== 'scorm12' && lms !== 'scorm2004') return;
    const api = findScormApi(lms as ScormVersion);
    if (!api) {
      this.lmsProblem(this.text.lmsNoApi(lms === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004'));
      return;
    }
    this.scorm = new ScormSession(lms, api, (call, detail) =>
      this.lmsProblem(this.text.lmsFailed(call, detail)),
    );
    this.scorm.start();
  }

  /** LMS trouble is shown as a quiet note (the quiz itself keeps working) and reported once. */
  private lmsProblem(message: string): void {
    this.lmsNote = message;
    this.dispatchEvent(new WidgetErrorEvent({widget: this.localName, message}));
  }

  // ---- questions, progress ---------------------------------------------------------------

  private acceptQuestions(value: unknown): void {
    const checked = validateQuestions(value === undefined ? defaultQuestions : value, this.text);
    if (!checked.ok) {
      this.fail(checked.message, 'questions');
      return;
    }
    // A good set replaces whatever came before, from the property or the JSON child.
    this.clearError('questions');
    this.clearError('json');
    this.set = checked.questions;
    this.startAttempt();
  }

  /** No answers, the first question, and a new xAPI registration for the attempt. */
  private startAttempt(): void {
    this.answers = new Map();
    this.index = 0;
    this.selected = null;
    this.hint = null;
    this.showNote = null;
    this.registration = uuidv4();
  }

  /** Loads saved answers that still fit the question set in use. */
  private restore(): void {
    if (!this.persist) return;
    const saved = loadProgress(this.persist);
    if (!saved) return;
    const answers = new Map<string, QuizResponse>();
    for (const q of this.set) {
      const choice = q.choices.find((c) => c.id === saved.answers[q.id]);
      if (choice)
        answers.set(q.id, {
          questionId: q.id,
          choiceId: choice.id,
          correct: choice.correct === true,
        });
    }
    const firstOpen = this.set.findIndex((q) => !answers.has(q.id));
    const limit = firstOpen < 0 ? this.set.length : firstOpen;
    this.answers = answers;
    this.index = Math.max(0, Math.min(saved.index, limit));
    this.selected = null;
    if (saved.registration) this.registration = saved.registration;
  }

  private save(): void {
    if (!this.persist) return;
    const answers: Record<string, string> = {};
    for (const [q, r] of this.answers) answers[q] = r.choiceId;
    saveProgress(this.persist, {v: 1, answers, index: this.index, registration: this.registration});
  }

  // ---- derived values --------------------------------------------------------------------

  private score(): QuizScore {
    let raw = 0;
    for (const r of this.answers.values()) if (r.correct) raw++;
    const max = this.set.length;
    return {raw, min: 0, max, scaled: max ? raw / max : 0};
  }

  private effectivePass(): number {
    return Math.min(this.passMark, this.set.length);
  }

  private isComplete(): boolean {
    return this.set.every((q) => this.answers.has(q.id));
  }

  private responses(): QuizResponse[] {
    return this.set.flatMap((q) => {
      const r = this.answers.get(q.id);
      return r ? [{...r}] : [];
    });
  }

  private verdictText(q: QuizQuestion, r: QuizResponse): string {
    const s = this.text;
    const chosen = q.choices.find((c) => c.id === r.choiceId)!;
    if (r.correct) return `${s.correct} ${chosen.explanation}`;
    const right = correctChoice(q);
    return `${s.wrong} ${chosen.explanation} ${s.rightAnswer}: ${right.text}`;
  }
}
