// Generates custom-elements.json from the JSDoc of the elements (@fires, @csspart, @cssprop, @slot).
export default {
  globs: ['src/elements/*/*.component.ts', 'src/shared/framework-element.ts', 'src/shared/result-element.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: '.',
  litelement: true,
};
