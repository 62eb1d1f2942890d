/**
 * Every widget in its main states passes axe with `prefers-reduced-motion: reduce` and with
 * `forced-colors: active`, in light and dark (the reader's `prefers-color-scheme`, emulated).
 *
 * Emulation goes through the `emulate-media-features` command (scripts/media-plugin.mjs), which
 * Chromium honours over the DevTools protocol; Firefox (WebDriver BiDi) and WebKit (WebDriver)
 * cannot emulate these features here. Each case checks with `matchMedia` that the emulation
 * took effect and skips itself otherwise, saying why. The forced-colors rules themselves are also checked in every browser
 * by applying them directly (see the last suite).
 */
import {expect, fixture} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../index.js';
import {guardEachTest, type Tag, type Widget} from '../test-support/hardening.js';

type Any = Widget & Record<string, unknown> & {[k: string]: unknown};

const RIGHT = ['a', 'b', 'd', 'c', 'c'];
const $ = <T extends Element>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;

/** The main states of each widget, reached through its public surface. */
const STATES: Record<Tag, {markup: string; states: [string, (el: Any) => Promise<void>][]}> = {
  'attention-stepper': {
    markup: '<attention-stepper causal></attention-stepper>',
    states: [
      ['step 1', async () => {}],
      ...[3, 4, 5, 6].map((step): [string, (el: Any) => Promise<void>] => [
        `step ${step}`,
        async (el) => {
          el.step = step;
          await el.updateComplete;
        },
      ]),
    ],
  },
  'sqrt-d-explorer': {
    markup: '<sqrt-d-explorer></sqrt-d-explorer>',
    states: [
      ['d = 16', async () => {}],
      [
        'd = 4096 with the chart table open',
        async (el) => {
          el.d = 4096;
          await el.updateComplete;
          $<HTMLDetailsElement>(el, 'details').open = true;
          await el.updateComplete;
        },
      ],
      [
        'an error shown',
        async (el) => {
          el.keys = 0;
          await el.updateComplete;
        },
      ],
    ],
  },
  'causal-mask-view': {
    markup: '<causal-mask-view></causal-mask-view>',
    states: [
      ['mask on', async () => {}],
      [
        'mask off',
        async (el) => {
          (el.toggle as () => void)();
          await el.updateComplete;
        },
      ],
      [
        'compact, 20 tokens',
        async (el) => {
          el.tokens = Array.from({length: 20}, (_, i) => `t${i}`).join(' ');
          await el.updateComplete;
        },
      ],
    ],
  },
  'attention-quiz': {
    markup: '<attention-quiz></attention-quiz>',
    states: [
      ['question', async () => {}],
      [
        'feedback on a wrong answer',
        async (el) => {
          $<HTMLInputElement>(el, 'input[type=radio][value="b"]').click();
          await el.updateComplete;
          $<HTMLButtonElement>(el, '[part=controls] button.primary').click();
          await el.updateComplete;
        },
      ],
      [
        'result',
        async (el) => {
          $<HTMLButtonElement>(el, '[part=controls] button.primary').click();
          await el.updateComplete;
          for (let i = 1; i < RIGHT.length; i++) {
            $<HTMLInputElement>(el, `input[type=radio][value="${RIGHT[i]}"]`).click();
            await el.updateComplete;
            for (let k = 0; k < 2; k++) {
              $<HTMLButtonElement>(el, '[part=controls] button.primary').click();
              await el.updateComplete;
            }
          }
          expect($(el, '[part=result]')).not.to.equal(null);
        },
      ],
    ],
  },
};

let noEmulation: string | null = null;

/** Emulates the media features, or says why this browser cannot (null when it worked). */
async function emulate(features: {
  colorScheme: 'light' | 'dark';
  reducedMotion?: 'reduce';
  forcedColors?: 'active';
}): Promise<string | null> {
  if (noEmulation) return noEmulation;
  try {
    await executeServerCommand('emulate-media-features', features);
  } catch (e) {
    // Asked once per run: the server logs every refused command.
    return (noEmulation = `media emulation is not supported here: ${(e as Error).message}`);
  }
  const wanted = [
    `(prefers-color-scheme: ${features.colorScheme})`,
    ...(features.reducedMotion ? ['(prefers-reduced-motion: reduce)'] : []),
    ...(features.forcedColors ? ['(forced-colors: active)'] : []),
  ];
  const missing = wanted.filter((q) => !matchMedia(q).matches);
  return missing.length ? `this browser's launcher did not emulate ${missing.join(', ')}` : null;
}

async function resetEmulation() {
  if (noEmulation) return;
  try {
    await executeServerCommand('emulate-media-features', {});
  } catch {
    // Nothing was emulated where emulateMedia is unsupported.
  }
}

async function checkStates(tag: Tag) {
  const {markup, states} = STATES[tag];
  const el = await fixture<Any>(markup);
  for (const [name, reach] of states) {
    await reach(el);
    await expect(el, `${tag}: ${name}`).to.be.accessible();
  }
  return el;
}

describe('axe under emulated media', () => {
  guardEachTest();
  afterEach(resetEmulation);

  for (const scheme of ['light', 'dark'] as const) {
    for (const tag of Object.keys(STATES) as Tag[]) {
      it(`${tag}, prefers-reduced-motion: reduce, ${scheme}`, async function () {
        const unsupported = await emulate({colorScheme: scheme, reducedMotion: 'reduce'});
        // Skipped where the launcher cannot emulate media features (WebDriver, or a puppeteer
        // browser without CDP media emulation); the reason is in `unsupported`.
        if (unsupported) this.skip();
        const el = await checkStates(tag);
        // The reduced-motion rule is in force: no transition anywhere in the widget.
        for (const node of el.shadowRoot!.querySelectorAll('*')) {
          expect(getComputedStyle(node).transitionDuration, node.localName).to.match(/^0s(, 0s)*$/);
        }
        const bg = getComputedStyle(el).backgroundColor;
        expect(bg, 'background follows the emulated scheme').to.equal(
          scheme === 'dark' ? 'rgb(22, 24, 29)' : 'rgb(255, 255, 255)',
        );
      });

      it(`${tag}, forced-colors: active, ${scheme}`, async function () {
        const unsupported = await emulate({colorScheme: scheme, forcedColors: 'active'});
        // Emulated over CDP in Chromium (scripts/media-plugin.mjs); skipped with the reason where
        // the launcher cannot (WebDriver for WebKit; Firefox's BiDi has no forced-colors).
        if (unsupported) this.skip();
        await checkStates(tag);
      });
    }
  }
});

/**
 * Where forced colours cannot be emulated, the widgets' own `@media (forced-colors: active)`
 * rules are applied directly (as an extra adopted sheet), so axe still checks the states they
 * style. The page is light here: outside real forced colours, system colours resolve to the
 * light palette.
 */
describe('axe with the forced-colors rules applied directly', () => {
  guardEachTest();

  function applyForcedColorRules(el: Element) {
    const root = el.shadowRoot!;
    const rules: string[] = [];
    const sheets = [
      ...root.adoptedStyleSheets,
      ...[...root.querySelectorAll('style')].map((s) => s.sheet!),
    ];
    for (const sheet of sheets) {
      for (const rule of sheet.cssRules) {
        if (rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'))
          rules.push(...[...rule.cssRules].map((r) => r.cssText));
      }
    }
    expect(rules.length, 'the widget has forced-colors rules').to.be.greaterThan(0);
    const style = document.createElement('style');
    style.textContent = rules.join('\n');
    root.append(style);
  }

  for (const tag of Object.keys(STATES) as Tag[]) {
    it(`${tag}`, async () => {
      const {markup, states} = STATES[tag];
      const el = await fixture<Any>(markup);
      applyForcedColorRules(el);
      for (const [name, reach] of states) {
        await reach(el);
        await expect(el, `${tag}: ${name}`).to.be.accessible();
      }
    });
  }
});
