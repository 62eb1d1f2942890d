/**
 * Removing a number attribute puts the widget back on that setting's default, as with any HTML
 * attribute, instead of reading the missing value as null and rejecting it.
 */
import {expect, fixture} from '@open-wc/testing';
import '../index.js';
import {
  errorEvents,
  expectAccepted,
  guardEachTest,
  settle,
  snapshot,
  type Widget,
} from '../test-support/hardening.js';

type Case = [
  tag: string,
  attribute: string,
  property: string,
  set: string,
  fallback: number | undefined,
];

const CASES: Case[] = [
  ['attention-stepper', 'd-model', 'dModel', '6', 4],
  ['attention-stepper', 'd-head', 'dHead', '2', 4],
  ['attention-stepper', 'seed', 'seed', '3', undefined],
  ['attention-stepper', 'step', 'step', '5', 1],
  ['attention-stepper', 'precision', 'precision', '4', 2],
  ['sqrt-d-explorer', 'd', 'd', '64', 16],
  ['sqrt-d-explorer', 'keys', 'keys', '4', 8],
  ['sqrt-d-explorer', 'seed', 'seed', '11', 5],
  ['causal-mask-view', 'seed', 'seed', '3', 7],
  ['causal-mask-view', 'd-head', 'dHead', '8', 4],
  ['attention-quiz', 'pass-score', 'passScore', '3', 4],
];

describe('removing a number attribute', () => {
  guardEachTest();

  for (const [tag, attribute, property, set, fallback] of CASES) {
    it(`<${tag}> ${attribute}: back to ${fallback ?? 'unset'}`, async () => {
      const fresh = await fixture<Widget>(`<${tag}></${tag}>`);
      const defaults = snapshot(fresh.result);
      const el = await fixture<Widget & Record<string, unknown>>(
        `<${tag} ${attribute}="${set}"></${tag}>`,
      );
      expect(el[property]).to.equal(Number(set));
      const events = errorEvents(el);
      el.removeAttribute(attribute);
      await settle(el);
      expect(el[property], property).to.equal(fallback);
      expectAccepted(el, events, `${tag} without ${attribute}`);
      // What it shows is what a widget that never had the attribute shows.
      expect(snapshot(el.result)).to.equal(defaults);
    });
  }
});
