import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {LitElement, css} from 'lit';
import {AttentionElement} from './attention-element.js';
import {baseStyles} from './base-styles.js';
import {define} from './define.js';
import {GridController} from './grid-controller.js';
import {renderMatrix, matrixStyles} from './matrix.js';
import {darkTokens, lightTokens} from './tokens.js';

/** A minimal widget on the shared base, to test the shared pieces through a real element. */
class TestMatrixHost extends AttentionElement {
  static override styles = [baseStyles, matrixStyles];
  values: number[][] = [
    [0.5, -1.25, -Infinity],
    [2, 0, 3.125],
  ];
  readonly grid = new GridController(this);
  protected override get jsonErrorPrefix() {
    return 'The JSON data could not be read';
  }
  protected override get jsonChildEnabled() {
    return true;
  }
  received: unknown;
  protected override applyJsonChild(value: unknown) {
    this.received = value;
  }
  reject(message: string) {
    this.fail(message);
  }
  override render() {
    return html`${this.renderError('Check the input.')}
    ${renderMatrix(
      {
        id: 'm',
        caption: 'M',
        corner: 'token',
        rowHeaders: ['The', 'cat'],
        colHeaders: ['d1', 'd2', 'd3'],
        values: this.values,
        precision: this.digits,
        heat: {min: -2, max: 4},
        describe: (i, j) => `cell ${i},${j}`,
      },
      this.grid,
    )}
    ${this.renderStatus()}`;
  }
}
define('test-matrix-host', TestMatrixHost);
declare global {
  interface HTMLElementTagNameMap {
    'test-matrix-host': TestMatrixHost;
  }
}

const cells = (el: HTMLElement) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('td[part="cell"]'),
];

function rgbOf(color: string): [number, number, number] {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.fillStyle = '#000';
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}
function luminance([r, g, b]: [number, number, number]) {
  const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
function contrast(a: string, b: string) {
  const [la, lb] = [luminance(rgbOf(a)), luminance(rgbOf(b))].sort((x, y) => y - x);
  return (la + 0.05) / (lb + 0.05);
}

describe('renderMatrix and GridController', () => {
  it('is accessible', async () => {
    const el = await fixture<TestMatrixHost>(html`<test-matrix-host></test-matrix-host>`);
    await expect(el).to.be.accessible();
  });

  it('renders a table with headers, rounded numbers and raw values', async () => {
    const el = await fixture<TestMatrixHost>(
      html`<test-matrix-host precision="1"></test-matrix-host>`,
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('caption')!.textContent).to.contain('M');
    expect([...root.querySelectorAll('th[scope="col"]')].map((t) => t.textContent)).to.deep.equal([
      'd1',
      'd2',
      'd3',
    ]);
    expect([...root.querySelectorAll('th[scope="row"]')].map((t) => t.textContent)).to.deep.equal([
      'The',
      'cat',
    ]);
    const shown = cells(el).map((c) => c.querySelector('.v')!.textContent);
    // toFixed(1): 0.5, −1.25 → −1.3 (away from zero in binary), −∞, 2.0, 0.0, 3.125 → 3.1
    expect(shown).to.deep.equal(['0.5', '\u22121.3', '\u2212∞', '2.0', '0.0', '3.1']);
    expect(cells(el).map((c) => Number(c.dataset.value))).to.deep.equal([
      0.5,
      -1.25,
      -Infinity,
      2,
      0,
      3.125,
    ]);
    expect(cells(el)[0].textContent).to.contain('cell 0,0');
  });

  it('has one tab stop and moves it with the arrow keys, Home and End', async () => {
    const el = await fixture<TestMatrixHost>(html`<test-matrix-host></test-matrix-host>`);
    expect(cells(el).filter((c) => c.tabIndex === 0)).to.have.length(1);
    cells(el)[0].focus();
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({press: 'ArrowDown'});
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect([focused.dataset.row, focused.dataset.col]).to.deep.equal(['1', '1']);
    expect(el.grid.active).to.deep.equal({matrix: 'm', row: 1, col: 1});
    expect(focused.classList.contains('active')).to.equal(true);
    await sendKeys({press: 'End'});
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.col).to.equal('2');
    await sendKeys({press: 'Home'});
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.col).to.equal('0');
    await el.updateComplete;
    expect(
      cells(el)
        .filter((c) => c.tabIndex === 0)
        .map((c) => [c.dataset.row, c.dataset.col]),
    ).to.deep.equal([['1', '0']]);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps heat-map text at AA contrast across the scale (${theme})`, async () => {
      const el = await fixture<TestMatrixHost>(
        html`<test-matrix-host theme=${theme}></test-matrix-host>`,
      );
      el.values = [[-2, -1, 0, 1, 2, 3, 4]];
      el.requestUpdate();
      await el.updateComplete;
      for (const cell of cells(el)) {
        const style = getComputedStyle(cell);
        const ratio = contrast(style.color, style.backgroundColor);
        expect(
          ratio,
          `${cell.dataset.value}: ${style.color} on ${style.backgroundColor}`,
        ).to.be.at.least(4.5);
      }
      await expect(el).to.be.accessible();
    });
  }
});

describe('AttentionElement', () => {
  it('shows a rejected input as text in an alert and fires attention-widget-error', async () => {
    const el = await fixture<TestMatrixHost>(html`<test-matrix-host></test-matrix-host>`);
    const payload = '<img src=x onerror="window.__pwned = true">';
    setTimeout(() => el.reject(payload));
    const event = await oneEvent(el, 'attention-widget-error');
    expect(event.detail).to.deep.equal({widget: 'test-matrix-host', message: payload});
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain(payload);
    expect(alert.querySelector('img')).to.equal(null);
    expect((window as unknown as {__pwned?: boolean}).__pwned).to.equal(undefined);
    // The last good state stays on screen.
    expect(cells(el)).to.have.length(6);
  });

  it('reads a JSON child, and reports one it cannot parse', async () => {
    const el = await fixture<TestMatrixHost>(
      html`<test-matrix-host
        ><script type="application/json">
          {"a": [1, 2]}
        </script></test-matrix-host
      >`,
    );
    expect(el.received).to.deep.equal({a: [1, 2]});
    const script = el.querySelector('script')!;
    setTimeout(() => (script.textContent = '{"a": [1, 2'));
    const event = await oneEvent(el, 'attention-widget-error');
    expect(event.detail.message).to.match(/^The JSON data could not be read: /);
  });

  it('follows prefers-color-scheme unless a theme is set', async () => {
    const el = await fixture<TestMatrixHost>(
      html`<test-matrix-host theme="dark"></test-matrix-host>`,
    );
    expect(rgbOf(getComputedStyle(el).backgroundColor)).to.deep.equal(
      rgbOf(darkTokens['--attention-bg']!),
    );
    el.theme = 'light';
    await el.updateComplete;
    expect(rgbOf(getComputedStyle(el).backgroundColor)).to.deep.equal(
      rgbOf(lightTokens['--attention-bg']),
    );
  });

  it('lets a page restyle it through the public tokens', async () => {
    const el = await fixture<TestMatrixHost>(
      html`<test-matrix-host style="--attention-bg: rgb(10, 20, 30)"></test-matrix-host>`,
    );
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(10, 20, 30)');
  });
});

describe('define', () => {
  it('is idempotent: a second definition of a tag is ignored', () => {
    class Other extends LitElement {
      static override styles = css``;
    }
    expect(() => define('test-matrix-host', Other)).not.to.throw();
    expect(customElements.get('test-matrix-host')).to.equal(TestMatrixHost);
  });
});

describe('themes', () => {
  const parse = (text: string) =>
    Object.fromEntries(
      [...text.matchAll(/(--attention-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]),
    );
  it('light.css publishes exactly the default tokens', async () => {
    const text = await (await fetch(new URL('../themes/light.css', import.meta.url))).text();
    expect(parse(text)).to.deep.equal(lightTokens);
  });
  it('dark.css publishes exactly the dark tokens', async () => {
    const text = await (await fetch(new URL('../themes/dark.css', import.meta.url))).text();
    expect(parse(text)).to.deep.equal(darkTokens);
  });
});
