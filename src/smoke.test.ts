import {expect, fixture, html} from '@open-wc/testing';
import {LitElement} from 'lit';
class XSmoke extends LitElement { override render() { return html`<p>hi</p>`; } }
customElements.define('x-smoke', XSmoke);
describe('smoke', () => {
  it('renders', async () => {
    const el = await fixture(html`<x-smoke></x-smoke>`);
    expect(el.shadowRoot!.textContent).to.contain('hi');
  });
});
