import {expect, fixture, html} from '@open-wc/testing';
import {Scorm12API, Scorm2004API} from 'scorm-again';
import './define.js';
import type {AttentionQuiz} from './attention-quiz.js';
import {defaultQuestions} from './questions.js';
import {findScormApi} from './lms/scorm.js';
import {uuidv4} from './lms/xapi.js';
import type {XapiStatement} from '../events/quiz-xapi.js';
import {IDS, RIGHT, wrongOf} from '../test-support/quiz.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * Runs `body` while collecting the message of every `attention-widget-error` on the page, so
 * errors fired while a fixture connects are caught too.
 */
async function withPageErrors(body: (errors: string[]) => Promise<void>): Promise<void> {
  const errors: string[] = [];
  const listen = (e: HTMLElementEventMap['attention-widget-error']) =>
    errors.push(e.detail.message);
  document.body.addEventListener('attention-widget-error', listen);
  try {
    await body(errors);
  } finally {
    document.body.removeEventListener('attention-widget-error', listen);
  }
}

const w = window as unknown as Record<string, unknown>;
const settings = {autocommit: false, lmsCommitUrl: false, logLevel: 5} as const;

async function answer(el: AttentionQuiz, right: boolean[]) {
  const root = el.shadowRoot!;
  for (let i = 0; i < right.length; i++) {
    const qid = IDS[i];
    const want = right[i] ? RIGHT[qid] : wrongOf(qid);
    [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')]
      .find((r) => r.value === want)!
      .click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('[part=controls] button.primary')!.click(); // Check
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('[part=controls] button.primary')!.click(); // Next
    await el.updateComplete;
  }
}

/** Counts calls a scorm-again runtime receives, through its own listener API. */
function count(api: {on(name: string, cb: () => void): void}, names: string[]) {
  const calls: Record<string, number> = {};
  for (const n of names) {
    calls[n] = 0;
    api.on(n, () => calls[n]++);
  }
  return calls;
}

describe('<attention-quiz> LMS reporting', () => {
  afterEach(() => {
    delete w.API;
    delete w.API_1484_11;
  });

  it('finds no SCORM API on a page without one', () => {
    expect(findScormApi('scorm12')).to.equal(null);
    expect(findScormApi('scorm2004')).to.equal(null);
  });

  it('finds the SCORM API on a parent window, as an LMS frame provides it', async () => {
    const api = new Scorm12API(settings);
    w.API = api;
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      expect(findScormApi('scorm12', frame.contentWindow!)).to.equal(api);
      expect(findScormApi('scorm2004', frame.contentWindow!)).to.equal(null);
    } finally {
      frame.remove();
    }
  });

  it('SCORM 1.2: initializes once, writes percent score, status and interactions, and commits (scorm-again)', async () => {
    const api = new Scorm12API(settings);
    w.API = api;
    const calls = count(api, ['LMSInitialize', 'LMSCommit']);
    const errors: string[] = [];
    const el = await fixture<AttentionQuiz>(html`<attention-quiz lms="scorm12"></attention-quiz>`);
    el.addEventListener('attention-widget-error', (e) => errors.push(e.detail.message));
    expect(el.shadowRoot!.querySelector('[part=notice]')).to.equal(null);
    expect(calls.LMSInitialize).to.equal(1);
    await answer(el, [true, true, false, true, true]);
    expect(errors).to.deep.equal([]);
    expect(api.LMSGetValue('cmi.core.score.raw')).to.equal('80');
    expect(api.LMSGetValue('cmi.core.score.min')).to.equal('0');
    expect(api.LMSGetValue('cmi.core.score.max')).to.equal('100');
    expect(api.LMSGetValue('cmi.core.lesson_status')).to.equal('passed');
    expect(calls.LMSCommit).to.be.greaterThan(0);
    // SCORM 1.2 interactions are write-only through the API: read them from the runtime's data
    const cmi = JSON.parse(JSON.stringify(api.cmi)) as {
      interactions: Record<
        string,
        {id: string; type: string; student_response: string; result: string}
      >;
    };
    const interactions = Object.values(cmi.interactions);
    expect(interactions.map((i) => [i.id, i.type, i.student_response, i.result])).to.deep.equal(
      IDS.map((id, k) => [
        id,
        'choice',
        k === 2 ? wrongOf(id) : RIGHT[id],
        k === 2 ? 'wrong' : 'correct',
      ]),
    );
    expect(el.shadowRoot!.querySelector('[part=notice]')).to.equal(null);

    // a second quiz on the same page does not initialize again
    const second = await fixture<AttentionQuiz>(
      html`<attention-quiz lms="scorm12"></attention-quiz>`,
    );
    expect(calls.LMSInitialize).to.equal(1);
    expect(second.shadowRoot!.querySelector('[part=notice]')).to.equal(null);
  });

  it('SCORM 1.2: a failing run writes failed', async () => {
    const api = new Scorm12API(settings);
    w.API = api;
    const el = await fixture<AttentionQuiz>(html`<attention-quiz lms="scorm12"></attention-quiz>`);
    await answer(el, [true, false, true, false, true]);
    expect(api.LMSGetValue('cmi.core.score.raw')).to.equal('60');
    expect(api.LMSGetValue('cmi.core.lesson_status')).to.equal('failed');
  });

  it('SCORM 2004: writes one interaction per answer, scaled and raw scores, success and completion (scorm-again)', async () => {
    const api = new Scorm2004API(settings);
    w.API_1484_11 = api;
    const calls = count(api, ['Initialize', 'Commit']);
    const el = await fixture<AttentionQuiz>(
      html`<attention-quiz lms="scorm2004"></attention-quiz>`,
    );
    expect(calls.Initialize).to.equal(1);
    await answer(el, [true, false, true, false, true]);
    expect(api.GetValue('cmi.score.scaled')).to.equal('0.6');
    expect(api.GetValue('cmi.score.raw')).to.equal('3');
    expect(api.GetValue('cmi.score.min')).to.equal('0');
    expect(api.GetValue('cmi.score.max')).to.equal('5');
    expect(api.GetValue('cmi.success_status')).to.equal('failed');
    expect(api.GetValue('cmi.completion_status')).to.equal('completed');
    expect(api.GetValue('cmi.interactions._count')).to.equal('5');
    IDS.forEach((id, n) => {
      const right = n % 2 === 0;
      expect(api.GetValue(`cmi.interactions.${n}.id`)).to.equal(id);
      expect(api.GetValue(`cmi.interactions.${n}.type`)).to.equal('choice');
      expect(api.GetValue(`cmi.interactions.${n}.learner_response`)).to.equal(
        right ? RIGHT[id] : wrongOf(id),
      );
      expect(api.GetValue(`cmi.interactions.${n}.result`)).to.equal(
        right ? 'correct' : 'incorrect',
      );
      expect(api.GetValue(`cmi.interactions.${n}.correct_responses.0.pattern`)).to.equal(RIGHT[id]);
    });
    expect(calls.Commit).to.be.greaterThan(0);
  });

  it('SCORM 2004: a passing run writes passed', async () => {
    const api = new Scorm2004API(settings);
    w.API_1484_11 = api;
    const el = await fixture<AttentionQuiz>(
      html`<attention-quiz lms="scorm2004"></attention-quiz>`,
    );
    await answer(el, [true, true, true, true, false]);
    expect(api.GetValue('cmi.score.scaled')).to.equal('0.8');
    expect(api.GetValue('cmi.success_status')).to.equal('passed');
  });

  it('without a SCORM API the quiz still works and says so once, quietly', async () => {
    await withPageErrors(async (errors) => {
      const el = await fixture<AttentionQuiz>(
        html`<attention-quiz lms="scorm2004"></attention-quiz>`,
      );
      await answer(el, [true, true, true, true, true]);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/No SCORM 2004 gradebook connection was found/);
      const notice = el.shadowRoot!.querySelector('[part=notice]')!;
      expect(notice.textContent).to.match(/No SCORM 2004/);
      expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
      expect(el.result.score.raw).to.equal(5);
      expect(el.shadowRoot!.querySelector('[part=result] h2')!.textContent!.trim()).to.equal(
        'You scored 5/5',
      );
      await expect(el).to.be.accessible();
    });
  });

  it('reports a runtime that refuses to initialize, and keeps working', async () => {
    const api = new Scorm12API(settings);
    api.LMSInitialize('');
    api.LMSFinish(''); // a finished session refuses a new LMSInitialize
    w.API = api;
    await withPageErrors(async (errors) => {
      const el = await fixture<AttentionQuiz>(
        html`<attention-quiz lms="scorm12"></attention-quiz>`,
      );
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/The gradebook refused LMSInitialize\(""\) \(error 101: /);
      expect(el.shadowRoot!.querySelector('[part=notice]')!.textContent).to.match(/LMSInitialize/);
      await answer(el, [true, true, true, true, true]);
      expect(el.result).to.deep.include({complete: true, passed: true});
    });
  });

  it('reports a value the runtime answers "false" to, once, and keeps working', async () => {
    const api = new Scorm12API(settings);
    const realSet = api.LMSSetValue.bind(api);
    api.LMSSetValue = (element: string, value: string) =>
      element === 'cmi.core.lesson_status' ? 'false' : realSet(element, value);
    w.API = api;
    const errors: string[] = [];
    const el = await fixture<AttentionQuiz>(html`<attention-quiz lms="scorm12"></attention-quiz>`);
    el.addEventListener('attention-widget-error', (e) => errors.push(e.detail.message));
    await answer(el, [true, true, true, true, true]);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/LMSSetValue\("cmi.core.lesson_status", "passed"\)/);
    expect(api.LMSGetValue('cmi.core.score.raw')).to.equal('100');
    expect(el.shadowRoot!.querySelector('[part=result] h2')!.textContent!.trim()).to.equal(
      'You scored 5/5',
    );
  });

  it('reports a runtime that throws, and keeps working', async () => {
    const thrower = () => {
      throw new Error('runtime exploded');
    };
    w.API_1484_11 = {
      Initialize: thrower,
      SetValue: thrower,
      GetValue: thrower,
      Commit: thrower,
      Terminate: thrower,
      GetLastError: thrower,
      GetErrorString: thrower,
    };
    await withPageErrors(async (errors) => {
      const el = await fixture<AttentionQuiz>(
        html`<attention-quiz lms="scorm2004"></attention-quiz>`,
      );
      await answer(el, [true, true, true, true, true]);
      expect(errors[0]).to.match(/Initialize\(""\) \(runtime exploded\)/);
      expect(el.result.score.raw).to.equal(5);
    });
  });

  it('xAPI: an answered statement per check, then passed and completed, one registration per attempt', async () => {
    const el = await fixture<AttentionQuiz>(
      html`<attention-quiz lms="xapi" activity-id="https://example.org/quiz"></attention-quiz>`,
    );
    el.actor = {objectType: 'Agent', mbox: 'mailto:learner@example.org'};
    const batches: XapiStatement[][] = [];
    el.addEventListener('attention-quiz-xapi', (e) => batches.push(e.detail.statements));
    await answer(el, [true, true, false, true, true]);
    expect(batches.map((b) => b.length)).to.deep.equal([1, 1, 1, 1, 1, 2]);
    const all = batches.flat();
    const registration = all[0].context!.registration!;
    expect(registration).to.match(UUID_V4);
    for (const s of all) {
      expect(s.id).to.match(UUID_V4);
      expect(s.context!.registration).to.equal(registration);
      expect(s.actor).to.deep.equal({objectType: 'Agent', mbox: 'mailto:learner@example.org'});
      expect(new Date(s.timestamp).toISOString()).to.equal(s.timestamp);
    }
    expect(new Set(all.map((s) => s.id)).size).to.equal(all.length);
    all.slice(0, 5).forEach((s, n) => {
      const q = defaultQuestions[n];
      expect(s.verb.id).to.equal('http://adlnet.gov/expapi/verbs/answered');
      expect(s.object.objectType).to.equal('Activity');
      expect(s.object.id).to.equal(`https://example.org/quiz/${q.id}`);
      const def = s.object.definition as Record<string, unknown>;
      expect(def.type).to.equal('http://adlnet.gov/expapi/activities/cmi.interaction');
      expect(def.interactionType).to.equal('choice');
      expect(def.correctResponsesPattern).to.deep.equal([RIGHT[q.id]]);
      expect(def.choices).to.deep.equal(
        q.choices.map((c) => ({id: c.id, description: {'en-US': c.text}})),
      );
      expect(s.result).to.deep.equal({
        response: n === 2 ? wrongOf(q.id) : RIGHT[q.id],
        success: n !== 2,
      });
    });
    const [verdict, completed] = all.slice(5);
    const score = {scaled: 0.8, raw: 4, min: 0, max: 5};
    expect(verdict.verb.id).to.equal('http://adlnet.gov/expapi/verbs/passed');
    expect(verdict.object.id).to.equal('https://example.org/quiz');
    expect(verdict.result).to.deep.equal({score, success: true, completion: true});
    expect(completed.verb.id).to.equal('http://adlnet.gov/expapi/verbs/completed');
    expect(completed.result!.score).to.deep.equal(score);

    el.retry();
    await el.updateComplete;
    await answer(el, [false, false, false, false, false]);
    const second = batches.slice(6).flat();
    expect(second.at(-2)!.verb.id).to.equal('http://adlnet.gov/expapi/verbs/failed');
    expect(second[0].context!.registration).to.match(UUID_V4).and.not.equal(registration);
    expect(new Set(second.map((s) => s.context!.registration)).size).to.equal(1);
  });

  it('makes version 4 UUIDs without crypto.randomUUID', () => {
    Object.defineProperty(crypto, 'randomUUID', {value: undefined, configurable: true});
    try {
      expect(crypto.randomUUID).to.equal(undefined);
      const ids = Array.from({length: 50}, () => uuidv4());
      for (const id of ids) expect(id).to.match(UUID_V4);
      expect(new Set(ids).size).to.equal(50);
    } finally {
      delete (crypto as unknown as Record<string, unknown>).randomUUID;
    }
  });
});
