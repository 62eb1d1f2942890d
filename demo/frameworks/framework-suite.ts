// One suite for every framework demo (demo/frameworks/<name>/dist/app.js, built by
// scripts/build-frameworks.mjs): mount the app, check that the four widgets render numbers,
// that properties set by the framework reach them, and that their events reach the framework.
import {expect, waitUntil} from '@open-wc/testing';
import type {
  AttentionQuiz,
  AttentionStepper,
  CausalMaskView,
  SqrtDExplorer,
} from '../../src/index.js';

type Mount = (container: HTMLElement) => () => void;

const NUMBER = /\d\.\d\d/;

export function frameworkSuite(framework: string, load: () => Promise<{mount: Mount}>) {
  describe(`${framework} demo`, () => {
    let container: HTMLElement;
    let unmount: (() => void) | undefined;

    const $ = <T extends Element>(selector: string) => {
      const el = container.querySelector<T>(selector);
      if (!el) throw new Error(`${framework} rendered no ${selector}`);
      return el;
    };
    const state = (name: string) => $(`[data-state="${name}"]`).textContent!.trim();
    const widgets = () => ({
      stepper: $<AttentionStepper>('attention-stepper'),
      explorer: $<SqrtDExplorer>('sqrt-d-explorer'),
      mask: $<CausalMaskView>('causal-mask-view'),
      quiz: $<AttentionQuiz>('attention-quiz'),
    });
    const settled = async () => {
      for (const el of Object.values(widgets())) await el.updateComplete;
    };
    const text = (el: Element) => el.shadowRoot?.textContent ?? '';

    beforeEach(async () => {
      const {mount} = await load();
      container = document.createElement('div');
      document.body.append(container);
      unmount = mount(container);
      await waitUntil(
        () => container.querySelector('attention-quiz'),
        `${framework} did not render`,
      );
      await settled();
    });

    afterEach(() => {
      unmount?.();
      container.remove();
    });

    it('renders all four widgets with numbers', () => {
      const {stepper, explorer, mask, quiz} = widgets();
      for (const el of [stepper, explorer, mask]) {
        expect(el.shadowRoot!.querySelector('[part~="error"]'), el.localName).to.equal(null);
        expect(text(el), el.localName).to.match(NUMBER);
      }
      expect(stepper.result!.output.flat().every(Number.isFinite)).to.equal(true);
      expect(explorer.result!.scaled.maxProb).to.be.within(0, 1);
      const rowSums = mask.result!.weights.map((row) => row.reduce((a, b) => a + b, 0));
      rowSums.forEach((s) => expect(s).to.be.closeTo(1, 1e-9));
      expect(text(quiz)).to.match(/0\s*\/\s*2/);
    });

    it('passes properties from the framework to the widgets', async () => {
      const {stepper, explorer, mask, quiz} = widgets();
      expect(stepper.step).to.equal(3);
      expect(stepper.getAttribute('step')).to.equal('3');
      expect(explorer.d).to.equal(64);
      expect(explorer.result!.d).to.equal(64);
      expect(mask.causal).to.equal(true);
      // Rich data as a property: the quiz shows the framework's two questions, not its five.
      expect(quiz.result!.score.max).to.equal(2);
      expect(text(quiz)).to.contain('Why divide the scores by √d');

      $<HTMLButtonElement>('button[data-d="4096"]').click();
      await waitUntil(() => explorer.d === 4096, `${framework} did not set d`);
      await explorer.updateComplete;
      expect(explorer.result!.d).to.equal(4096);
      expect(state('d')).to.equal('4096');
    });

    it("delivers the widgets' events to the framework", async () => {
      const {stepper, mask} = widgets();
      const next = stepper.shadowRoot!.querySelector<HTMLButtonElement>('button.next')!;
      next.click();
      await waitUntil(() => state('step') === '4', `${framework} missed attention-step-change`);
      expect(state('stage')).to.equal('scale');
      await stepper.updateComplete;
      expect(stepper.step).to.equal(4);

      mask.toggle();
      await waitUntil(() => state('causal') === 'off', `${framework} missed causal-mask-change`);
      await mask.updateComplete;
      expect(mask.causal).to.equal(false);
    });
  });
}
