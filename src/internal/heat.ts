/** The value range a heat-map spans: values at `min` get the low colour, at `max` the high. */
export interface HeatRange {
  min: number;
  max: number;
}

/** Where `value` sits in `range`, from 0 to 1 (the middle when the range is empty). */
export function heatLevel(value: number, range: HeatRange): number {
  if (!Number.isFinite(value)) return value > 0 ? 1 : 0;
  const span = range.max - range.min;
  if (!(span > 0)) return 0.5;
  return Math.min(1, Math.max(0, (value - range.min) / span));
}

/** The finite range of some matrices' values, for a heat-map shared across them. */
export function heatRangeOf(...matrices: readonly (readonly (readonly number[])[])[]): HeatRange {
  let min = Infinity;
  let max = -Infinity;
  for (const m of matrices)
    for (const row of m)
      for (const v of row) {
        if (!Number.isFinite(v)) continue;
        if (v < min) min = v;
        if (v > max) max = v;
      }
  return min <= max ? {min, max} : {min: 0, max: 1};
}
