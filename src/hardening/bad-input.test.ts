/**
 * Bad input across all four widgets, as tables: every attribute given empty, negative,
 * fractional, huge, NaN, non-numeric and overlong values; JSON children that are malformed, of
 * the wrong shape or huge; properties set to null, undefined and wrong types.
 *
 * Each rejected case checks: nothing thrown into the page and no `console.error` (the page
 * watch), the in-widget error (`[part=error][role=alert]`) and `attention-widget-error`, the
 * last good `result` kept, and recovery: a good value afterwards clears the error and shows
 * the new numbers. Each accepted case checks: no error shown or fired and the widget not blank.
 */
import {expect, fixture} from '@open-wc/testing';
import '../index.js';
import {
  errorBox,
  errorEvents,
  expectAccepted,
  expectRejected,
  guardEachTest,
  settle,
  snapshot,
  type Tag,
  type Widget,
} from '../test-support/hardening.js';

type Any = Widget & Record<string, unknown>;

/** The value kinds every attribute is given. */
const KINDS = {
  empty: '',
  negative: '-3',
  fractional: '2.5',
  huge: '1e9',
  nan: 'NaN',
  'non-numeric': 'abc',
  overlong: '7'.repeat(10_000),
} as const;
type Kind = keyof typeof KINDS;
const ALL = Object.keys(KINDS) as Kind[];

interface Recovery {
  value: unknown;
  /** Asserts the good value is on screen; `before` is the `result` snapshot under the error. */
  check(el: Any, before: string): void;
}

interface AttrRow {
  attr: string;
  /** Kinds the widget documents as acceptable (clamped, coerced or plain text). */
  accepts: readonly Kind[];
  /** More values for this attribute: `true` when the widget must accept it. */
  extra?: Record<string, [string, boolean]>;
  /** A good value that must clear a rejection; omitted when every value is accepted. */
  recover?: Recovery;
}

interface WidgetTable {
  tag: Tag;
  /** The good starting state. */
  markup: string;
  /** Puts the widget in a state worth keeping (e.g. a question answered). */
  prepare?(el: Any): Promise<void>;
  attributes: AttrRow[];
  properties: {prop: string; cases: [string, unknown, boolean][]; recover: Recovery}[];
  json: {cases: [string, string, boolean][]; recover: Recovery};
}

const words = (n: number) => Array.from({length: n}, (_, i) => `w${i}`).join(' ');
const changed = (el: Any, before: string) =>
  expect(snapshot(el.result), 'result updated').not.to.equal(before);
const matrix = (rows: number, cols: number, f = (i: number, j: number) => ((i + 2 * j) % 3) - 1) =>
  Array.from({length: rows}, (_, i) => Array.from({length: cols}, (_, j) => f(i, j)));
const shadowText = (el: HTMLElement) => el.shadowRoot!.textContent ?? '';

/** Answers the first default question (right answer "a") so the quiz has progress to keep. */
async function answerFirst(el: Any) {
  const root = el.shadowRoot!;
  root.querySelector<HTMLInputElement>('input[type=radio][value="a"]')!.click();
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('[part=controls] button.primary')!.click();
  await el.updateComplete;
}

const oneQuestion = (id = 'only', prompt = 'One?') => [
  {
    id,
    prompt,
    choices: [
      {id: 'yes', text: 'Yes', correct: true, explanation: 'Because.'},
      {id: 'no', text: 'No', explanation: 'Not so.'},
    ],
  },
];

const stepperX = matrix(3, 4, (i, j) => (i === j ? 1 : 0.5));

const TABLES: WidgetTable[] = [
  {
    tag: 'attention-stepper',
    markup: '<attention-stepper step="3"></attention-stepper>',
    attributes: [
      {
        attr: 'tokens',
        accepts: ['negative', 'fractional', 'huge', 'nan', 'non-numeric', 'overlong'],
        extra: {blank: [' \n\t ', false], 'too many': [words(17), false]},
        recover: {value: 'a b', check: (el) => expect((el.result as {x: []}).x).to.have.length(2)},
      },
      {
        attr: 'd-model',
        accepts: [],
        recover: {
          value: '3',
          check: (el) => expect((el.result as {x: number[][]}).x[0]).to.have.length(3),
        },
      },
      {
        attr: 'd-head',
        accepts: [],
        recover: {
          value: '2',
          check: (el) => expect((el.result as {q: number[][]}).q[0]).to.have.length(2),
        },
      },
      {
        // Any whole number seeds the generator ("" reads as 0); others are rejected.
        attr: 'seed',
        accepts: ['empty', 'negative', 'huge'],
        extra: {'beyond safe integers': ['1e300', false]},
        recover: {value: '42', check: changed},
      },
      {
        attr: 'step',
        accepts: [],
        extra: {zero: ['0', false], seven: ['7', false]},
        recover: {value: '5', check: (el) => expect(el.stage).to.equal('softmax')},
      },
      {attr: 'causal', accepts: ALL},
      // precision is clamped to 0–8 (and falls back to 2 when not a number): never an error.
      {attr: 'precision', accepts: ALL},
      {attr: 'theme', accepts: ALL},
    ],
    properties: [
      {
        prop: 'x',
        cases: [
          ['null (unset)', null, true],
          ['undefined (unset)', undefined, true],
          ['a string', 'abc', false],
          ['a number', 42, false],
          ['an object', {}, false],
          ['an empty array', [], false],
          ['empty rows', [[], [], []], false],
          ['a string entry', [[1, 'a', 0, 0], ...matrix(2, 4)], false],
          ['NaN', [[NaN, 0, 0, 0], ...matrix(2, 4)], false],
          ['Infinity', [[Infinity, 0, 0, 0], ...matrix(2, 4)], false],
          [
            'ragged rows',
            [
              [1, 2, 3, 4],
              [1, 2],
              [1, 2, 3, 4],
            ],
            false,
          ],
          ['too few rows', matrix(2, 4), false],
          ['huge', matrix(1000, 1000), false],
        ],
        recover: {
          value: stepperX,
          check: (el) => expect((el.result as {x: number[][]}).x).to.deep.equal(stepperX),
        },
      },
      {
        prop: 'wq',
        cases: [
          ['null (unset)', null, true],
          ['a string', 'abc', false],
          // A 1×1 W_Q is a whole example (d-model 1, d-head 1): the page's matrices set the sizes.
          ['a 1×1 matrix', [[1]], true],
          ['ragged rows', [[1, 2], [3]], false],
          ['nested objects', [[{}, {}, {}, {}]], false],
        ],
        recover: {value: matrix(4, 4), check: changed},
      },
      {
        prop: 'dModel',
        cases: [
          ['null', null, false],
          ['undefined', undefined, false],
          ['a numeric string', '4', false],
          ['Infinity', Infinity, false],
        ],
        recover: {
          value: 2,
          check: (el) => expect((el.result as {x: number[][]}).x[0]).to.have.length(2),
        },
      },
      {
        prop: 'step',
        cases: [
          ['null', null, false],
          ['a numeric string', '2', false],
          ['an object', {}, false],
        ],
        recover: {value: 6, check: (el) => expect(el.stage).to.equal('output')},
      },
      {
        prop: 'tokens',
        cases: [
          ['null', null, false],
          ['a number', 42, true],
          ['an array', ['a', 'b'], true],
        ],
        recover: {
          value: 'x y z w',
          check: (el) => expect((el.result as {x: []}).x).to.have.length(4),
        },
      },
      {
        prop: 'strings',
        cases: [
          ['null', null, true],
          ['a string', 'abc', true],
          ['an array', [], true],
          ['wrong kinds', {counter: 42, next: null, captionX: () => 'x'}, true],
        ],
        recover: {value: {}, check: () => {}},
      },
      {
        prop: 'precision',
        cases: [
          ['null', null, true],
          ['a string', 'many', true],
          ['an object', {}, true],
        ],
        recover: {value: 3, check: () => {}},
      },
    ],
    json: {
      cases: [
        ['empty', '   ', true],
        ['malformed', '{"x": [[1, 2]', false],
        ['not JSON', 'x = [[1]]', false],
        ['an array', '[1, 2]', false],
        ['a number', '42', false],
        ['null', 'null', false],
        ['an object without matrices', '{"foo": 1}', false],
        ['x as a string', '{"x": "abc"}', false],
        ['x of the wrong shape', '{"x": [[1, 2]]}', false],
        ['huge', JSON.stringify({x: matrix(1000, 1000)}), false],
      ],
      recover: {
        value: JSON.stringify({x: stepperX}),
        check: (el) => expect((el.result as {x: number[][]}).x).to.deep.equal(stepperX),
      },
    },
  },
  {
    tag: 'sqrt-d-explorer',
    markup: '<sqrt-d-explorer></sqrt-d-explorer>',
    attributes: [
      {
        attr: 'd',
        accepts: [],
        recover: {value: '64', check: (el) => expect((el.result as {d: number}).d).to.equal(64)},
      },
      {
        attr: 'choices',
        accepts: [],
        extra: {'a single value': ['16', false], 'a word among numbers': ['4 16 x', false]},
        recover: {
          value: '2 8 32',
          check: (el) =>
            expect(
              [...el.shadowRoot!.querySelectorAll('.ticks span')].map((s) => s.textContent),
            ).to.deep.equal(['2', '8', '16', '32']),
        },
      },
      {
        attr: 'keys',
        accepts: [],
        extra: {one: ['1', false], 'sixty-five': ['65', false]},
        recover: {
          value: '4',
          check: (el) =>
            expect((el.result as {scaled: {probs: []}}).scaled.probs).to.have.length(4),
        },
      },
      {
        attr: 'seed',
        accepts: ['empty', 'negative', 'huge'],
        extra: {'beyond safe integers': ['1e300', false]},
        recover: {value: '9', check: changed},
      },
      {attr: 'precision', accepts: ALL},
      {attr: 'theme', accepts: ALL},
    ],
    properties: [
      {
        prop: 'd',
        cases: [
          ['null', null, false],
          ['undefined', undefined, false],
          ['a numeric string', '64', false],
          ['Infinity', Infinity, false],
          ['negative zero', -0, false],
        ],
        recover: {value: 256, check: (el) => expect((el.result as {d: number}).d).to.equal(256)},
      },
      {
        prop: 'query',
        cases: [
          ['null (random)', null, true],
          ['undefined (random)', undefined, true],
          ['a string', 'abc', false],
          ['an empty array', [], false],
          ['NaN', [NaN, 1], false],
          ['a string entry', [1, '2'], false],
          ['an object', {}, false],
          ['huge', new Array(20_000).fill(1), false],
        ],
        recover: {
          value: [1, 0, 0, 0],
          check: (el) => expect((el.result as {d: number}).d).to.equal(4),
        },
      },
      {
        prop: 'keysMatrix',
        cases: [
          ['null (random)', null, true],
          ['one row', [[1]], false],
          ['a string', 'x', false],
          ['ragged rows', [[1, 2], [3]], false],
          ['too many rows', matrix(65, 2), false],
        ],
        recover: {
          value: matrix(3, 5),
          check: (el) =>
            expect((el.result as {scaled: {probs: []}}).scaled.probs).to.have.length(3),
        },
      },
      {
        prop: 'keys',
        cases: [
          ['null', null, false],
          ['a numeric string', '4', false],
        ],
        recover: {
          value: 3,
          check: (el) =>
            expect((el.result as {scaled: {probs: []}}).scaled.probs).to.have.length(3),
        },
      },
      {
        prop: 'seed',
        cases: [
          ['null', null, false],
          ['a numeric string', '6', false],
          ['NaN', NaN, false],
        ],
        recover: {value: 77, check: changed},
      },
      {
        prop: 'choices',
        cases: [
          ['null', null, false],
          ['a number', 42, false],
          // An array reads as "4,16": commas separate choices too.
          ['an array', ['4', '16'], true],
        ],
        recover: {value: '1 2 4', check: () => {}},
      },
      {
        prop: 'strings',
        cases: [
          ['null', null, true],
          ['a number', 42, true],
          ['wrong kinds', {title: 7, keyLabel: 'k'}, true],
        ],
        recover: {value: {}, check: () => {}},
      },
    ],
    json: {
      cases: [
        ['empty', '', true],
        ['malformed', '{"query": [1, 2', false],
        ['an array', '[1]', false],
        ['null', 'null', false],
        ['an object without vectors', '{"foo": 1}', false],
        ['query as a string', '{"query": "abc"}', false],
        ['an empty query', '{"query": []}', false],
        ['huge', JSON.stringify({query: new Array(20_000).fill(0.5)}), false],
      ],
      recover: {
        value: '{"query": [1, 0, 0, 0]}',
        check: (el) => expect((el.result as {d: number}).d).to.equal(4),
      },
    },
  },
  {
    tag: 'causal-mask-view',
    markup: '<causal-mask-view></causal-mask-view>',
    attributes: [
      {
        attr: 'tokens',
        accepts: ['negative', 'fractional', 'huge', 'nan', 'non-numeric', 'overlong'],
        extra: {blank: [' \n ', false], 'too many': [words(129), false]},
        recover: {
          value: 'a b',
          check: (el) => expect((el.result as {scores: []}).scores).to.have.length(2),
        },
      },
      // Any value but false/off/no/0 turns the mask on: never an error.
      {attr: 'causal', accepts: ALL},
      {
        attr: 'seed',
        accepts: ['empty', 'negative', 'huge'],
        extra: {'beyond safe integers': ['1e300', false]},
        recover: {value: '11', check: changed},
      },
      {
        attr: 'd-head',
        accepts: [],
        extra: {'sixty-five': ['65', false]},
        recover: {value: '2', check: changed},
      },
      // `for` names an element to follow; a missing one is simply not followed.
      {attr: 'for', accepts: ALL},
      {attr: 'precision', accepts: ALL},
      {attr: 'theme', accepts: ALL},
    ],
    properties: [
      {
        prop: 'q',
        cases: [
          ['null (seeded)', null, true],
          ['undefined (seeded)', undefined, true],
          ['a string', 'abc', false],
          ['the wrong shape', [[1]], false],
          ['NaN', matrix(5, 2, () => NaN), false],
          ['huge', matrix(1000, 1000), false],
        ],
        recover: {value: matrix(5, 3), check: changed},
      },
      {
        prop: 'k',
        cases: [
          ['a number', 3, false],
          ['rows of strings', matrix(5, 2).map((r) => r.map(String)), false],
        ],
        recover: {value: matrix(5, 4), check: changed},
      },
      {
        prop: 'tokens',
        cases: [
          ['null', null, false],
          ['a number', 42, true],
        ],
        recover: {
          value: 'p q r',
          check: (el) => expect((el.result as {scores: []}).scores).to.have.length(3),
        },
      },
      {
        prop: 'seed',
        cases: [
          ['null', null, false],
          ['a numeric string', '7', false],
        ],
        recover: {value: 8, check: changed},
      },
      {
        prop: 'dHead',
        cases: [
          ['null', null, false],
          ['a numeric string', '4', false],
        ],
        recover: {value: 3, check: changed},
      },
      {
        prop: 'strings',
        cases: [
          ['null', null, true],
          ['wrong kinds', {label: 1, canSee: 'x'}, true],
        ],
        recover: {value: {}, check: () => {}},
      },
    ],
    json: {
      cases: [
        ['empty', ' ', true],
        ['malformed', '{"tokens": "a b"', false],
        ['an array', '[1]', false],
        ['null', 'null', false],
        ['an object without tokens, q or k', '{"foo": 1}', false],
        ['tokens as a number', '{"tokens": 42}', false],
        ['empty tokens', '{"tokens": ""}', false],
        ['q as a string', '{"q": "abc"}', false],
        ['huge', JSON.stringify({tokens: words(5000)}), false],
      ],
      recover: {
        value: JSON.stringify({
          tokens: 'x y',
          q: [
            [1, 0],
            [0, 1],
          ],
          k: [
            [0, 1],
            [1, 0],
          ],
        }),
        check: (el) => expect((el.result as {scores: []}).scores).to.have.length(2),
      },
    },
  },
  {
    tag: 'attention-quiz',
    markup: '<attention-quiz></attention-quiz>',
    prepare: answerFirst,
    attributes: [
      {
        // A whole number of 0 or more ("" reads as 0; past the number of questions it is capped).
        attr: 'pass-score',
        accepts: ['empty', 'huge'],
        recover: {
          value: '0',
          check: (el) => expect((el.result as {passed: boolean}).passed).to.equal(true),
        },
      },
      {
        attr: 'lms',
        accepts: [],
        extra: {'another runtime': ['aicc', false]},
        recover: {value: 'xapi', check: (el) => expect(el.lms).to.equal('xapi')},
      },
      // Any text is a storage key or an activity id.
      {attr: 'persist', accepts: ALL},
      {attr: 'activity-id', accepts: ALL},
      {attr: 'precision', accepts: ALL},
      {attr: 'theme', accepts: ALL},
    ],
    properties: [
      {
        prop: 'questions',
        cases: [
          ['undefined (the defaults)', undefined, true],
          ['null', null, false],
          ['a string', 'abc', false],
          ['a number', 42, false],
          ['an object', {}, false],
          ['an empty list', [], false],
          ['a list of non-objects', [1, 2], false],
          ['no choices', [{id: 'a', prompt: 'p', choices: []}], false],
          [
            'two right answers',
            [
              {
                ...oneQuestion()[0],
                choices: oneQuestion()[0].choices.map((c) => ({...c, correct: true})),
              },
            ],
            false,
          ],
          ['duplicate ids', [...oneQuestion('x'), ...oneQuestion('x')], false],
          ['an unknown show topic', [{...oneQuestion()[0], show: 'nope'}], false],
          ['a numeric prompt', [{...oneQuestion()[0], prompt: 42}], false],
          [
            'huge (2,000 good questions)',
            Array.from({length: 2000}, (_, i) => oneQuestion(`q${i}`)[0]),
            true,
          ],
        ],
        recover: {
          value: oneQuestion(),
          check: (el) => expect((el.result as {score: {max: number}}).score.max).to.equal(1),
        },
      },
      {
        prop: 'passScore',
        cases: [
          ['null', null, false],
          ['a numeric string', '3', false],
          ['NaN', NaN, false],
          ['negative', -1, false],
        ],
        recover: {
          value: 1,
          check: (el) => expect((el.result as {passed: boolean}).passed).to.equal(true),
        },
      },
      {
        prop: 'lms',
        cases: [
          ['undefined (reports nowhere)', undefined, true],
          ['null (reports nowhere)', null, true],
          ['a number', 42, false],
          ['an upper-case value', 'XAPI', false],
        ],
        recover: {value: 'xapi', check: (el) => expect(el.lms).to.equal('xapi')},
      },
      {
        prop: 'strings',
        cases: [
          ['null', null, true],
          ['wrong kinds', {check: 1, progress: 'x'}, true],
        ],
        recover: {value: {}, check: () => {}},
      },
    ],
    json: {
      cases: [
        ['empty', '', true],
        ['malformed', '[{"id": ', false],
        ['an object', '{}', false],
        ['a number', '42', false],
        ['an empty list', '[]', false],
        ['a question without choices', '[{"id": "a", "prompt": "p"}]', false],
        ['huge and malformed', `["${'x'.repeat(1_000_000)}`, false],
      ],
      recover: {
        value: JSON.stringify(oneQuestion()),
        check: (el) => expect((el.result as {score: {max: number}}).score.max).to.equal(1),
      },
    },
  },
];

async function make(t: WidgetTable): Promise<Any> {
  const el = await fixture<Any>(t.markup);
  await t.prepare?.(el);
  return el;
}

for (const t of TABLES) {
  describe(`<${t.tag}> bad input`, () => {
    guardEachTest();

    for (const row of t.attributes) {
      const values: [string, string, boolean][] = [
        ...ALL.map((k): [string, string, boolean] => [k, KINDS[k], row.accepts.includes(k)]),
        ...Object.entries(row.extra ?? {}).map(([k, [v, ok]]): [string, string, boolean] => [
          k,
          v,
          ok,
        ]),
      ];
      for (const [kind, value, ok] of values) {
        it(`${row.attr}: ${kind} is ${ok ? 'accepted' : 'rejected'}`, async () => {
          const el = await make(t);
          const before = snapshot(el.result);
          const events = errorEvents(el);
          el.setAttribute(row.attr, value);
          await el.updateComplete;
          const label = `${row.attr}="${value.slice(0, 20)}"`;
          if (ok) {
            expectAccepted(el, events, label);
            if (row.attr === 'precision') expect(shadowText(el)).not.to.contain('NaN');
            return;
          }
          expectRejected(el, events, label);
          expect(snapshot(el.result), `${label}: last good result kept`).to.equal(before);
          el.setAttribute(row.attr, String(row.recover!.value));
          await el.updateComplete;
          expect(errorBox(el), `${label}: error cleared by a good value`).to.equal(null);
          row.recover!.check(el, before);
        });
      }
    }

    for (const {prop, cases, recover} of t.properties) {
      for (const [name, value, ok] of cases) {
        it(`.${prop} = ${name} is ${ok ? 'accepted' : 'rejected'}`, async () => {
          const el = await make(t);
          const before = snapshot(el.result);
          const events = errorEvents(el);
          el[prop] = value;
          await el.updateComplete;
          if (ok) {
            expectAccepted(el, events, `.${prop} = ${name}`);
            return;
          }
          expectRejected(el, events, `.${prop} = ${name}`);
          expect(snapshot(el.result), 'last good result kept').to.equal(before);
          el[prop] = recover.value;
          await el.updateComplete;
          expect(errorBox(el), 'error cleared by a good value').to.equal(null);
          recover.check(el, before);
        });
      }
    }

    for (const [name, text, ok] of t.json.cases) {
      it(`JSON child: ${name} is ${ok ? 'accepted' : 'rejected'}`, async () => {
        const el = await make(t);
        const script = document.createElement('script');
        script.type = 'application/json';
        el.append(script);
        await settle(el);
        const before = snapshot(el.result);
        const events = errorEvents(el);
        script.textContent = text;
        await settle(el);
        if (ok) {
          expectAccepted(el, events, `JSON ${name}`);
          expect(snapshot(el.result)).to.equal(before);
          return;
        }
        expectRejected(el, events, `JSON ${name}`);
        expect(snapshot(el.result), 'last good result kept').to.equal(before);
        script.textContent = t.json.recover.value as string;
        await settle(el);
        expect(errorBox(el), 'error cleared by good JSON').to.equal(null);
        t.json.recover.check(el, before);
      });
    }
  });
}
