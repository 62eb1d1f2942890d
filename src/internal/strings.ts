/** A widget's visible strings: every one is a plain string or a function that fills in values. */
export type StringTable = Record<string, string | ((...args: never[]) => string)>;

/**
 * Merges a page's partial override into a widget's defaults. Keys the widget does not know and
 * values of the wrong kind are ignored, so a bad override can never blank a label.
 */
export function mergeStrings<T extends StringTable>(defaults: T, override: unknown): T {
  if (!override || typeof override !== 'object') return defaults;
  const merged: Record<string, unknown> = {...defaults};
  for (const [key, value] of Object.entries(override as Record<string, unknown>)) {
    if (!(key in defaults)) continue;
    if (typeof value === typeof defaults[key]) merged[key] = value;
  }
  return merged as T;
}
