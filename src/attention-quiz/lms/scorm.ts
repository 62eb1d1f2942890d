import type {QuizResponse, QuizScore} from '../../events/types.js';

/** Which SCORM runtime the quiz reports to. */
export type ScormVersion = 'scorm12' | 'scorm2004';

/** The SCORM 1.2 runtime API (the `API` object an LMS puts on a parent window). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSGetValue(element: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
}

/** The SCORM 2004 runtime API (`API_1484_11`). */
export interface Scorm2004Api {
  Initialize(arg: ''): unknown;
  SetValue(element: string, value: string): unknown;
  GetValue(element: string): unknown;
  Commit(arg: ''): unknown;
  Terminate(arg: ''): unknown;
  GetLastError(): unknown;
  GetErrorString(code: string): unknown;
}

const API_NAME: Record<ScormVersion, string> = {scorm12: 'API', scorm2004: 'API_1484_11'};

/** How many parents up the search goes before giving up (the ADL search allows 7). */
const MAX_PARENTS = 7;

/** Looks for `name` on `win` and up to seven of its parents; a cross-origin frame ends the climb. */
function scan(win: Window | null, name: string): object | null {
  let w = win;
  for (let tries = 0; w && tries <= MAX_PARENTS; tries++) {
    try {
      const api = (w as unknown as Record<string, unknown>)[name];
      if (api && typeof api === 'object') return api;
      if (!w.parent || w.parent === w) return null;
      w = w.parent;
    } catch {
      return null; // a parent on another origin: its API is out of reach
    }
  }
  return null;
}

/**
 * The standard SCORM API discovery: this window and its parents, then the window that opened
 * this one (and the opener of the top window) and their parents.
 */
export function findScormApi(version: ScormVersion, win: Window = window): object | null {
  const name = API_NAME[version];
  const openers: (Window | null)[] = [];
  try {
    openers.push(win.opener as Window | null);
    openers.push(win.top?.opener as Window | null);
  } catch {
    /* an opener on another origin */
  }
  return (
    scan(win, name) ?? openers.reduce<object | null>((found, o) => found ?? scan(o, name), null)
  );
}

/** SCORM identifiers allow only a few characters besides letters and digits. */
export function scormIdentifier(id: string): string {
  const safe = id.replace(/[^\w\-()+.:=@;$!*'%/#]/g, '_');
  return /\w/.test(safe) ? safe : `id_${safe}`;
}

/** A number as SCORM's decimal type writes it (at most 7 decimals, never exponent form). */
const decimal = (x: number) => String(Math.round(x * 1e7) / 1e7);

/** Runtimes already initialized on this page, so several quizzes in one SCO initialize once. */
const initialized = new WeakSet<object>();
const finished = new WeakSet<object>();

/**
 * One quiz's conversation with a SCORM runtime. Every call is guarded: a runtime that throws
 * or answers "false" is reported through `onProblem` (once per batch of calls) and the quiz
 * carries on.
 */
export class ScormSession {
  private problem: string | null = null;

  constructor(
    readonly version: ScormVersion,
    private readonly api: object,
    private readonly onProblem: (call: string, detail: string) => void,
  ) {}

  /** Initializes the runtime unless this page already has. */
  start(): void {
    if (initialized.has(this.api)) return;
    initialized.add(this.api);
    this.batch(() => this.call(this.version === 'scorm12' ? 'LMSInitialize' : 'Initialize', ''));
  }

  /** Records one answer as an interaction (1.2 only when the runtime supports interactions). */
  recordAnswer(response: QuizResponse, correctId: string): void {
    this.batch(() => {
      if (this.version === 'scorm12') {
        const children = String(this.get('cmi.interactions._children') ?? '');
        if (!children.includes('id') || !children.includes('result')) return;
        const n = this.count('cmi.interactions._count');
        const p = `cmi.interactions.${n}.`;
        this.setAll([
          [p + 'id', scormIdentifier(response.questionId)],
          [p + 'type', 'choice'],
          ...(children.includes('student_response')
            ? [[p + 'student_response', scormIdentifier(response.choiceId)] as const]
            : []),
          [p + 'result', response.correct ? 'correct' : 'wrong'],
        ]);
      } else {
        const n = this.count('cmi.interactions._count');
        const p = `cmi.interactions.${n}.`;
        this.setAll([
          [p + 'id', scormIdentifier(response.questionId)],
          [p + 'type', 'choice'],
          [p + 'correct_responses.0.pattern', scormIdentifier(correctId)],
          [p + 'learner_response', scormIdentifier(response.choiceId)],
          [p + 'result', response.correct ? 'correct' : 'incorrect'],
        ]);
      }
      this.commit();
    });
  }

  /** Writes the final score and status, then commits. */
  recordResult(score: QuizScore, passed: boolean): void {
    this.batch(() => {
      if (this.version === 'scorm12') {
        this.setAll([
          ['cmi.core.score.min', '0'],
          ['cmi.core.score.max', '100'],
          ['cmi.core.score.raw', decimal(score.scaled * 100)],
          ['cmi.core.lesson_status', passed ? 'passed' : 'failed'],
        ]);
      } else {
        this.setAll([
          ['cmi.score.min', decimal(score.min)],
          ['cmi.score.max', decimal(score.max)],
          ['cmi.score.raw', decimal(score.raw)],
          ['cmi.score.scaled', decimal(score.scaled)],
          ['cmi.success_status', passed ? 'passed' : 'failed'],
          ['cmi.completion_status', 'completed'],
        ]);
      }
      this.commit();
    });
  }

  /** Ends the session (when the page goes away for good). */
  finish(): void {
    if (!initialized.has(this.api) || finished.has(this.api)) return;
    finished.add(this.api);
    this.batch(() => this.call(this.version === 'scorm12' ? 'LMSFinish' : 'Terminate', ''));
  }

  private batch(work: () => void): void {
    this.problem = null;
    work();
    const problem = this.problem as string | null;
    if (problem !== null) {
      const [call, detail] = problem.split('\u0000');
      this.onProblem(call, detail);
    }
  }

  private commit(): boolean {
    return this.call(this.version === 'scorm12' ? 'LMSCommit' : 'Commit', '');
  }

  /** Sets each element in order, stopping at the first one the runtime refuses. */
  private setAll(pairs: ReadonlyArray<readonly [string, string]>): boolean {
    return pairs.every(([element, value]) => this.set(element, value));
  }

  private set(element: string, value: string): boolean {
    return this.call(this.version === 'scorm12' ? 'LMSSetValue' : 'SetValue', element, value);
  }

  private get(element: string): unknown {
    const name = this.version === 'scorm12' ? 'LMSGetValue' : 'GetValue';
    try {
      return (this.api as Record<string, (...a: string[]) => unknown>)[name](element);
    } catch {
      return '';
    }
  }

  private count(element: string): number {
    const n = Number(this.get(element));
    return Number.isInteger(n) && n >= 0 ? n : 0;
  }

  /** Calls the runtime; false (and one remembered problem) when it throws or says "false". */
  private call(name: string, ...args: string[]): boolean {
    const label = `${name}(${args.map((a) => JSON.stringify(a)).join(', ')})`;
    try {
      const fn = (this.api as Record<string, unknown>)[name];
      if (typeof fn !== 'function') return this.remember(label, 'not provided by the runtime');
      const answer = (fn as (...a: string[]) => unknown).apply(this.api, args);
      if (String(answer) === 'true') return true;
      return this.remember(label, this.lastError());
    } catch (e) {
      return this.remember(label, e instanceof Error ? e.message : String(e));
    }
  }

  private lastError(): string {
    try {
      const api = this.api as Record<string, (...a: string[]) => unknown>;
      const [getCode, getText] =
        this.version === 'scorm12'
          ? ['LMSGetLastError', 'LMSGetErrorString']
          : ['GetLastError', 'GetErrorString'];
      const code = String(api[getCode]());
      return `error ${code}: ${String(api[getText](code))}`;
    } catch {
      return 'no error code';
    }
  }

  private remember(label: string, detail: string): false {
    this.problem ??= `${label}\u0000${detail}`;
    return false;
  }
}
