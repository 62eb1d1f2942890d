import {css} from 'lit';
import {baseStyles} from '../internal/base-styles.js';
import {matrixStyles} from '../internal/matrix.js';

export const styles = [
  baseStyles,
  matrixStyles,
  css`
    .base {
      display: grid;
      gap: var(--_gap);
      min-inline-size: 0;
    }
    .formula {
      display: grid;
      gap: 0.35rem;
      padding: 0.6rem 0.75rem;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      overflow-x: auto;
    }
    math {
      font-size: 1.2em;
      margin: 0;
      text-align: start;
    }
    math.projections {
      font-size: 0.95em;
      color: var(--_muted);
    }
    [part='term'].active {
      color: var(--_fg);
      background: var(--_highlight);
      border-radius: 0.2rem;
      /* Not colour alone: the term in use is also underlined. */
      border-block-end: 3px solid var(--_accent);
      padding-inline: 0.1em;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 0.75rem;
    }
    .counter {
      font-weight: 600;
      min-inline-size: 7.5em;
      text-align: center;
    }
    button[aria-disabled='true'] {
      cursor: not-allowed;
      opacity: 0.6;
    }
    .step {
      display: grid;
      gap: 0.75rem;
      min-inline-size: 0;
    }
    .title {
      margin: 0;
      font-weight: 600;
      font-size: 1.1em;
    }
    .explanation {
      margin: 0;
      max-inline-size: 70ch;
    }
    .group {
      display: grid;
      gap: 0.35rem;
      min-inline-size: 0;
    }
    .group-label {
      margin: 0;
      font-size: 0.8em;
      font-weight: 600;
      letter-spacing: 0.04em;
      text-transform: uppercase;
      color: var(--_muted);
    }
    .matrices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1.5rem;
      align-items: flex-start;
      min-inline-size: 0;
    }
    .detail {
      margin: 0;
      padding: 0.5rem 0.75rem;
      min-block-size: 2.75rem;
      border-inline-start: 4px solid var(--_accent);
      background: var(--_surface);
      border-radius: calc(var(--_radius) * 0.75);
      overflow-wrap: anywhere;
    }
    .detail-where {
      font-weight: 600;
      margin-inline-end: 0.35rem;
    }
    sub {
      font-size: 0.75em;
    }
    @container (max-width: 26rem) {
      .formula {
        padding-inline: 0.4rem;
      }
      math {
        font-size: 0.85em;
      }
      math.projections {
        font-size: 0.75em;
      }
      .matrices {
        gap: 0.75rem;
      }
      .counter {
        order: -1;
        flex-basis: 100%;
        text-align: start;
      }
    }
    @media (forced-colors: active) {
      [part='term'].active {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
        border-block-end-color: CanvasText;
      }
      .detail {
        border-inline-start-color: CanvasText;
      }
    }
  `,
];
