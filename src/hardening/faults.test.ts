/**
 * Faults around the widgets: a SCORM runtime that throws or refuses, localStorage that is
 * unavailable or full, the library loaded twice, and a widget removed in the middle of an
 * interaction. In each, the page sees no uncaught error and no console.error, and the learner
 * loses nothing.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../index.js';
import {define} from '../internal/define.js';
import {AttentionStepper} from '../attention-stepper/attention-stepper.js';
import type {AttentionQuiz} from '../attention-quiz/attention-quiz.js';
import type {SqrtDExplorer} from '../sqrt-d-explorer/sqrt-d-explorer.js';
import type {CausalMaskView} from '../causal-mask-view/causal-mask-view.js';
import type {QuizCompleteEvent} from '../events/quiz-complete.js';
import {
  TAGS,
  errorBox,
  errorEvents,
  guardEachTest,
  settle,
  snapshot,
  type Widget,
} from '../test-support/hardening.js';

const w = window as unknown as Record<string, unknown>;
const FLAG = '__hardeningFaultRan';
const MARKUP = `<img/src=x/onerror=window.${FLAG}=1>`;

/** The right choice of each default question, written out independently of the widget. */
const RIGHT = ['a', 'b', 'd', 'c', 'c'];

const primary = (el: AttentionQuiz) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part=controls] button.primary')!;
async function choose(el: AttentionQuiz, id: string) {
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[type=radio][value="${id}"]`)!.click();
  await el.updateComplete;
}
async function press(el: AttentionQuiz) {
  primary(el).click();
  await el.updateComplete;
}
/** Answers every default question right, from the first open one, through to the result. */
async function answerAll(el: AttentionQuiz, from = 0) {
  for (let i = from; i < RIGHT.length; i++) {
    await choose(el, RIGHT[i]);
    await press(el); // Check
    await press(el); // Next / See your result
  }
}

type Behaviour = 'throws' | 'refuses' | 'refuses with markup';

/** A SCORM runtime whose every call throws, or answers "false" with an error code. */
function brokenRuntime(version: 'scorm12' | 'scorm2004', behaviour: Behaviour) {
  const names =
    version === 'scorm12'
      ? ['LMSInitialize', 'LMSSetValue', 'LMSGetValue', 'LMSCommit', 'LMSFinish']
      : ['Initialize', 'SetValue', 'GetValue', 'Commit', 'Terminate'];
  const [lastError, errorString] =
    version === 'scorm12'
      ? ['LMSGetLastError', 'LMSGetErrorString']
      : ['GetLastError', 'GetErrorString'];
  const calls: string[] = [];
  const api: Record<string, (...args: string[]) => unknown> = {};
  for (const name of names) {
    api[name] = (...args) => {
      calls.push(`${name}(${args.join(', ')})`);
      if (behaviour === 'throws') throw new Error('runtime unavailable');
      return name.endsWith('GetValue') ? '' : 'false';
    };
  }
  api[lastError] = () => {
    if (behaviour === 'throws') throw new TypeError('no error code');
    return '301';
  };
  api[errorString] = () => {
    if (behaviour === 'throws') throw new TypeError('no error string');
    return behaviour === 'refuses with markup' ? MARKUP : 'Not initialized';
  };
  return {api, calls};
}

describe('faults', () => {
  guardEachTest();

  describe('a SCORM runtime that fails', () => {
    afterEach(() => {
      delete w.API;
      delete w.API_1484_11;
    });
    after(() => expect(w[FLAG]).to.equal(undefined));

    for (const version of ['scorm12', 'scorm2004'] as const) {
      for (const behaviour of ['throws', 'refuses', 'refuses with markup'] as const) {
        it(`${version}: a runtime that ${behaviour}; the quiz completes and reports the problem`, async () => {
          const {api, calls} = brokenRuntime(version, behaviour);
          w[version === 'scorm12' ? 'API' : 'API_1484_11'] = api;
          // The first problem comes during the first update, so listen on the document.
          const errors = errorEvents(document);
          const completes: QuizCompleteEvent[] = [];
          document.addEventListener(
            'attention-quiz-complete',
            (e) => completes.push(e as QuizCompleteEvent),
            {
              once: true,
            },
          );
          const el = await fixture<AttentionQuiz>(
            `<attention-quiz lms="${version}"></attention-quiz>`,
          );
          await answerAll(el);
          expect(calls.length, 'the runtime was called').to.be.greaterThan(0);
          expect(completes).to.have.length(1);
          expect(completes[0].detail.score).to.deep.equal({raw: 5, min: 0, max: 5, scaled: 1});
          expect(el.result.complete).to.equal(true);
          expect(el.shadowRoot!.querySelector('[part=result]'), 'result screen').not.to.equal(null);
          expect(errors.length, 'attention-widget-error').to.be.greaterThan(0);
          expect(errors.every((e) => e.widget === 'attention-quiz')).to.equal(true);
          const notice = el.shadowRoot!.querySelector('[part=notice]');
          expect(notice?.textContent, 'the problem is noted in the quiz').to.match(/refused/);
          if (behaviour === 'refuses with markup') expect(notice!.textContent).to.contain(MARKUP);
          expect(el.shadowRoot!.querySelectorAll('img').length).to.equal(0);
          // Still answerable after the failures: a retry starts a clean attempt.
          el.shadowRoot!.querySelector<HTMLButtonElement>('[part=result] button')!.click();
          await el.updateComplete;
          expect(el.result.responses).to.deep.equal([]);
        });
      }
    }
  });

  describe('localStorage unavailable or full', () => {
    const proto = Storage.prototype;
    const original = {get: proto.getItem, set: proto.setItem};
    const key = 'hardening-faults';
    // The quiz warns (never errors) when storage fails: record the warnings instead of printing them.
    const warn = console.warn;
    let warnings: unknown[][] = [];
    beforeEach(() => {
      warnings = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
    });
    afterEach(() => {
      console.warn = warn;
      proto.getItem = original.get;
      proto.setItem = original.set;
      localStorage.removeItem(`attention-quiz:${key}`);
    });

    const stubs: [string, () => void][] = [
      [
        'reads and writes throw (storage blocked)',
        () => {
          proto.getItem = () => {
            throw new DOMException('blocked', 'SecurityError');
          };
          proto.setItem = () => {
            throw new DOMException('blocked', 'SecurityError');
          };
        },
      ],
      [
        'writes throw QuotaExceededError (storage full)',
        () => {
          proto.setItem = () => {
            throw new DOMException('full', 'QuotaExceededError');
          };
        },
      ],
    ];
    for (const [name, stub] of stubs) {
      it(`${name}: the quiz with persist keeps working to the end`, async () => {
        stub();
        const el = await fixture<AttentionQuiz>(
          html`<attention-quiz persist=${key}></attention-quiz>`,
        );
        const errors = errorEvents(el);
        await answerAll(el);
        expect(el.result.complete).to.equal(true);
        expect(el.result.score.raw).to.equal(5);
        expect(errorBox(el)).to.equal(null);
        expect(errors).to.deep.equal([]);
        expect(warnings.length, 'the failure is warned about').to.be.greaterThan(0);
      });
    }

    it('unreadable saved progress is ignored and the quiz starts fresh', async () => {
      localStorage.setItem(`attention-quiz:${key}`, '{"v": 1, "answers": [');
      const el = await fixture<AttentionQuiz>(
        html`<attention-quiz persist=${key}></attention-quiz>`,
      );
      expect(el.result.responses).to.deep.equal([]);
      expect(errorBox(el)).to.equal(null);
      await answerAll(el);
      expect(el.result.score.raw).to.equal(5);
      expect(warnings.length, 'the bad progress is warned about').to.equal(1);
    });
  });

  describe('loaded twice', () => {
    it('a second define() of every tag is a no-op that keeps the first class', () => {
      const first = TAGS.map((t) => customElements.get(t));
      for (const tag of TAGS) define(tag, class extends AttentionStepper {});
      expect(TAGS.map((t) => customElements.get(t))).to.deep.equal(first);
    });

    it('a second copy of every define module and of the index loads without a throw', async () => {
      const first = TAGS.map((t) => customElements.get(t));
      // A query string makes the browser load and run each module again, as a second bundle
      // would (the dev server serves the TypeScript sources under their own names).
      const again = (path: string) => import(new URL(`${path}?again`, import.meta.url).href);
      await Promise.all([again('../index.ts'), ...TAGS.map((t) => again(`../${t}/define.ts`))]);
      expect(TAGS.map((t) => customElements.get(t))).to.deep.equal(first);
      for (const tag of TAGS) {
        const el = await fixture<Widget>(`<${tag}></${tag}>`);
        expect(el.shadowRoot!.querySelector('[part~=base]'), `${tag} renders`).not.to.equal(null);
        expect(errorBox(el), `${tag} has no error`).to.equal(null);
      }
    });
  });

  describe('removed mid-interaction', () => {
    /** Removes `el` before its pending update runs, then attaches it elsewhere. */
    async function moveWhilePending<T extends Widget>(el: T): Promise<T> {
      const other = document.createElement('section');
      el.parentElement!.after(other);
      el.remove();
      await el.updateComplete;
      other.append(el);
      await el.updateComplete;
      return el;
    }
    afterEach(() => document.querySelectorAll('body > section').forEach((s) => s.remove()));

    it('<attention-stepper>: a step taken just before removal survives the move', async () => {
      const el = await fixture<AttentionStepper>(html`<attention-stepper></attention-stepper>`);
      const before = snapshot(el.result);
      el.next();
      el.next();
      await moveWhilePending(el);
      expect(el.stage).to.equal('scores');
      expect(el.shadowRoot!.querySelector('[part=counter]')!.textContent).to.contain('3');
      expect(snapshot(el.result)).to.equal(before);
      el.next();
      await el.updateComplete;
      expect(el.stage).to.equal('scale');
    });

    it('<attention-stepper>: a JSON child changed while detached is read on re-attach', async () => {
      const el = await fixture<AttentionStepper>(
        html`<attention-stepper
          ><script type="application/json">
            {
              "x": [
                [1, 0, 0, 0],
                [0, 1, 0, 0],
                [0, 0, 1, 0]
              ]
            }
          </script></attention-stepper
        >`,
      );
      const parent = el.parentElement!;
      el.remove();
      el.querySelector('script')!.textContent = '{"x": [[2, 0, 0, 0], [0, 2, 0, 0], [0, 0, 2, 0]]}';
      parent.append(el);
      await settle(el);
      expect(el.result.x[0]).to.deep.equal([2, 0, 0, 0]);
    });

    it('<sqrt-d-explorer>: a new d set just before removal is shown after the move', async () => {
      const el = await fixture<SqrtDExplorer>(html`<sqrt-d-explorer></sqrt-d-explorer>`);
      el.d = 1024;
      await moveWhilePending(el);
      expect(el.result!.d).to.equal(1024);
      expect(errorBox(el)).to.equal(null);
    });

    it('<causal-mask-view>: a toggle just before removal survives the move', async () => {
      const el = await fixture<CausalMaskView>(html`<causal-mask-view></causal-mask-view>`);
      const scores = el.result.scores;
      el.toggle();
      await moveWhilePending(el);
      expect(el.causal).to.equal(false);
      expect(el.shadowRoot!.querySelector('[role=switch]')!.getAttribute('aria-checked')).to.equal(
        'false',
      );
      expect(el.result.masked).to.deep.equal(scores);
    });

    it('<attention-quiz>: a choice and a checked answer survive removals, and the quiz completes', async () => {
      const el = await fixture<AttentionQuiz>(html`<attention-quiz></attention-quiz>`);
      await choose(el, RIGHT[0]);
      await moveWhilePending(el);
      primary(el).click(); // Check the choice made before the move
      await moveWhilePending(el);
      expect(el.result.responses).to.deep.equal([
        {questionId: 'qkv-roles', choiceId: 'a', correct: true},
      ]);
      await press(el); // Next
      await answerAll(el, 1);
      expect(el.result.complete).to.equal(true);
      expect(el.result.score.raw).to.equal(5);
    });

    it('every widget removed before its first render renders once attached again', async () => {
      for (const tag of TAGS) {
        const el = document.createElement(tag) as Widget;
        document.body.append(el);
        el.remove();
        const holder = document.createElement('section');
        document.body.append(holder);
        holder.append(el);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~=base]'), tag).not.to.equal(null);
        expect(snapshot(el.result), tag).not.to.equal(snapshot(undefined));
      }
    });
  });
});
