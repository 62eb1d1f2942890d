// `npm run analyze`: custom-elements.json from the widgets' sources and JSDoc.
/**
 * The analyzer records `dispatchEvent(new SomeEvent(...))` as an event without a name, since the
 * name lives in the event class. Every event is declared with `@fires` in the class JSDoc, so the
 * nameless duplicates are dropped.
 */
const dropNamelessEvents = () => ({
  name: 'drop-nameless-events',
  packageLinkPhase({customElementsManifest}) {
    for (const mod of customElementsManifest.modules ?? []) {
      for (const decl of mod.declarations ?? []) {
        if (decl.events) decl.events = decl.events.filter((e) => e.name);
        if (decl.events?.length === 0) delete decl.events;
      }
    }
  },
});

export default {
  plugins: [dropNamelessEvents()],
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/tensor/**', 'src/test-support/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
