import {css, html, nothing, type TemplateResult} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import {formatNumber} from './format.js';
import type {GridController} from './grid-controller.js';
import {heatLevel, type HeatRange} from './heat.js';

/** Everything `renderMatrix` needs to draw one labelled matrix as an accessible table. */
export interface MatrixView {
  /** Unique within the widget: names the table for keyboard focus and tests (`data-matrix`). */
  id: string;
  /** The table caption, e.g. `Q = X·W_Q`. */
  caption: string | TemplateResult;
  /** A short note under the caption, e.g. `3 tokens × 4 dims`. */
  note?: string;
  /** What the header corner says (the meaning of the rows and columns), e.g. `token \ dim`. */
  corner?: string;
  rowHeaders: readonly string[];
  colHeaders: readonly string[];
  values: readonly (readonly number[])[];
  precision: number;
  /** Colour cells by value (a heat-map). Numbers are always shown as well. */
  heat?: HeatRange;
  /** The arithmetic behind cell (i, j), read to screen readers and shown on focus/hover. */
  describe?: (row: number, col: number) => string;
  /** Rows / columns to highlight (the token the learner is pointing at). */
  highlightRow?: number;
  highlightCol?: number;
  /** Cells outside what row i may see (drawn greyed, e.g. the masked future). */
  dimmed?: (row: number, col: number) => boolean;
  /** An extra column after the values, e.g. each row's sum. */
  trailing?: {header: string; cells: readonly string[]; part?: string};
}

/**
 * Renders a matrix as a real table: caption, column and row headers (`scope`), one focusable
 * cell per value with a roving tab stop (keyboard handled by `GridController`). Each cell
 * carries `data-row`, `data-col` and `data-value` (the unrounded number).
 */
export function renderMatrix(view: MatrixView, grid: GridController): TemplateResult {
  const {id, values} = view;
  const rows = values.length;
  const cols = rows ? values[0].length : 0;
  return html`<figure class="matrix" part="matrix">
    <table
      data-matrix=${id}
      data-rows=${rows}
      data-cols=${cols}
      @focusin=${grid.onFocusIn}
      @focusout=${grid.onFocusOut}
      @keydown=${grid.onKeyDown}
      @pointerover=${grid.onPointerOver}
      @pointerleave=${grid.onPointerLeave}
    >
      <caption>
        <span class="caption">${view.caption}</span>
        ${view.note ? html`<span class="note">${view.note}</span>` : nothing}
      </caption>
      <thead>
        <tr>
          <td class="corner">${view.corner ?? ''}</td>
          ${view.colHeaders.map(
            (h, j) => html`<th scope="col" class=${view.highlightCol === j ? 'hl' : ''}>${h}</th>`,
          )}
          ${
            view.trailing
              ? html`<th scope="col" class="trailing">${view.trailing.header}</th>`
              : nothing
          }
        </tr>
      </thead>
      <tbody>
        ${values.map(
          (row, i) =>
            html`<tr class=${view.highlightRow === i ? 'hl' : ''}>
              <th scope="row">${view.rowHeaders[i]}</th>
              ${row.map((value, j) => renderCell(view, grid, value, i, j))}
              ${
                view.trailing
                  ? html`<td class="trailing num" part=${view.trailing.part ?? 'trailing'}>
                      ${view.trailing.cells[i]}
                    </td>`
                  : nothing
              }
            </tr>`,
        )}
      </tbody>
    </table>
  </figure>`;
}

function renderCell(view: MatrixView, grid: GridController, value: number, i: number, j: number) {
  const masked = value === -Infinity;
  const level = view.heat && !masked ? heatLevel(value, view.heat) : undefined;
  // One class string per cell: cheaper than a classMap directive instance for every cell.
  let classes = 'num';
  if (level !== undefined) classes += ' heat';
  if (masked) classes += ' masked';
  if (view.dimmed?.(i, j)) classes += ' dim';
  if (view.highlightRow === i || view.highlightCol === j) classes += ' hl';
  if (grid.isActive(view.id, i, j)) classes += ' active';
  const arithmetic = view.describe?.(i, j);
  return html`<td
    part="cell"
    class=${classes}
    style=${level === undefined ? nothing : styleMap({'--_t': level.toFixed(3)})}
    tabindex=${grid.tabIndexFor(view.id, i, j)}
    data-row=${i}
    data-col=${j}
    data-value=${String(value)}
  >
    <span class="v">${formatNumber(value, view.precision)}</span>${
      arithmetic ? html`<span class="visually-hidden">: ${arithmetic}</span>` : nothing
    }
  </td>`;
}

/** Styles for `renderMatrix` tables; widgets add them after `baseStyles`. */
export const matrixStyles = css`
  figure.matrix {
    margin: 0;
    min-inline-size: 0;
    max-inline-size: 100%;
    overflow-x: auto;
  }
  table {
    border-collapse: separate;
    border-spacing: 2px;
    font-size: 0.9em;
  }
  /* Captions are prose: they may break anywhere, while the numbers in the table do not. */
  caption,
  td.corner {
    overflow-wrap: anywhere;
  }
  caption {
    caption-side: top;
    text-align: start;
    padding-block-end: 0.35rem;
  }
  caption .caption {
    font-weight: 600;
  }
  caption .note {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
  }
  th {
    font-weight: 500;
    color: var(--_muted);
    padding: 0.1rem 0.35rem;
    white-space: nowrap;
    max-inline-size: 8rem;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  thead th {
    text-align: center;
  }
  tbody th {
    text-align: end;
  }
  th.hl,
  tr.hl > th {
    color: var(--_fg);
    background: var(--_highlight);
    border-radius: 0.25rem;
  }
  td.corner {
    font-size: 0.75em;
    color: var(--_muted);
  }
  td[part='cell'] {
    min-inline-size: var(--_cell-size);
    padding: 0.3rem 0.4rem;
    text-align: end;
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    background: var(--_surface);
    color: var(--_fg);
    cursor: default;
    white-space: nowrap;
  }
  td.heat {
    background: color-mix(in srgb, var(--_heat-high) calc(var(--_t) * 100%), var(--_heat-low));
    color: var(--_heat-fg);
  }
  /* Masked scores (−∞) and dimmed cells (what a row may not see, e.g. the zero weights above the
     diagonal) share the striped look; dimmed cells also get a dashed edge. Not opacity: faded
     text would fall below AA contrast. */
  td.masked,
  td.dim {
    background: repeating-linear-gradient(
      135deg,
      var(--_masked-bg),
      var(--_masked-bg) 4px,
      var(--_surface) 4px,
      var(--_surface) 8px
    );
    color: var(--_masked-fg);
  }
  td.dim {
    border-style: dashed;
    border-color: var(--_muted);
  }
  td.hl {
    border-color: var(--_fg);
  }
  td.active {
    outline: 3px solid var(--_focus);
    outline-offset: -1px;
  }
  td.trailing {
    color: var(--_muted);
    padding-inline: 0.4rem;
  }
  @media (forced-colors: active) {
    td[part='cell'] {
      border-color: CanvasText;
    }
    td.hl,
    td.active {
      outline: 3px solid Highlight;
    }
    th.hl,
    tr.hl > th {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
