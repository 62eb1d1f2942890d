// The React 19 demo: the widgets are plain custom element tags. React 19 sets a prop as a
// property when the element has one (`step`, `d`, `questions`), and a prop named `on` + the
// exact event name (`onattention-step-change`) adds a listener for that event.
import {useState} from 'react';
import {createRoot} from 'react-dom/client';
import 'attention-widgets';
import type {CausalMaskChangeEvent, SqrtDChangeEvent, StepChangeEvent} from 'attention-widgets';
import {dChoices, questions, type Mount} from '../shared.js';

function App() {
  const [step, setStep] = useState(3);
  const [stage, setStage] = useState('scores');
  const [d, setD] = useState(64);
  const [causal, setCausal] = useState(true);
  const [answers, setAnswers] = useState(0);

  return (
    <main>
      <h1>attention-widgets in React</h1>
      <p className="state">
        React state: step <output data-state="step">{step}</output> (
        <output data-state="stage">{stage}</output>), d <output data-state="d">{d}</output>, mask{' '}
        <output data-state="causal">{causal ? 'on' : 'off'}</output>, answers{' '}
        <output data-state="answers">{answers}</output>
      </p>

      <attention-stepper
        tokens="The cat sat"
        step={step}
        onattention-step-change={(e: StepChangeEvent) => {
          setStep(e.detail.step);
          setStage(e.detail.stage);
        }}
      ></attention-stepper>

      <p>
        {dChoices.map((value) => (
          <button key={value} type="button" data-d={value} onClick={() => setD(value)}>
            d = {value}
          </button>
        ))}
      </p>
      <sqrt-d-explorer
        d={d}
        onsqrt-d-change={(e: SqrtDChangeEvent) => setD(e.detail.d)}
      ></sqrt-d-explorer>

      <causal-mask-view
        tokens="The cat sat very still"
        causal={causal}
        oncausal-mask-change={(e: CausalMaskChangeEvent) => setCausal(e.detail.causal)}
      ></causal-mask-view>

      <attention-quiz
        pass-score={2}
        questions={questions}
        onattention-quiz-answer={() => setAnswers((n) => n + 1)}
      ></attention-quiz>
    </main>
  );
}

export const mount: Mount = (container) => {
  const root = createRoot(container);
  root.render(<App />);
  return () => root.unmount();
};
