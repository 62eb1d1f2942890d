import type {Matrix} from '../tensor/index.js';
import type {HeatRange} from '../internal/heat.js';

type Rgb = [number, number, number];

const parsed = new Map<string, Rgb>();
let probe: CanvasRenderingContext2D | null = null;

/** Any CSS colour the canvas understands, as sRGB bytes (cached). */
export function toRgb(color: string): Rgb {
  const key = color.trim();
  const hit = parsed.get(key);
  if (hit) return hit;
  probe ??= document.createElement('canvas').getContext('2d', {willReadFrequently: true});
  let rgb: Rgb = [128, 128, 128];
  if (probe) {
    probe.clearRect(0, 0, 1, 1);
    probe.fillStyle = '#808080';
    probe.fillStyle = key;
    probe.fillRect(0, 0, 1, 1);
    const d = probe.getImageData(0, 0, 1, 1).data;
    rgb = [d[0], d[1], d[2]];
  }
  parsed.set(key, rgb);
  return rgb;
}

/** The colours a compact map is painted with. */
export interface Palette {
  low: Rgb;
  high: Rgb;
  masked: Rgb;
}

/**
 * Paints an n×n matrix into `canvas` at one pixel per cell (CSS scales it up, pixelated):
 * a linear mix of `low` and `high` by where the value sits in `range`; `-Infinity`, and cells
 * for which `hidden(i, j)` holds, in the masked colour.
 */
export function paintMatrix(
  canvas: HTMLCanvasElement,
  m: Matrix,
  range: HeatRange,
  palette: Palette,
  hidden: (i: number, j: number) => boolean,
): void {
  const n = m.rows;
  if (canvas.width !== n) canvas.width = n;
  if (canvas.height !== m.cols) canvas.height = m.cols;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const image = ctx.createImageData(m.cols, n);
  const px = image.data;
  const span = range.max - range.min;
  const {low, high, masked} = palette;
  const data = m.data;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m.cols; j++) {
      const k = i * m.cols + j;
      const v = data[k];
      const o = k * 4;
      if (v === -Infinity || hidden(i, j)) {
        px[o] = masked[0];
        px[o + 1] = masked[1];
        px[o + 2] = masked[2];
      } else {
        const t = span > 0 ? Math.min(1, Math.max(0, (v - range.min) / span)) : 0.5;
        px[o] = low[0] + (high[0] - low[0]) * t;
        px[o + 1] = low[1] + (high[1] - low[1]) * t;
        px[o + 2] = low[2] + (high[2] - low[2]) * t;
      }
      px[o + 3] = 255;
    }
  }
  ctx.putImageData(image, 0, 0);
}
