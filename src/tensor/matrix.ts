/**
 * Thrown when the shapes of the arguments do not fit together. The message names the operation
 * and every shape involved, written rows×cols: `matmul: 3×4 · 3×4: inner sizes differ`.
 */
export class ShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShapeError';
  }
}

function checkDimension(where: string, what: string, n: number): void {
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`${where}: ${what} must be a positive integer, got ${n}`);
  }
}

function typeOf(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  return `a ${typeof x}`;
}

/**
 * A dense matrix of doubles stored row-major in a `Float64Array`: entry (i, j) is
 * `data[i * cols + j]`.
 *
 * Matrices are immutable by convention: no function in this module writes to a matrix it was
 * given, and every operation returns a new one. Do not write to `data` either.
 *
 * Entries may be `-Infinity` (a masked score); `NaN` and `+Infinity` are refused by
 * {@link Matrix.from} and by every operation.
 */
export class Matrix {
  /** Number of rows (tokens, for an activation matrix). */
  readonly rows: number;
  /** Number of columns (dimensions). */
  readonly cols: number;
  /** The entries, row-major: entry (i, j) is `data[i * cols + j]`. */
  readonly data: Float64Array;

  /**
   * Wraps `data` (not copied: the matrix takes it over) as a rows×cols matrix.
   * `rows` and `cols` must be positive integers and `data.length` must be `rows * cols`.
   * The entries are not checked; use {@link Matrix.from} for data from outside.
   */
  constructor(rows: number, cols: number, data: Float64Array) {
    checkDimension('Matrix', 'rows', rows);
    checkDimension('Matrix', 'cols', cols);
    if (data.length !== rows * cols) {
      throw new ShapeError(
        `Matrix: ${rows}×${cols} needs ${rows * cols} entries, data has ${data.length}`,
      );
    }
    this.rows = rows;
    this.cols = cols;
    this.data = data;
  }

  /**
   * Builds a matrix from rows of numbers, copying them. The rows must be non-empty and all
   * the same length (else `ShapeError`), every entry a number (else `TypeError`), and none
   * `NaN` or `+Infinity` (else `RangeError`); `-Infinity` is allowed. Errors name the position
   * as `[row][column]`.
   */
  static from(rows: ReadonlyArray<ArrayLike<number>>): Matrix {
    if (!Array.isArray(rows)) {
      throw new TypeError(`Matrix.from: expected an array of rows, got ${typeOf(rows)}`);
    }
    const r = rows.length;
    if (r === 0) throw new ShapeError('Matrix.from: no rows (a matrix needs at least 1×1)');
    for (let i = 0; i < r; i++) {
      const row: unknown = rows[i];
      if (
        row === null ||
        typeof row !== 'object' ||
        typeof (row as ArrayLike<number>).length !== 'number'
      ) {
        throw new TypeError(`Matrix.from: row ${i} is ${typeOf(row)}, not an array of numbers`);
      }
    }
    const c = rows[0].length;
    if (c === 0) throw new ShapeError('Matrix.from: row 0 is empty (a matrix needs at least 1×1)');
    for (let i = 1; i < r; i++) {
      if (rows[i].length !== c) {
        const lengths = rows.map((row) => row.length).join(', ');
        throw new ShapeError(
          `Matrix.from: ragged rows (lengths ${lengths}): row ${i} has ${rows[i].length} entries, row 0 has ${c}`,
        );
      }
    }
    const data = new Float64Array(r * c);
    for (let i = 0; i < r; i++) {
      const row = rows[i];
      for (let j = 0; j < c; j++) {
        const x: unknown = row[j];
        if (typeof x !== 'number') {
          throw new TypeError(`Matrix.from: entry [${i}][${j}] is ${typeOf(x)}, not a number`);
        }
        if (!(x < Infinity)) {
          throw new RangeError(
            `Matrix.from: entry [${i}][${j}] is ${x}; entries must be finite or -Infinity`,
          );
        }
        data[i * c + j] = x;
      }
    }
    return new Matrix(r, c, data);
  }

  /** A rows×cols matrix of zeros. */
  static zeros(rows: number, cols: number): Matrix {
    checkDimension('Matrix.zeros', 'rows', rows);
    checkDimension('Matrix.zeros', 'cols', cols);
    return new Matrix(rows, cols, new Float64Array(rows * cols));
  }

  /** Entry (i, j), both 0-based; `RangeError` outside the matrix. */
  get(i: number, j: number): number {
    this.checkRow('get', i);
    if (!Number.isInteger(j) || j < 0 || j >= this.cols) {
      throw new RangeError(
        `Matrix.get: column ${j} is outside 0..${this.cols - 1} of ${this.shape}`,
      );
    }
    return this.data[i * this.cols + j];
  }

  /**
   * Row i as a new `Float64Array` (a copy: writing to it leaves the matrix unchanged);
   * `RangeError` outside the matrix.
   */
  row(i: number): Float64Array {
    this.checkRow('row', i);
    return this.data.slice(i * this.cols, (i + 1) * this.cols);
  }

  /** The entries as plain nested arrays, one array per row. */
  toArray(): number[][] {
    const out: number[][] = [];
    for (let i = 0; i < this.rows; i++) out.push(Array.from(this.row(i)));
    return out;
  }

  /** The shape as rows×cols, for messages and captions: `'3×4'`. */
  get shape(): string {
    return `${this.rows}×${this.cols}`;
  }

  private checkRow(method: string, i: number): void {
    if (!Number.isInteger(i) || i < 0 || i >= this.rows) {
      throw new RangeError(
        `Matrix.${method}: row ${i} is outside 0..${this.rows - 1} of ${this.shape}`,
      );
    }
  }
}
