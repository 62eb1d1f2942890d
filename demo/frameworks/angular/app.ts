// The Angular demo: CUSTOM_ELEMENTS_SCHEMA lets the template use the tags, `[prop]` binds a
// property and `(event-name)` listens to a DOM event. Compiled in the browser (JIT, hence the
// @angular/compiler import first), without zone.js.
import '@angular/compiler';
import {
  Component,
  CUSTOM_ELEMENTS_SCHEMA,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import {createApplication} from '@angular/platform-browser';
import 'attention-widgets';
import type {CausalMaskChangeEvent, SqrtDChangeEvent, StepChangeEvent} from 'attention-widgets';
import {dChoices, questions, type Mount} from '../shared.js';

@Component({
  selector: 'attention-demo',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: ` <main>
    <h1>attention-widgets in Angular</h1>
    <p class="state">
      Angular state: step <output data-state="step">{{ step() }}</output> (<output
        data-state="stage"
        >{{ stage() }}</output
      >), d <output data-state="d">{{ d() }}</output>, mask
      <output data-state="causal">{{ causal() ? 'on' : 'off' }}</output>, answers
      <output data-state="answers">{{ answers() }}</output>
    </p>

    <attention-stepper
      tokens="The cat sat"
      [step]="step()"
      (attention-step-change)="onStep($event)"
    ></attention-stepper>

    <p>
      @for (value of dChoices; track value) {
        <button type="button" [attr.data-d]="value" (click)="d.set(value)">d = {{ value }}</button>
      }
    </p>
    <sqrt-d-explorer [d]="d()" (sqrt-d-change)="onD($event)"></sqrt-d-explorer>

    <causal-mask-view
      tokens="The cat sat very still"
      [causal]="causal()"
      (causal-mask-change)="onMask($event)"
    ></causal-mask-view>

    <attention-quiz
      pass-score="2"
      [questions]="questions"
      (attention-quiz-answer)="answers.set(answers() + 1)"
    ></attention-quiz>
  </main>`,
})
class DemoComponent {
  readonly dChoices = dChoices;
  readonly questions = questions;
  readonly step = signal(3);
  readonly stage = signal('scores');
  readonly d = signal(64);
  readonly causal = signal(true);
  readonly answers = signal(0);

  onStep(e: StepChangeEvent) {
    this.step.set(e.detail.step);
    this.stage.set(e.detail.stage);
  }
  onD(e: SqrtDChangeEvent) {
    this.d.set(e.detail.d);
  }
  onMask(e: CausalMaskChangeEvent) {
    this.causal.set(e.detail.causal);
  }
}

export const mount: Mount = (container) => {
  const host = document.createElement('attention-demo');
  container.append(host);
  let destroyed = false;
  let destroy = () => void (destroyed = true);
  void createApplication({providers: [provideZonelessChangeDetection()]}).then((appRef) => {
    if (destroyed) return appRef.destroy();
    appRef.bootstrap(DemoComponent, host);
    destroy = () => appRef.destroy();
  });
  return () => {
    destroy();
    host.remove();
  };
};
