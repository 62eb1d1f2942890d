// Runs inside headless Chromium against the built CDN bundle (production Lit).
// Each interaction is timed from the call to the end of the layout it causes.
const stage = document.getElementById('stage');
const settle = async (el) => {
  const widgets = [el, ...el.querySelectorAll('*')].filter((w) => w.updateComplete);
  await Promise.all(widgets.map((w) => w.updateComplete));
  // Force style and layout so the time includes what the browser must do before painting.
  el.getBoundingClientRect();
  el.shadowRoot?.firstElementChild?.getBoundingClientRect();
};

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return {median: at(0.5), p95: at(0.95), n: s.length};
}

/** `target` is the element, or a function returning it when `setup` replaces it. */
async function timeEach(reps, setup, act, target) {
  const el = () => (typeof target === 'function' ? target() : target);
  const samples = [];
  for (let i = 0; i < reps; i++) {
    await setup?.(i);
    await settle(el());
    const t0 = performance.now();
    await act(i);
    await settle(el());
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

async function mount(html) {
  stage.innerHTML = html;
  const el = stage.firstElementChild;
  await settle(el);
  return el;
}

async function firstRender(html, reps = 60) {
  const samples = [];
  for (let i = 0; i < reps; i++) {
    stage.replaceChildren();
    const t0 = performance.now();
    await mount(html);
    samples.push(performance.now() - t0);
  }
  stage.replaceChildren();
  return stats(samples);
}

const LESSON =
  '<div><attention-stepper></attention-stepper><sqrt-d-explorer></sqrt-d-explorer>' +
  '<causal-mask-view></causal-mask-view><attention-quiz></attention-quiz></div>';

const longTokens = (n) => Array.from({length: n}, (_, i) => `t${i + 1}`).join(' ');

async function answerFirst(quiz) {
  quiz.shadowRoot.querySelector('input[type="radio"]').click();
  await quiz.updateComplete;
  quiz.shadowRoot.querySelector('[part="controls"] button.primary').click();
}

window.bench = {
  stats,

  /** The lesson's first render in this page: the cold one a reader's page load pays. */
  async coldLesson() {
    const t0 = performance.now();
    await mount(LESSON);
    const ms = performance.now() - t0;
    stage.replaceChildren();
    return ms;
  },

  async firstRenders() {
    return {
      'attention-stepper': await firstRender('<attention-stepper></attention-stepper>'),
      'sqrt-d-explorer': await firstRender('<sqrt-d-explorer></sqrt-d-explorer>'),
      'causal-mask-view': await firstRender('<causal-mask-view></causal-mask-view>'),
      'attention-quiz': await firstRender('<attention-quiz></attention-quiz>'),
      'lesson (all four)': await firstRender(LESSON, 50),
    };
  },

  async interactions(reps = 60) {
    const out = {};
    let el = await mount('<attention-stepper></attention-stepper>');
    out['stepper: next step'] = await timeEach(
      reps,
      (i) => i % 5 === 0 && el.goTo(1),
      () => el.next(),
      el,
    );

    el = await mount('<sqrt-d-explorer></sqrt-d-explorer>');
    const ds = [4, 16, 64, 256, 1024, 4096];
    out['explorer: new d (with chart)'] = await timeEach(
      reps,
      null,
      (i) => (el.d = ds[(i + 1) % ds.length]),
      el,
    );
    out['explorer: resample'] = await timeEach(reps, null, () => el.resample(), el);

    el = await mount('<causal-mask-view></causal-mask-view>');
    out['mask: toggle, 5 tokens'] = await timeEach(reps, null, () => el.toggle(), el);
    el = await mount(`<causal-mask-view tokens="${longTokens(64)}"></causal-mask-view>`);
    out['mask: toggle, 64 tokens'] = await timeEach(reps, null, () => el.toggle(), el);
    el = await mount(`<causal-mask-view tokens="${longTokens(128)}"></causal-mask-view>`);
    out['mask: toggle, 128 tokens'] = await timeEach(reps, null, () => el.toggle(), el);

    el = await mount('<attention-quiz></attention-quiz>');
    out['quiz: answer a question'] = await timeEach(
      reps,
      async () => {
        el.remove();
        el = await mount('<attention-quiz></attention-quiz>');
      },
      () => answerFirst(el),
      () => el,
    );
    stage.replaceChildren();
    return out;
  },

  /** Creates, attaches and removes each widget `cycles` times; the runner then forces GC. */
  async churn(cycles = 1000) {
    for (const tag of [
      'attention-stepper',
      'sqrt-d-explorer',
      'causal-mask-view',
      'attention-quiz',
    ]) {
      for (let i = 0; i < cycles; i++) {
        const el = document.createElement(tag);
        stage.append(el);
        await el.updateComplete;
        el.remove();
      }
    }
    stage.replaceChildren();
  },
};
window.benchReady = true;
