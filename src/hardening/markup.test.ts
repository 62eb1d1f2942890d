/**
 * Markup in every text input renders as text and runs nothing: `<img onerror>`, `<script>`,
 * `<svg onload>`, a `javascript:` URL, and a 10,000-character unbroken string that must not
 * push the widget wider than its box. Inputs: tokens, strings overrides, quiz prompts, choices
 * and explanations, JSON children, and attribute values echoed in an error message.
 */
import {expect, fixture} from '@open-wc/testing';
import '../index.js';
import {guardEachTest, settle, type Widget} from '../test-support/hardening.js';

type Any = Widget & Record<string, unknown>;
const FLAG = '__hardeningMarkupRan';
const flags = window as unknown as Record<string, unknown>;

const PAYLOADS = {
  // No white space, so a token list keeps each payload whole.
  img: `<img/src=x/onerror=window.${FLAG}=1>`,
  script: `<script>window.${FLAG}=1</script>`,
  svg: `<svg/onload=window.${FLAG}=1>`,
  url: `javascript:window.${FLAG}=1`,
  long: 'W'.repeat(10_000),
} as const;
type Payload = keyof typeof PAYLOADS;

/** Elements or attributes that would mean the payload became markup. */
function expectInert(el: HTMLElement, label: string) {
  const root = el.shadowRoot!;
  const found = root.querySelectorAll('img, script, iframe, object, embed, a[href^="javascript"]');
  expect(found.length, `${label}: no element made from the payload`).to.equal(0);
  for (const node of root.querySelectorAll('*')) {
    for (const attr of node.getAttributeNames()) {
      expect(attr.startsWith('on'), `${label}: no ${attr} attribute`).to.equal(false);
    }
  }
  expect(
    el.querySelectorAll('img, iframe').length,
    `${label}: nothing added to light DOM`,
  ).to.equal(0);
  expect(flags[FLAG], `${label}: payload did not run`).to.equal(undefined);
}

/** The payload appears as text (or in an attribute, for labels), not lost. */
function expectShown(el: HTMLElement, payload: string, label: string) {
  const root = el.shadowRoot!;
  const needle = payload.slice(0, 200);
  const inText = (root.textContent ?? '').includes(needle);
  const inAttr = [...root.querySelectorAll('*')].some((n) =>
    n.getAttributeNames().some((a) => (n.getAttribute(a) ?? '').includes(needle)),
  );
  expect(inText || inAttr, `${label}: payload shown as text`).to.equal(true);
}

/** A long unbroken string must not push the widget past its own width (inner scrollers may). */
function expectNoOverflow(el: HTMLElement, label: string) {
  expect(el.scrollWidth, `${label}: host does not overflow`).to.be.at.most(el.clientWidth + 2);
  expect(
    document.documentElement.scrollWidth,
    `${label}: page does not scroll sideways`,
  ).to.be.at.most(document.documentElement.clientWidth + 2);
}

interface Case {
  name: string;
  markup: string;
  /** Puts the payload in (some inputs are rejected, and their error message shows it). */
  apply(el: Any, p: string): void | Promise<void>;
  /** More screens to check after applying (e.g. quiz feedback and result). */
  screens?: ((el: Any) => Promise<void>)[];
}

const clickPrimary = async (el: Any) => {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part=controls] button.primary')!.click();
  await el.updateComplete;
};
const chooseSecond = async (el: Any) => {
  el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')[1].click();
  await el.updateComplete;
};

const CASES: Case[] = [
  {
    name: 'attention-stepper tokens',
    markup: '<attention-stepper step="3"></attention-stepper>',
    apply: (el, p) => el.setAttribute('tokens', p),
  },
  {
    name: 'attention-stepper strings',
    markup: '<attention-stepper></attention-stepper>',
    apply: (el, p) => {
      el.strings = {next: p, counter: () => p, captionX: p, explainEmbeddings: () => p};
    },
  },
  {
    name: 'attention-stepper error title',
    markup: '<attention-stepper></attention-stepper>',
    apply: (el, p) => {
      el.strings = {errorTitle: p, errorTokensEmpty: p};
      el.tokens = '';
    },
  },
  {
    name: 'sqrt-d-explorer strings (HTML and SVG text)',
    markup: '<sqrt-d-explorer></sqrt-d-explorer>',
    apply: (el, p) => {
      el.strings = {title: p, keyLabel: () => p, chartX: p, verdictSpread: p, verdictSaturated: p};
    },
  },
  {
    name: 'sqrt-d-explorer choices echoed in its error',
    markup: '<sqrt-d-explorer></sqrt-d-explorer>',
    apply: (el, p) => el.setAttribute('choices', p),
  },
  {
    name: 'causal-mask-view tokens',
    markup: '<causal-mask-view></causal-mask-view>',
    apply: (el, p) => el.setAttribute('tokens', `${p} b c`),
  },
  {
    name: 'causal-mask-view strings',
    markup: '<causal-mask-view></causal-mask-view>',
    apply: (el, p) => {
      el.strings = {switchLabel: p, modeOn: p, scoresCaption: p};
    },
  },
  {
    name: 'causal-mask-view JSON child tokens',
    markup: '<causal-mask-view></causal-mask-view>',
    apply: async (el, p) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({tokens: [p, 'two']});
      el.append(script);
      await settle(el);
    },
  },
  {
    name: 'attention-quiz prompt, choices and explanations',
    markup: '<attention-quiz></attention-quiz>',
    apply: (el, p) => {
      el.questions = [
        {
          id: 'q',
          prompt: p,
          choices: [
            {id: 'a', text: p, correct: true, explanation: p},
            {id: 'b', text: `${p}!`, explanation: p},
          ],
        },
      ];
    },
    // Question screen, then a wrong answer's feedback, then the result screen's review.
    screens: [
      async (el) => {
        await chooseSecond(el);
        await clickPrimary(el);
      },
      clickPrimary,
    ],
  },
  {
    name: 'attention-quiz questions from a JSON child',
    markup: '<attention-quiz></attention-quiz>',
    apply: async (el, p) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify([
        {
          id: 'q',
          prompt: p,
          choices: [
            {id: 'a', text: p, correct: true, explanation: p},
            {id: 'b', text: 'b', explanation: p},
          ],
        },
      ]);
      el.append(script);
      await settle(el);
    },
  },
  {
    name: 'attention-quiz strings',
    markup: '<attention-quiz></attention-quiz>',
    apply: (el, p) => {
      el.strings = {check: p, label: p, progress: () => p};
    },
  },
  {
    name: 'attention-quiz lms echoed in its error',
    markup: '<attention-quiz></attention-quiz>',
    apply: (el, p) => el.setAttribute('lms', p),
  },
];

describe('markup payloads render as text', () => {
  guardEachTest();
  after(() => {
    // Anything that slipped through would have run by now (an image error is asynchronous).
    expect(flags[FLAG]).to.equal(undefined);
  });

  for (const c of CASES) {
    for (const kind of Object.keys(PAYLOADS) as Payload[]) {
      it(`${c.name}: ${kind}`, async () => {
        const p = PAYLOADS[kind];
        const el = await fixture<Any>(c.markup);
        el.parentElement!.style.inlineSize = '480px';
        await c.apply(el, p);
        await el.updateComplete;
        const screens = [async () => {}, ...(c.screens ?? []).map((s) => () => s(el))];
        for (const [i, go] of screens.entries()) {
          await go();
          const label = `${c.name}, ${kind}, screen ${i + 1}`;
          expectInert(el, label);
          expectShown(el, p, label);
          if (kind === 'long') expectNoOverflow(el, label);
        }
      });
    }
  }
});
