import {css} from 'lit';

/** Styles of `<sqrt-d-explorer>`, on top of `baseStyles`. */
export const sqrtDExplorerStyles = css`
  .base {
    display: grid;
    gap: var(--_gap);
  }
  p {
    margin: 0;
  }
  .title {
    font-weight: 700;
    font-size: 1.15em;
  }
  .intro {
    color: var(--_muted);
    max-inline-size: 70ch;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: end;
    justify-content: space-between;
  }
  .picker {
    flex: 1 1 18rem;
    max-inline-size: 32rem;
  }
  .picker-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: baseline;
    justify-content: space-between;
  }
  .picker-head label {
    font-weight: 600;
  }
  .readout {
    display: inline-flex;
    gap: 0.75rem;
    font-size: 1.05em;
  }
  .sqrt-value {
    font-weight: 700;
  }
  input[type='range'] {
    display: block;
    inline-size: 100%;
    min-block-size: 2.75rem;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .ticks {
    display: flex;
    justify-content: space-between;
    font-size: 0.8em;
    color: var(--_muted);
    margin-inline: 0.1rem;
  }
  .ticks .current {
    color: var(--_fg);
    font-weight: 700;
  }
  .sample {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    flex-wrap: wrap;
  }
  .seed,
  .note {
    color: var(--_muted);
  }
  .seed-value {
    color: var(--_fg);
    font-weight: 600;
  }
  .panels {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: 1fr;
  }
  @container (min-inline-size: 40rem) {
    .panels {
      grid-template-columns: 1fr 1fr;
    }
  }
  .panel {
    display: grid;
    gap: 0.6rem;
    align-content: start;
    padding: 0.85rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-block-start: 4px solid var(--_border);
    border-radius: var(--_radius);
  }
  .panel.saturated {
    border-block-start-color: var(--_danger);
  }
  .panel.spread {
    border-block-start-color: var(--_success);
  }
  .panel-title {
    font-weight: 700;
  }
  .formula code {
    font-family: var(--_mono-font-family);
    color: var(--_muted);
    font-size: 0.9em;
  }
  .bars {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .bar + .bar {
    margin-block-start: 0.2rem;
  }
  .bar {
    display: grid;
    grid-template-columns: 2em minmax(3rem, 1fr) 3em 4.6em;
    gap: 0.4rem;
    align-items: center;
  }
  .key {
    font-family: var(--_mono-font-family);
    color: var(--_muted);
  }
  .track {
    display: block;
    block-size: 0.9rem;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 3px;
    overflow: hidden;
  }
  .fill {
    display: block;
    block-size: 100%;
    background: var(--_accent);
    transition: inline-size 160ms ease-out;
  }
  .prob {
    text-align: end;
    font-weight: 600;
  }
  .score {
    text-align: end;
    color: var(--_muted);
    font-size: 0.8em;
    white-space: nowrap;
  }
  @container (max-inline-size: 26rem) {
    .panel {
      padding: 0.6rem;
    }
  }
  .range {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .stats {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    margin: 0;
  }
  .stats dt {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .stats dd {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
  }
  .verdict {
    padding: 0.5rem 0.7rem;
    border-inline-start: 4px solid var(--_border);
    background: var(--_bg);
    border-radius: 0 calc(var(--_radius) * 0.75) calc(var(--_radius) * 0.75) 0;
  }
  .saturated .verdict {
    border-inline-start-color: var(--_danger);
  }
  .spread .verdict {
    border-inline-start-color: var(--_success);
  }
  .chart {
    margin: 0;
    display: grid;
    gap: 0.4rem;
    max-inline-size: 30rem;
  }
  figcaption {
    display: grid;
    gap: 0.15rem;
  }
  .chart-title {
    font-weight: 700;
  }
  .chart-desc {
    color: var(--_muted);
    font-size: 0.9em;
  }
  svg {
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  svg text {
    font-family: var(--_font-family);
    font-size: 12.5px;
    fill: var(--_muted);
  }
  svg .axis-label {
    fill: var(--_fg);
  }
  .grid {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .uniform {
    stroke: var(--_muted);
    stroke-dasharray: 1 3;
    stroke-width: 1.5;
  }
  .current {
    stroke: var(--_fg);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  svg .current-label {
    fill: var(--_fg);
    font-weight: 700;
  }
  .series {
    fill: none;
    stroke-width: 2.5;
  }
  .series.unscaled {
    stroke: var(--_danger);
  }
  .series.scaled {
    stroke: var(--_accent);
    stroke-dasharray: 6 3;
  }
  .dot.unscaled {
    fill: var(--_danger);
  }
  .dot.scaled {
    fill: var(--_accent);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 1.25rem;
    font-size: 0.9em;
  }
  .legend > span {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  .swatch {
    display: inline-block;
    inline-size: 1.6rem;
    block-size: 0;
    border-block-start: 3px solid var(--_danger);
  }
  .key-scaled .swatch {
    border-block-start: 3px dashed var(--_accent);
  }
  details summary {
    cursor: pointer;
    color: var(--_accent);
    min-block-size: 1.5rem;
  }
  details table {
    border-collapse: collapse;
    margin-block-start: 0.5rem;
    font-size: 0.9em;
  }
  details caption {
    text-align: start;
    color: var(--_muted);
    padding-block-end: 0.25rem;
  }
  details th,
  details td {
    border: 1px solid var(--_border);
    padding: 0.25rem 0.5rem;
    text-align: end;
  }
  details thead th {
    text-align: start;
    font-weight: 600;
  }
  details tr.current {
    background: var(--_highlight);
  }
  @media (forced-colors: active) {
    .fill,
    .dot.unscaled,
    .dot.scaled {
      forced-color-adjust: none;
      background: CanvasText;
      fill: CanvasText;
    }
    .series.unscaled,
    .series.scaled,
    .current {
      stroke: CanvasText;
    }
    svg text {
      fill: CanvasText;
    }
    .panel,
    .verdict {
      border-color: CanvasText;
    }
  }
`;
