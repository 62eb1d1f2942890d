/** The typographic minus sign, used for every negative number we show. */
export const MINUS = '\u2212';

/** Clamps a `precision` attribute to a whole number of decimals we can show (0 to 8). */
export function clampPrecision(precision: unknown, fallback = 2): number {
  const p = Number(precision);
  if (!Number.isFinite(p)) return fallback;
  return Math.min(8, Math.max(0, Math.round(p)));
}

/**
 * Formats a number for display: `precision` decimals, a real minus sign, `−∞` and `∞` for the
 * infinities, and no negative zero (`-0.001` at two decimals shows as `0.00`).
 */
export function formatNumber(value: number, precision = 2): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '∞';
  if (value === -Infinity) return `${MINUS}∞`;
  const p = clampPrecision(precision);
  const text = value.toFixed(p);
  if (text.startsWith('-')) {
    // Negative zero after rounding ("-0.00") is shown as plain zero.
    return /^-0(\.0*)?$/.test(text) ? text.slice(1) : MINUS + text.slice(1);
  }
  return text;
}

/**
 * Formats an input entry the way a learner would write it: as short as it can be while exact
 * to `maxDecimals` (0.5 → "0.5", 1 → "1", −0.25 → "−0.25").
 */
export function formatTerm(value: number, maxDecimals = 4): string {
  if (!Number.isFinite(value)) return formatNumber(value);
  const text = String(Number(value.toFixed(maxDecimals)));
  return text.startsWith('-') ? MINUS + text.slice(1) : text;
}

/** A whole number with thousands separators: 16384 → "16,384" (in the given locale). */
export function formatCount(value: number, locale = 'en'): string {
  // English writes whole numbers under 1,000 as plain digits. Skipping Intl for them keeps its
  // locale data from loading during a page's first render (tens of milliseconds, once).
  if (locale === 'en' && Number.isInteger(value) && Math.abs(value) < 1000) return String(value);
  let format = countFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, {maximumFractionDigits: 0});
    countFormats.set(locale, format);
  }
  return format.format(value);
}

/** One formatter per locale: constructing an Intl.NumberFormat costs far more than using it. */
const countFormats = new Map<string, Intl.NumberFormat>();
