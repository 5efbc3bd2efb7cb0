// Generates custom-elements.json from the JSDoc of the elements (@fires, @csspart, @cssprop, @slot).
export default {
  globs: ['src/elements/*/*.component.ts', 'src/shared/framework-element.ts', 'src/shared/result-element.ts', 'src/shared/form-element.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyzer lists modules in the order its file search returned them, which varies from
      // run to run; CI compares the file with the committed one, so the order must not vary.
      name: 'modules-in-path-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
