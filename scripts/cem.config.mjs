// `npm run analyze`: custom-elements.json from the widgets' sources and JSDoc.
/**
 * Keeps the manifest stable and clean: modules sorted by path, and no nameless events (the
 * analyzer records `dispatchEvent(new SomeEvent(...))` without a name, since the name lives in
 * the event class; every event is declared with `@fires` in the class JSDoc instead).
 */
const tidyManifest = () => ({
  name: 'tidy-manifest',
  packageLinkPhase({customElementsManifest}) {
    // Files are found in directory order, which differs between file systems: sort by path so
    // the manifest is the same on every machine.
    customElementsManifest.modules?.sort((a, b) =>
      a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
    );
    for (const mod of customElementsManifest.modules ?? []) {
      for (const decl of mod.declarations ?? []) {
        if (decl.events) decl.events = decl.events.filter((e) => e.name);
        if (decl.events?.length === 0) delete decl.events;
      }
    }
  },
});

export default {
  plugins: [tidyManifest()],
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/tensor/**', 'src/test-support/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
