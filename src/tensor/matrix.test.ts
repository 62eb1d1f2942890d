import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {Matrix, ShapeError} from './index.js';

/** Rectangular number[][] with 1..6 rows and 1..6 columns of finite doubles. */
const rectangular = fc
  .tuple(fc.integer({min: 1, max: 6}), fc.integer({min: 1, max: 6}))
  .chain(([r, c]) =>
    fc.array(
      fc.array(fc.double({noNaN: true, noDefaultInfinity: true}), {minLength: c, maxLength: c}),
      {
        minLength: r,
        maxLength: r,
      },
    ),
  );

describe('Matrix', () => {
  it('round-trips through from() and toArray()', () => {
    fc.assert(
      fc.property(rectangular, (rows) => {
        const m = Matrix.from(rows);
        expect(m.rows).to.equal(rows.length);
        expect(m.cols).to.equal(rows[0].length);
        expect(m.toArray()).to.deep.equal(rows);
      }),
      {numRuns: 1000},
    );
  });

  it('stores entries row-major and reads them with get() and row()', () => {
    const m = Matrix.from([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(Array.from(m.data)).to.deep.equal([1, 2, 3, 4, 5, 6]);
    expect(m.get(1, 2)).to.equal(6);
    expect(Array.from(m.row(1))).to.deep.equal([4, 5, 6]);
    expect(m.shape).to.equal('2×3');
  });

  it('row() returns a copy', () => {
    const m = Matrix.from([[1, 2]]);
    const r = m.row(0);
    r[0] = 99;
    expect(m.get(0, 0)).to.equal(1);
  });

  it('get() and row() refuse positions outside the matrix', () => {
    const m = Matrix.zeros(2, 3);
    expect(() => m.get(2, 0)).to.throw(RangeError, '2×3');
    expect(() => m.get(0, 3)).to.throw(RangeError, '2×3');
    expect(() => m.get(-1, 0)).to.throw(RangeError);
    expect(() => m.get(0.5, 0)).to.throw(RangeError);
    expect(() => m.row(2)).to.throw(RangeError, '2×3');
  });

  it('zeros() makes a matrix of zeros and refuses non-positive sizes', () => {
    const z = Matrix.zeros(3, 4);
    expect(z.shape).to.equal('3×4');
    expect(Array.from(z.data)).to.deep.equal(new Array(12).fill(0));
    expect(() => Matrix.zeros(0, 4)).to.throw(RangeError);
    expect(() => Matrix.zeros(2, 1.5)).to.throw(RangeError);
  });

  it('the constructor checks the data length against the shape', () => {
    expect(new Matrix(2, 2, new Float64Array(4)).shape).to.equal('2×2');
    expect(() => new Matrix(2, 3, new Float64Array(5))).to.throw(ShapeError, '2×3');
    expect(() => new Matrix(0, 3, new Float64Array(0))).to.throw(RangeError);
  });

  it('from() accepts -Infinity (a masked score)', () => {
    expect(Matrix.from([[-Infinity, 0]]).get(0, 0)).to.equal(-Infinity);
  });

  const bad: Array<[string, unknown, new (message: string) => Error, string]> = [
    ['no rows', [], ShapeError, 'no rows'],
    ['an empty row', [[]], ShapeError, 'empty'],
    [
      'ragged rows',
      [
        [1, 2, 3],
        [4, 5],
      ],
      ShapeError,
      '3, 2',
    ],
    ['a row that is not an array', [[1], 2], TypeError, 'row 1'],
    [
      'a string entry',
      [
        [1, 2],
        [3, '4'],
      ],
      TypeError,
      '[1][1]',
    ],
    ['a null entry', [[null]], TypeError, '[0][0]'],
    [
      'a NaN entry',
      [
        [1, 2],
        [NaN, 4],
      ],
      RangeError,
      '[1][0]',
    ],
    ['a +Infinity entry', [[1, Infinity]], RangeError, '[0][1]'],
  ];
  for (const [what, rows, type, text] of bad) {
    it(`from() refuses ${what}`, () => {
      const call = () => Matrix.from(rows as number[][]);
      expect(call).to.throw(type, text);
    });
  }

  it('ShapeError is an Error named ShapeError', () => {
    const e = new ShapeError('x');
    expect(e).to.be.instanceOf(Error);
    expect(e.name).to.equal('ShapeError');
  });
});
