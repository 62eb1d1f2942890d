/**
 * Registers `tag` unless the page already has it, so loading the library twice (an npm import
 * and a CDN bundle, say) is harmless: the first definition wins and the second is a no-op.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, ctor);
}
