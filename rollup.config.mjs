import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// tsc compiles src/ to dist/ (ESM modules + .d.ts); rollup then makes a
// single-file minified bundle for a plain <script type="module"> tag.
export default {
  input: 'dist/index.js',
  // One file for a script tag: the lazily loaded IfATE converter is inlined too.
  output: { file: 'dist/ksb-elements.bundle.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
  plugins: [nodeResolve({ exportConditions: ['production'] }), terser({ format: { comments: false } })],
};
