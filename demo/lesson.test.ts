import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../src/index.js';
import type {AttentionQuiz, AttentionStepper, CausalMaskView, SqrtDExplorer} from '../src/index.js';

/**
 * The lesson's widgets work together through DOM events only: a wrong quiz answer's "Show me"
 * sends `attention-show-request`, and the widget on the page that can show the topic moves.
 */
describe('linked widgets on one page', () => {
  async function lesson() {
    const page = await fixture<HTMLElement>(
      html`<div>
        <attention-stepper></attention-stepper>
        <sqrt-d-explorer></sqrt-d-explorer>
        <causal-mask-view causal="false"></causal-mask-view>
        <attention-quiz></attention-quiz>
      </div>`,
    );
    const get = <T extends Element>(tag: string) => page.querySelector(tag) as unknown as T;
    const quiz = get<AttentionQuiz>('attention-quiz');
    await quiz.updateComplete;
    return {
      quiz,
      stepper: get<AttentionStepper>('attention-stepper'),
      explorer: get<SqrtDExplorer>('sqrt-d-explorer'),
      mask: get<CausalMaskView>('causal-mask-view'),
    };
  }

  /** Answers the current question with `choiceId` and presses Check. */
  async function answer(quiz: AttentionQuiz, choiceId: string) {
    const root = quiz.shadowRoot!;
    const radio = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(
      (r) => r.value === choiceId,
    )!;
    radio.click();
    await quiz.updateComplete;
    root.querySelector<HTMLButtonElement>('[part="controls"] button.primary')!.click();
    await quiz.updateComplete;
  }
  const showMe = (quiz: AttentionQuiz) =>
    [...quiz.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="feedback"] button')].find(
      (b) => /show me/i.test(b.textContent ?? ''),
    )!;
  async function next(quiz: AttentionQuiz) {
    quiz.shadowRoot!.querySelector<HTMLButtonElement>('[part="controls"] button.primary')!.click();
    await quiz.updateComplete;
  }

  it('moves the right widget for every question, and only through events', async () => {
    const {quiz, stepper, explorer, mask} = await lesson();
    expect([stepper.step, explorer.d, mask.causal]).to.deep.equal([1, 16, false]);

    // 1. Q, K and V: the stepper goes to the projections (step 2).
    await answer(quiz, 'b');
    setTimeout(() => showMe(quiz).click());
    const step = await oneEvent(stepper, 'attention-step-change');
    expect(step.detail.step).to.equal(2);
    expect(step.detail.stage).to.equal('projections');
    await next(quiz);

    // 2. √d: the explorer goes to its largest d, where the unscaled softmax saturates.
    await answer(quiz, 'a');
    setTimeout(() => showMe(quiz).click());
    const d = await oneEvent(explorer, 'sqrt-d-change');
    expect(d.detail.d).to.equal(4096);
    expect(d.detail.unscaled.maxProb).to.be.greaterThan(d.detail.scaled.maxProb);
    await next(quiz);

    // 3. The causal mask: the mask view turns its mask on.
    await answer(quiz, 'a');
    setTimeout(() => showMe(quiz).click());
    const m = await oneEvent(mask, 'causal-mask-change');
    expect(m.detail.causal).to.equal(true);
    expect(m.detail.weights[0].slice(1).every((w: number) => w === 0)).to.equal(true);
    await next(quiz);

    // 5 (after a right answer to 4). Self- versus cross-attention: the stepper shows Q and K made from one X.
    await answer(quiz, 'c');
    await next(quiz);
    stepper.step = 6;
    await stepper.updateComplete;
    await answer(quiz, 'a');
    setTimeout(() => showMe(quiz).click());
    const self = await oneEvent(stepper, 'attention-step-change');
    expect(self.detail.step).to.equal(2);
    await quiz.updateComplete;
    expect(quiz.shadowRoot!.querySelector('[part="feedback"]')!.textContent).not.to.match(
      /nothing on this page/i,
    );
  });

  it('says so when no widget on the page can show the topic', async () => {
    const quiz = await fixture<AttentionQuiz>(html`<attention-quiz></attention-quiz>`);
    await answer(quiz, 'b'); // a wrong answer to the first question
    let requests = 0;
    document.addEventListener('attention-show-request', () => requests++, {once: true});
    showMe(quiz).click();
    await quiz.updateComplete;
    expect(requests).to.equal(1);
    const note = quiz.shadowRoot!.querySelector('[part="feedback"] .show span');
    expect(note?.textContent?.trim()).to.not.equal('');
  });
});

describe('demo/embed.html', () => {
  it('renders the widget its query asks for and posts its height to the parent', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size: 800px; block-size: 300px; border: 0';
    const heights: number[] = [];
    const got = new Promise<void>((resolve) => {
      addEventListener('message', function onMessage(e: MessageEvent) {
        if (e.source !== frame.contentWindow || e.data?.type !== 'attention-widgets:height') return;
        expect(e.data.widget).to.equal('sqrt-d-explorer');
        expect(e.data.id).to.equal('f1');
        heights.push(e.data.height);
        if (e.data.height > 300) {
          removeEventListener('message', onMessage);
          resolve();
        }
      });
    });
    frame.src = new URL(
      './embed.html?widget=sqrt-d-explorer&d=64&keys=4&theme=dark&frame=f1',
      import.meta.url,
    ).href;
    document.body.append(frame);
    await got;
    const el = frame.contentDocument!.querySelector('sqrt-d-explorer') as SqrtDExplorer;
    await el.updateComplete;
    expect(el.d).to.equal(64);
    expect(el.keys).to.equal(4);
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.result!.scaled.probs).to.have.length(4);
    // The posted height is the document's real height, so the parent can size the frame to it.
    const real = Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);
    expect(heights.at(-1)).to.be.closeTo(real, 2);
    frame.remove();
  });

  it('explains an unknown widget name instead of rendering nothing', async () => {
    const frame = document.createElement('iframe');
    const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
    frame.src = new URL('./embed.html?widget=%3Cimg%20src%3Dx%3E', import.meta.url).href;
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const message = doc.getElementById('message')!;
    // The widgets load after the page itself; the message replaces "Loading…" once they have.
    await waitUntil(() => message.textContent !== 'Loading…', 'the embed page never settled');
    const text = message.textContent!;
    expect(text).to.contain('Unknown widget "<img src=x>"');
    expect(doc.querySelector('img')).to.equal(null);
    frame.remove();
  });
});
