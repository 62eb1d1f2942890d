import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** A cell of one of a widget's matrices. */
export interface CellRef {
  matrix: string;
  row: number;
  col: number;
}

/**
 * Keyboard and pointer behaviour for a widget's matrices (tables rendered by `renderMatrix`):
 * one roving tab stop per matrix, arrow keys / Home / End / Ctrl+Home / Ctrl+End move between
 * cells, and the cell under focus or pointer becomes `active` so the widget can show its
 * arithmetic and highlight the same token in every matrix.
 */
export class GridController implements ReactiveController {
  /** The cell being focused or hovered, if any. */
  active: CellRef | null = null;
  private readonly tabStops = new Map<string, {row: number; col: number}>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.active = null;
  }

  /** Forgets positions, e.g. after the matrices change shape. */
  reset(): void {
    this.tabStops.clear();
    this.active = null;
  }

  /** The tabindex a cell gets: 0 for its matrix's tab stop, -1 for the rest. */
  tabIndexFor(matrix: string, row: number, col: number): number {
    const stop = this.tabStops.get(matrix) ?? {row: 0, col: 0};
    return stop.row === row && stop.col === col ? 0 : -1;
  }

  isActive(matrix: string, row: number, col: number): boolean {
    const a = this.active;
    return !!a && a.matrix === matrix && a.row === row && a.col === col;
  }

  readonly onFocusIn = (event: FocusEvent): void => {
    const ref = cellOf(event.target);
    if (!ref) return;
    this.tabStops.set(ref.matrix, {row: ref.row, col: ref.col});
    this.setActive(ref);
  };

  readonly onFocusOut = (event: FocusEvent): void => {
    if (!cellOf(event.relatedTarget)) this.setActive(null);
  };

  readonly onPointerOver = (event: PointerEvent): void => {
    const ref = cellOf(event.target);
    if (ref) this.setActive(ref);
  };

  readonly onPointerLeave = (): void => {
    const focused = cellOf(this.host.shadowRoot?.activeElement ?? null);
    this.setActive(focused);
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const ref = cellOf(event.target);
    const table = (event.target as HTMLElement | null)?.closest('table');
    if (!ref || !table) return;
    const rows = Number(table.dataset.rows);
    const cols = Number(table.dataset.cols);
    const to = gridMove(event, ref, rows, cols);
    if (!to) return;
    const {row, col} = to;
    // The grid owns these keys; the widget's own shortcuts must not see them.
    event.preventDefault();
    event.stopPropagation();
    const next = table.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`);
    if (next) {
      this.tabStops.set(ref.matrix, {row, col});
      next.focus();
    }
  };

  private setActive(ref: CellRef | null): void {
    const a = this.active;
    if (
      a === ref ||
      (a && ref && a.matrix === ref.matrix && a.row === ref.row && a.col === ref.col)
    )
      return;
    this.active = ref;
    this.host.requestUpdate();
  }
}

/**
 * Where a grid key moves a cursor in a `rows` × `cols` grid: arrows by one cell, PageUp/PageDown
 * by `page` rows, Home/End to the row's ends (with Ctrl, the grid's corners). Null for any
 * other key. Shared by the table grids and the canvas maps of long inputs.
 */
export function gridMove(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey'>,
  from: {row: number; col: number},
  rows: number,
  cols: number,
  page = Math.max(1, Math.round(rows / 8)),
): {row: number; col: number} | null {
  let {row, col} = from;
  switch (event.key) {
    case 'ArrowUp':
      row = Math.max(0, row - 1);
      break;
    case 'ArrowDown':
      row = Math.min(rows - 1, row + 1);
      break;
    case 'ArrowLeft':
      col = Math.max(0, col - 1);
      break;
    case 'ArrowRight':
      col = Math.min(cols - 1, col + 1);
      break;
    case 'PageUp':
      row = Math.max(0, row - page);
      break;
    case 'PageDown':
      row = Math.min(rows - 1, row + page);
      break;
    case 'Home':
      col = 0;
      if (event.ctrlKey) row = 0;
      break;
    case 'End':
      col = cols - 1;
      if (event.ctrlKey) row = rows - 1;
      break;
    default:
      return null;
  }
  return {row, col};
}

function cellOf(target: EventTarget | null): CellRef | null {
  const cell = (target as HTMLElement | null)?.closest?.('td[data-row]') as HTMLElement | null;
  const table = cell?.closest('table');
  if (!cell || !table?.dataset.matrix) return null;
  return {
    matrix: table.dataset.matrix,
    row: Number(cell.dataset.row),
    col: Number(cell.dataset.col),
  };
}
