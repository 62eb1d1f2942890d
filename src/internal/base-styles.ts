import {css, unsafeCSS} from 'lit';
import {darkTokens, lightTokens, type TokenName} from './tokens.js';

/** `--attention-bg` → `--_bg`: components read public tokens only through private ones. */
const privateName = (token: string) => token.replace('--attention-', '--_');

const declarations = (values: Partial<Record<TokenName, string>>) =>
  Object.entries(values)
    .map(([token, value]) => `${privateName(token)}: var(${token}, ${value});`)
    .join('\n');

const light = unsafeCSS(declarations(lightTokens));
const dark = unsafeCSS(declarations(darkTokens));

/**
 * Styles every widget starts from: the private token layer (light by default, dark through
 * `theme="dark"` or the reader's `prefers-color-scheme`), the host box, focus rings, the error
 * and status pieces, forced-colors and reduced-motion handling.
 */
export const baseStyles = css`
  :host {
    ${light}
    display: block;
    box-sizing: border-box;
    color-scheme: light;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.45;
    overflow-wrap: anywhere;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
    container-type: inline-size;
    -webkit-text-size-adjust: 100%;
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
      color-scheme: dark;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    padding-block: 0.4rem;
    padding-inline: 0.85rem;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .error {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    margin-block: 0 var(--_gap);
    padding: 0.6rem 0.8rem;
    border: 1px solid var(--_danger);
    border-inline-start-width: 4px;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_danger-bg);
    color: var(--_fg);
    overflow-wrap: anywhere;
  }
  .error strong {
    color: var(--_danger);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* Prose may break anywhere (a 10,000-character word must not widen the page), but numbers
     and tables keep their words whole: a table scrolls inside its figure instead. */
  .num,
  table {
    overflow-wrap: normal;
  }
  .num {
    font-family: var(--_mono-font-family);
    font-variant-numeric: tabular-nums;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      border-color: CanvasText;
    }
    button.primary {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
