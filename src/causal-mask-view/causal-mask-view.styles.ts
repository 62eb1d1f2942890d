import {css} from 'lit';
import {baseStyles} from '../internal/base-styles.js';
import {matrixStyles} from '../internal/matrix.js';

const own = css`
  .base {
    display: grid;
    gap: var(--_gap);
  }
  .controls {
    display: grid;
    gap: 0.5rem;
  }
  p {
    margin: 0;
  }
  .switch {
    display: inline-flex;
    align-items: center;
    text-align: start;
    gap: 0.6rem;
    justify-self: start;
    font-weight: 600;
  }
  .track {
    position: relative;
    inline-size: 2.6rem;
    block-size: 1.4rem;
    border-radius: 999px;
    border: 2px solid var(--_muted);
    background: var(--_surface);
    flex: none;
  }
  .thumb {
    position: absolute;
    inset-block-start: 0.15rem;
    inset-inline-start: 0.15rem;
    inline-size: 0.9rem;
    block-size: 0.9rem;
    border-radius: 50%;
    background: var(--_muted);
    transition: transform 120ms ease;
  }
  .switch[aria-checked='true'] .track {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .switch[aria-checked='true'] .thumb {
    background: var(--_accent-fg);
    transform: translateX(1.2rem);
  }
  /* "On" / "Off" stays one word in a narrow switch; an overlong override is cut with an
     ellipsis rather than widening the widget. */
  .state {
    font-weight: 500;
    color: var(--_muted);
    flex: none;
    min-inline-size: 2ch;
    max-inline-size: 8em;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .mode {
    max-inline-size: 70ch;
  }
  .cost {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
    padding: 0.4rem 0.6rem;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
    border-radius: 0.25rem;
  }
  .cost:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .cost-note,
  .compact-note {
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* Number tables take their natural width and wrap onto a new row when three do not fit, so a
     cell is never clipped; a table wider than the whole widget scrolls inside its map. */
  .maps {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
  }
  .map {
    flex: 1 1 auto;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  /* Three maps side by side must fit a typical article column: slightly narrower cells. */
  .maps:not(.compact) table {
    font-size: 0.85em;
  }
  .maps:not(.compact) td[part='cell'] {
    min-inline-size: 2.5rem;
    padding-inline: 0.25rem;
  }
  .maps.compact {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 60rem) {
    .maps.compact {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @container (min-width: 40rem) and (max-width: 59.99rem) {
    .maps.compact {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (max-width: 30rem) {
    table {
      font-size: 0.8em;
      border-spacing: 1px;
    }
    td[part='cell'] {
      min-inline-size: 2.3rem;
      padding: 0.25rem 0.3rem;
    }
    th {
      padding-inline: 0.2rem;
    }
  }
  .map-caption {
    display: block;
    padding-block-end: 0.35rem;
  }
  .map-caption .caption {
    display: block;
    font-weight: 600;
  }
  .map-caption .note {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
  }
  /* Cells a row may see are outlined while it is pointed at; hidden ones look masked. */
  td[part='cell'].hl:not(.dim):not(.masked) {
    border-color: var(--_fg);
    box-shadow: inset 0 0 0 1px var(--_fg);
  }
  td[part='cell'].hl.dim,
  td[part='cell'].hl.masked {
    border-color: var(--_border);
  }
  td.trailing {
    font-weight: 600;
  }
  .plot {
    position: relative;
    inline-size: 100%;
    max-inline-size: 26rem;
    aspect-ratio: 1;
  }
  canvas {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    image-rendering: pixelated;
    border: 1px solid var(--_border);
    touch-action: none;
  }
  canvas:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* The masked triangle is also hatched, so it is not told by colour alone. */
  .hatch {
    position: absolute;
    inset: 0;
    pointer-events: none;
    clip-path: polygon(0 0, 100% 0, 100% 100%);
    background: repeating-linear-gradient(
      135deg,
      transparent,
      transparent 5px,
      color-mix(in srgb, var(--_masked-fg) 45%, transparent) 5px,
      color-mix(in srgb, var(--_masked-fg) 45%, transparent) 6px
    );
  }
  .band,
  .cursor {
    position: absolute;
    pointer-events: none;
    box-sizing: border-box;
  }
  .band {
    outline: 2px solid var(--_fg);
    background: color-mix(in srgb, var(--_highlight) 35%, transparent);
  }
  .cursor {
    outline: 3px solid var(--_focus);
    min-inline-size: 4px;
    min-block-size: 4px;
  }
  details {
    margin-block-start: 0.5rem;
  }
  summary {
    cursor: pointer;
    padding-block: 0.4rem;
    min-block-size: 2.75rem;
    display: flex;
    align-items: center;
    gap: 0.4rem;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::before {
    content: '▸';
    display: inline-block;
    transition: transform 120ms ease;
  }
  details[open] > summary::before {
    transform: rotate(90deg);
  }
  details figure.matrix {
    max-block-size: 24rem;
    overflow: auto;
  }
  .readout {
    display: grid;
    gap: 0.25rem;
    min-block-size: 3.5rem;
    padding: 0.5rem 0.75rem;
    border: 1px dashed var(--_border);
    border-radius: 0.25rem;
    overflow-wrap: anywhere;
  }
  .arith {
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .switch[aria-checked='true'] .track {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
    }
    .switch[aria-checked='true'] .thumb {
      forced-color-adjust: none;
      background: HighlightText;
    }
    .thumb {
      background: CanvasText;
    }
    .band,
    .cursor {
      outline-color: Highlight;
    }
    td[part='cell'].hl:not(.dim):not(.masked) {
      outline: 2px solid Highlight;
    }
  }
`;

export const styles = [baseStyles, matrixStyles, own];
