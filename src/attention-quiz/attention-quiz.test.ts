import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import './define.js';
import type {AttentionQuiz} from './attention-quiz.js';
import {defaultQuestions} from './questions.js';
import type {QuizAnswerEvent} from '../events/quiz-answer.js';
import type {QuizCompleteEvent} from '../events/quiz-complete.js';
import type {WidgetErrorEvent} from '../events/widget-error.js';
import type {ShowRequestEvent} from '../events/show-request.js';
import {IDS, RIGHT, wrongOf} from '../test-support/quiz.js';

const $ = <T extends Element = HTMLElement>(el: AttentionQuiz, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: AttentionQuiz, sel: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(sel),
];
const text = (el: AttentionQuiz, sel: string) =>
  ($(el, sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Which element of the quiz has focus: its data-focus name (compared as text, no DOM diffing). */
const focused = (el: AttentionQuiz) => {
  const a = el.shadowRoot!.activeElement;
  return a === null ? 'nothing' : (a.getAttribute('data-focus') ?? a.localName);
};
const primary = (el: AttentionQuiz) => $<HTMLButtonElement>(el, '[part=controls] button.primary')!;

async function choose(el: AttentionQuiz, choiceId: string) {
  const radio = $$<HTMLInputElement>(el, 'input[type=radio]').find((r) => r.value === choiceId);
  if (!radio) throw new Error(`no choice ${choiceId}`);
  radio.click();
  await el.updateComplete;
}
async function press(el: AttentionQuiz) {
  primary(el).click();
  await el.updateComplete;
}
/** Answers question after question: `right[i]` says whether the i-th answer is the right one. */
async function answer(el: AttentionQuiz, right: boolean[], {finish = true} = {}) {
  for (let i = 0; i < right.length; i++) {
    const qid = IDS[i];
    await choose(el, right[i] ? RIGHT[qid] : wrongOf(qid));
    await press(el); // Check
    if (i < right.length - 1 || finish) await press(el); // Next / See your result
  }
}
const make = () => fixture<AttentionQuiz>(html`<attention-quiz></attention-quiz>`);

describe('<attention-quiz>', () => {
  afterEach(() => {
    delete (window as unknown as Record<string, unknown>).API;
    delete (window as unknown as Record<string, unknown>).API_1484_11;
    localStorage.removeItem('attention-quiz:test-progress');
  });

  it('is accessible on the question, feedback and result screens, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<AttentionQuiz>(
        html`<attention-quiz theme=${theme}></attention-quiz>`,
      );
      await expect(el).to.be.accessible();
      await choose(el, wrongOf('qkv-roles'));
      await press(el);
      await expect(el).to.be.accessible();
      await press(el);
      for (let i = 1; i < 5; i++) {
        await choose(el, RIGHT[IDS[i]]);
        await press(el);
        await press(el);
      }
      expect($(el, '[part=result]')).to.exist;
      await expect(el).to.be.accessible();
    }
  });

  it('shows one question at a time as a radio group with a legend, its number and the running score', async () => {
    const el = await make();
    expect(text(el, 'fieldset legend')).to.equal(defaultQuestions[0].prompt);
    expect($$(el, 'fieldset input[type=radio]')).to.have.length(4);
    expect(text(el, '.progress')).to.equal('Question 1 of 5');
    expect(text(el, '[part=score] .num')).to.equal('0/5');
    await choose(el, 'a');
    await press(el);
    expect(text(el, '[part=score] .num')).to.equal('1/5');
    expect(text(el, '[part=feedback] .verdict')).to.equal('Correct.');
    await press(el);
    expect(text(el, '.progress')).to.equal('Question 2 of 5');
    expect(text(el, 'fieldset legend')).to.equal(defaultQuestions[1].prompt);
  });

  it('has five default questions with four choices, one right, each explained differently', () => {
    expect(defaultQuestions.map((q) => q.id)).to.deep.equal(IDS);
    for (const q of defaultQuestions) {
      expect(q.choices).to.have.length(4);
      expect(q.choices.filter((c) => c.correct).map((c) => c.id)).to.deep.equal([RIGHT[q.id]]);
      expect(new Set(q.choices.map((c) => c.explanation)).size).to.equal(4);
    }
    expect(defaultQuestions.map((q) => q.show)).to.deep.equal([
      'projections',
      'sqrt-d',
      'causal-mask',
      'quadratic-cost',
      'self-attention',
    ]);
  });

  it('asks to choose before checking', async () => {
    const el = await make();
    let answers = 0;
    el.addEventListener('attention-quiz-answer', () => answers++);
    await press(el);
    expect(text(el, '.hint')).to.equal('Choose an answer first.');
    expect(text(el, '[part=status]')).to.equal('Choose an answer first.');
    expect(answers).to.equal(0);
  });

  it('scores 4 right answers as 4/5 and a pass, with the result screen and the complete event', async () => {
    const el = await make();
    const answers: QuizAnswerEvent['detail'][] = [];
    el.addEventListener('attention-quiz-answer', (e) => answers.push(e.detail));
    const completes: QuizCompleteEvent['detail'][] = [];
    el.addEventListener('attention-quiz-complete', (e) => completes.push(e.detail));
    await answer(el, [true, true, false, true, true], {finish: false});
    expect(completes).to.have.length(1);
    expect(completes[0]).to.deep.equal({
      score: {raw: 4, min: 0, max: 5, scaled: 0.8},
      passed: true,
      responses: IDS.map((id, i) => ({
        questionId: id,
        choiceId: i === 2 ? wrongOf(id) : RIGHT[id],
        correct: i !== 2,
      })),
    });
    expect(answers).to.deep.equal(completes[0].responses);
    expect(primary(el).textContent!.trim()).to.equal('See your result');
    await press(el);
    expect(text(el, '[part=result] h2')).to.equal('You scored 4/5');
    expect(text(el, '.outcome')).to.equal('Passed: the pass mark is 4/5.');
    expect(focused(el), 'focus').to.equal('result');
    const review = $$(el, '.review li');
    expect(review).to.have.length(5);
    expect(review[2].textContent).to.include('(wrong)');
    expect(review[2].textContent).to.include(
      defaultQuestions[2].choices.find((c) => c.correct)!.text,
    );
    expect(review[0].textContent).to.include('(correct)');
    expect($(el, 'slot[name=continue]')).to.exist;
    expect(el.result).to.deep.include({passed: true, complete: true, index: 5});
  });

  it('fails 3/5, honours pass-score, and Retry starts over', async () => {
    const el = await make();
    let detail: QuizCompleteEvent['detail'] | undefined;
    el.addEventListener('attention-quiz-complete', (e) => (detail = e.detail));
    await answer(el, [true, false, true, false, true]);
    expect(detail!.score).to.deep.equal({raw: 3, min: 0, max: 5, scaled: 0.6});
    expect(detail!.passed).to.equal(false);
    expect(text(el, '[part=result] h2')).to.equal('You scored 3/5');
    expect(text(el, '.outcome')).to.match(/^Not passed yet/);
    $<HTMLButtonElement>(el, '[part=result] button')!.click();
    await el.updateComplete;
    expect(text(el, '.progress')).to.equal('Question 1 of 5');
    expect(text(el, '[part=score] .num')).to.equal('0/5');
    expect(focused(el), 'focus').to.equal('legend');

    const strict = await fixture<AttentionQuiz>(
      html`<attention-quiz pass-score="5"></attention-quiz>`,
    );
    await answer(strict, [true, true, true, true, false]);
    expect(strict.result.passed).to.equal(false);
    const lenient = await fixture<AttentionQuiz>(
      html`<attention-quiz pass-score="3"></attention-quiz>`,
    );
    await answer(lenient, [true, false, true, false, true]);
    expect(lenient.result.passed).to.equal(true);
  });

  it('shows each wrong choice its own explanation, and the right answer with its reason', async () => {
    const el = await make();
    for (const q of defaultQuestions) {
      const right = q.choices.find((c) => c.correct)!;
      for (const c of q.choices) {
        el.questions = [q];
        await el.updateComplete;
        await choose(el, c.id);
        await press(el);
        const feedback = text(el, '[part=feedback]');
        expect(feedback).to.include(c.explanation);
        expect(text(el, '[part=feedback] .verdict')).to.equal(
          c.correct ? 'Correct.' : 'Not quite.',
        );
        for (const other of q.choices)
          if (other !== c && other !== right) expect(feedback).not.to.include(other.explanation);
        if (!c.correct) {
          expect(feedback).to.include(right.text);
          expect(feedback).to.include(right.explanation);
          expect($(el, '[part=feedback] button')!.textContent!.trim()).to.equal('Show me');
        } else expect($(el, '[part=feedback] button')).to.equal(null);
        expect(focused(el), 'focus').to.equal('verdict');
        expect(text(el, '[part=status]')).to.include(c.explanation);
        el.questions = undefined; // forces a fresh set next time round
        await el.updateComplete;
      }
    }
  });

  it('can be completed with the keyboard alone', async () => {
    const el = await make();
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    let done: QuizCompleteEvent['detail'] | undefined;
    el.addEventListener('attention-quiz-complete', (e) => (done = e.detail));
    for (const qid of IDS) {
      await sendKeys({press: 'Tab'}); // into the radio group
      const steps = 'abcd'.indexOf(RIGHT[qid]);
      if (steps === 0) await sendKeys({press: ' '});
      for (let i = 0; i < steps; i++) await sendKeys({press: 'ArrowDown'});
      await el.updateComplete;
      await sendKeys({press: 'Tab'}); // Check
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(focused(el), 'focus').to.equal('verdict');
      await sendKeys({press: 'Tab'}); // Next
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      if (qid !== IDS[4]) expect(focused(el), 'focus').to.equal('legend');
    }
    before.remove();
    expect(done!.score.raw).to.equal(5);
    expect(text(el, '[part=result] h2')).to.equal('You scored 5/5');
    expect(focused(el), 'focus').to.equal('result');
  });

  it('offers "Show me" after a wrong answer and says so when nothing on the page can show it', async () => {
    const el = await make();
    await choose(el, 'b');
    await press(el);
    const topics: string[] = [];
    const listen = (e: ShowRequestEvent) => topics.push(e.detail.topic);
    document.addEventListener('attention-show-request', listen);
    $<HTMLButtonElement>(el, '[part=feedback] button')!.click();
    await el.updateComplete;
    expect(topics).to.deep.equal(['projections']);
    expect(text(el, '.show span')).to.equal(
      'Nothing on this page can show this topic; look back over the lesson instead.',
    );
    const answerer = (e: ShowRequestEvent) => (e.detail.handledBy = 'attention-stepper');
    document.addEventListener('attention-show-request', answerer);
    $<HTMLButtonElement>(el, '[part=feedback] button')!.click();
    await el.updateComplete;
    document.removeEventListener('attention-show-request', listen);
    document.removeEventListener('attention-show-request', answerer);
    expect(text(el, '.show span')).to.equal('It is shown in the lesson now.');
  });

  it('keeps its progress when moved in the DOM', async () => {
    const el = await make();
    await answer(el, [true, false], {finish: true});
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    await el.updateComplete;
    expect(text(el, '.progress')).to.equal('Question 3 of 5');
    expect(text(el, '[part=score] .num')).to.equal('1/5');
    other.remove();
  });

  it('restores persisted answers in a re-created element, and ignores a corrupt stored value', async () => {
    localStorage.removeItem('attention-quiz:test-progress');
    const first = await fixture<AttentionQuiz>(
      html`<attention-quiz persist="test-progress"></attention-quiz>`,
    );
    await answer(first, [true, true, false], {finish: false});
    first.remove();
    const second = await fixture<AttentionQuiz>(
      html`<attention-quiz persist="test-progress"></attention-quiz>`,
    );
    expect(text(second, '.progress')).to.equal('Question 3 of 5');
    expect(text(second, '[part=score] .num')).to.equal('2/5');
    expect(text(second, '[part=feedback] .verdict')).to.equal('Not quite.'); // still showing the third answer
    expect(second.result.responses.map((r) => r.choiceId)).to.deep.equal([
      'a',
      'b',
      wrongOf('causal-mask'),
    ]);

    localStorage.setItem('attention-quiz:test-progress', '{not json');
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const third = await fixture<AttentionQuiz>(
        html`<attention-quiz persist="test-progress"></attention-quiz>`,
      );
      expect(text(third, '.progress')).to.equal('Question 1 of 5');
      expect(third.result.responses).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect($(third, '[part=error]')).to.equal(null);
    } finally {
      console.warn = warn;
    }
  });

  it('keeps working when localStorage refuses to save', async () => {
    const setItem = Storage.prototype.setItem;
    const warn = console.warn;
    let warnings = 0;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    console.warn = () => warnings++;
    try {
      const el = await fixture<AttentionQuiz>(
        html`<attention-quiz persist="test-progress"></attention-quiz>`,
      );
      await answer(el, [true, true], {finish: true});
      expect(text(el, '.progress')).to.equal('Question 3 of 5');
      expect(warnings).to.be.greaterThan(0);
    } finally {
      Storage.prototype.setItem = setItem;
      console.warn = warn;
    }
  });

  describe('custom questions', () => {
    const good = () => [
      {
        id: 'one',
        prompt: 'One?',
        choices: [
          {id: 'y', text: 'Yes', correct: true, explanation: 'Because.'},
          {id: 'n', text: 'No', explanation: 'Not so.'},
        ],
      },
      {
        id: 'two',
        prompt: 'Two?',
        choices: [
          {id: 'y', text: 'Yes', explanation: 'Not so.'},
          {id: 'n', text: 'No', correct: true, explanation: 'Because.'},
        ],
      },
    ];
    const bad: [string, unknown, RegExp][] = [
      ['no questions', [], /empty/],
      ['not a list', {id: 'x'}, /must be a list/],
      [
        'one choice',
        [{id: 'q1', prompt: 'P', choices: [{id: 'a', text: 'A', correct: true, explanation: 'E'}]}],
        /Question 1 \("q1"\) needs at least 2 choices, it has 1/,
      ],
      [
        'no correct choice',
        [
          good()[0],
          {
            id: 'q2',
            prompt: 'P',
            choices: [
              {id: 'a', text: 'A', explanation: 'E'},
              {id: 'b', text: 'B', explanation: 'E'},
            ],
          },
        ],
        /Question 2 \("q2"\) needs exactly one correct choice, it has 0/,
      ],
      [
        'two correct choices',
        [
          {
            id: 'q1',
            prompt: 'P',
            choices: [
              {id: 'a', text: 'A', correct: true, explanation: 'E'},
              {id: 'b', text: 'B', correct: true, explanation: 'E'},
            ],
          },
        ],
        /Question 1 \("q1"\) needs exactly one correct choice, it has 2/,
      ],
      [
        'duplicate question ids',
        [good()[0], good()[0]],
        /Question 2 \("one"\): the id "one" is used by an earlier question/,
      ],
      [
        'duplicate choice ids',
        [
          {
            id: 'q1',
            prompt: 'P',
            choices: [
              {id: 'a', text: 'A', correct: true, explanation: 'E'},
              {id: 'a', text: 'B', explanation: 'E'},
            ],
          },
        ],
        /Question 1 \("q1"\): two choices share the id "a"/,
      ],
      [
        'prompt not text',
        [{...good()[0], prompt: 42}],
        /Question 1 \("one"\): "prompt" must be a string/,
      ],
      [
        'choice text not text',
        [
          {
            ...good()[0],
            choices: [good()[0].choices[0], {id: 'n', text: {html: '<b>'}, explanation: 'E'}],
          },
        ],
        /Question 1 \("one"\), choice 2: "text" must be a string/,
      ],
      [
        'explanation missing',
        [{...good()[0], choices: [good()[0].choices[0], {id: 'n', text: 'N'}]}],
        /Question 1 \("one"\), choice 2: "explanation" must be a string/,
      ],
      ['missing id', [{prompt: 'P', choices: good()[0].choices}], /Question 1 needs an "id"/],
      [
        'unknown show topic',
        [{...good()[0], show: 'everything'}],
        /Question 1 \("one"\): "show" is not a topic/,
      ],
    ];

    it('uses a valid set from the property, without firing events', async () => {
      const el = await make();
      let events = 0;
      for (const name of [
        'attention-quiz-answer',
        'attention-quiz-complete',
        'attention-widget-error',
      ])
        el.addEventListener(name, () => events++);
      el.questions = good();
      await el.updateComplete;
      expect(text(el, '.progress')).to.equal('Question 1 of 2');
      expect(text(el, '[part=score] .num')).to.equal('0/2');
      expect(text(el, 'legend')).to.equal('One?');
      expect(events).to.equal(0);
      await choose(el, 'y');
      await press(el);
      await press(el);
      await choose(el, 'y');
      await press(el);
      await press(el);
      // the default pass mark of 4 is capped at the number of questions
      expect(text(el, '.outcome')).to.equal(
        'Not passed yet: the pass mark is 2/2. Read the explanations and try again.',
      );
    });

    for (const [name, value, message] of bad) {
      it(`rejects ${name} with a clear error and keeps the last good set`, async () => {
        const el = await make();
        el.questions = good();
        await el.updateComplete;
        await choose(el, 'y');
        await press(el);
        setTimeout(() => (el.questions = value as never));
        const event = await oneEvent(el, 'attention-widget-error');
        await el.updateComplete;
        expect((event as WidgetErrorEvent).detail.widget).to.equal('attention-quiz');
        expect((event as WidgetErrorEvent).detail.message).to.match(message);
        expect(text(el, '[part=error]')).to.match(message);
        expect($(el, '[part=error]')!.getAttribute('role')).to.equal('alert');
        expect(text(el, 'legend')).to.equal('One?');
        expect(text(el, '[part=score] .num')).to.equal('1/2'); // progress kept too
        el.questions = good();
        await el.updateComplete;
        expect($(el, '[part=error]')).to.equal(null);
      });
    }

    it('reads questions from a JSON child and reports JSON that does not parse', async () => {
      const el = await fixture<AttentionQuiz>(
        html`<attention-quiz>
          <script type="application/json">
            ${JSON.stringify(good())}
          </script>
        </attention-quiz>`,
      );
      expect(text(el, 'legend')).to.equal('One?');
      const script = el.querySelector('script')!;
      const errors: string[] = [];
      el.addEventListener('attention-widget-error', (e) => errors.push(e.detail.message));
      script.textContent = '[{"id": ';
      await null; // the child observer runs as a microtask
      await el.updateComplete;
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/^The questions JSON could not be read/);
      expect(text(el, '[part=error]')).to.match(/^These questions could not be used/);
      expect(text(el, 'legend')).to.equal('One?');
      script.textContent = JSON.stringify([{...good()[1], prompt: 'Fixed?'}]);
      await null;
      await el.updateComplete;
      expect(text(el, 'legend')).to.equal('Fixed?');
      expect($(el, '[part=error]')).to.equal(null);
    });

    it('renders markup in questions as text, never as HTML', async () => {
      (window as unknown as {pwned?: boolean}).pwned = false;
      const evil = '<img src=x onerror="window.pwned=true">';
      const el = await make();
      el.questions = [
        {
          id: 'x',
          prompt: evil,
          choices: [
            {id: 'a', text: evil, correct: true, explanation: evil},
            {id: 'b', text: '<b>bold</b>', explanation: '<script>window.pwned=true</script>'},
          ],
        },
      ];
      await el.updateComplete;
      expect(text(el, 'legend')).to.equal(evil);
      await choose(el, 'b');
      await press(el);
      await press(el);
      expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
      expect(text(el, '.review')).to.include(evil);
      expect((window as unknown as {pwned?: boolean}).pwned).to.equal(false);
    });
  });

  it('rejects bad pass-score and lms attributes', async () => {
    const el = await make();
    setTimeout(() => el.setAttribute('pass-score', 'lots'));
    let event = (await oneEvent(el, 'attention-widget-error')) as WidgetErrorEvent;
    expect(event.detail.message).to.match(/pass-score/);
    el.setAttribute('pass-score', '2');
    await el.updateComplete;
    expect($(el, '[part=error]')).to.equal(null);
    setTimeout(() => el.setAttribute('lms', 'moodle'));
    event = (await oneEvent(el, 'attention-widget-error')) as WidgetErrorEvent;
    expect(event.detail.message).to.match(/lms must be scorm12, scorm2004 or xapi/);
  });

  it('takes overridden strings', async () => {
    const el = await make();
    el.strings = {check: 'Prüfen', progress: (k: number, n: number) => `Frage ${k} von ${n}`};
    await el.updateComplete;
    expect(primary(el).textContent!.trim()).to.equal('Prüfen');
    expect(text(el, '.progress')).to.equal('Frage 1 von 5');
  });
});
