// The Vue 3 demo: the template is compiled in the browser, so the custom element rule goes in
// `app.config.compilerOptions.isCustomElement` (with a build step it goes in the compiler
// options of @vitejs/plugin-vue or vue-loader instead). `:d` binds a property because the
// element has one; `.prop` forces a property for rich data; `@event-name` listens to a DOM event.
import {createApp, ref} from 'vue';
import 'attention-widgets';
import type {CausalMaskChangeEvent, SqrtDChangeEvent, StepChangeEvent} from 'attention-widgets';
import {dChoices, questions, type Mount} from '../shared.js';

const App = {
  setup() {
    const step = ref(3);
    const stage = ref('scores');
    const d = ref(64);
    const causal = ref(true);
    const answers = ref(0);
    return {
      step,
      stage,
      d,
      causal,
      answers,
      dChoices,
      questions,
      onStep(e: StepChangeEvent) {
        step.value = e.detail.step;
        stage.value = e.detail.stage;
      },
      onD: (e: SqrtDChangeEvent) => (d.value = e.detail.d),
      onMask: (e: CausalMaskChangeEvent) => (causal.value = e.detail.causal),
    };
  },
  template: `
    <main>
      <h1>attention-widgets in Vue</h1>
      <p class="state">
        Vue state: step <output data-state="step">{{ step }}</output>
        (<output data-state="stage">{{ stage }}</output>), d <output data-state="d">{{ d }}</output>,
        mask <output data-state="causal">{{ causal ? 'on' : 'off' }}</output>,
        answers <output data-state="answers">{{ answers }}</output>
      </p>

      <attention-stepper tokens="The cat sat" :step="step" @attention-step-change="onStep"></attention-stepper>

      <p>
        <button v-for="value in dChoices" :key="value" type="button" :data-d="value" @click="d = value">
          d = {{ value }}
        </button>
      </p>
      <sqrt-d-explorer :d="d" @sqrt-d-change="onD"></sqrt-d-explorer>

      <causal-mask-view tokens="The cat sat very still" :causal.prop="causal" @causal-mask-change="onMask"></causal-mask-view>

      <attention-quiz pass-score="2" :questions.prop="questions" @attention-quiz-answer="answers++"></attention-quiz>
    </main>`,
};

export const mount: Mount = (container) => {
  const app = createApp(App);
  app.config.compilerOptions.isCustomElement = (tag) =>
    tag === 'attention-stepper' ||
    tag === 'sqrt-d-explorer' ||
    tag === 'causal-mask-view' ||
    tag === 'attention-quiz';
  app.mount(container);
  return () => app.unmount();
};
