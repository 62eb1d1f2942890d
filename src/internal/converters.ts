import type {ComplexAttributeConverter} from 'lit';

/**
 * A number attribute that goes back to `fallback` when the attribute is removed (Lit's own
 * Number converter turns a removed attribute into null, which a widget would have to reject).
 * Any other text becomes `Number(text)`, so bad text still reaches the widget's validation.
 */
export function numberAttribute(fallback?: number): ComplexAttributeConverter<number | undefined> {
  return {
    fromAttribute: (value) => (value === null ? fallback : Number(value)),
    toAttribute: (value) => (value === undefined || value === null ? null : String(value)),
  };
}
