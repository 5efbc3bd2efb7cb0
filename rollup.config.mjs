import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { privateNames } from './scripts/private-names.mjs';

/** Private class members whose names terser may shorten (worked out once per process: it type-checks src/). */
let mangledNames;
const privateMemberPattern = () => new RegExp(`^(?:${(mangledNames ??= privateNames()).join('|')})$`);

/**
 * One short name per private member, given to terser for every chunk alike (terser runs
 * once per chunk): a class and its subclass can sit in different chunks, and names
 * shortened chunk by chunk could give a private member of each the same short name.
 * `$` and a number in base 36 is a name no other property in the code has.
 */
const sharedShortNames = () => ({
  props: Object.fromEntries((mangledNames ??= privateNames()).map((name, i) => [`$${name}`, `$${i.toString(36)}`])),
});

/**
 * The plugins of every bundle (also used by scripts/size.mjs to measure): Lit's
 * production build (the templates in dist/ are minified
 * already: scripts/minify-templates.mjs), then terser, which also shortens the names of
 * private class members that nothing outside their class can reach
 * (scripts/private-names.mjs says which).
 */
export function bundlePlugins() {
  return [
    nodeResolve({ exportConditions: ['production'] }),
    // Private members' names are shortened too: about 0.4 KB of the whole library, gzipped.
    terser({ format: { comments: false }, mangle: { properties: { regex: privateMemberPattern(), cache: sharedShortNames() } } }),
  ];
}

// tsc compiles src/ to dist/ (ESM modules + .d.ts); rollup then makes the
// minified bundle for a plain <script type="module"> tag. What most pages never
// use, or not on first render (Welsh strings, the prior-learning calculator, the
// IfATE converter, result validation, the scan's and the rater's summaries),
// stays in ES chunks under dist/chunks/, which the bundle imports on demand by URLs
// relative to its own, so the bundle works from any folder or CDN as long as
// chunks/ sits beside it.
/**
 * The code most elements need up front goes in one chunk, `core`: a module reached by static
 * imports from three elements or more (Lit, the base classes, the shared styles and helpers).
 * Left to itself rollup splits that code by the exact set of elements using each module, into
 * a dozen small files per element, and small files compress worse one by one than together.
 * Three, not two: measured with scripts/size-uses.mjs, two puts the result elements' base in
 * every page (the matrix and the review pay 3 KB and 1 KB more), three lowers every flow but
 * the matrix's (0.4 KB up, within budget). Code of one or two elements is left to rollup; what
 * loads on demand stays in its own chunk.
 */
function coreChunk() {
  let core;
  return (id, { getModuleInfo }) => {
    if (!core) {
      const elements = [...getModuleInfo(resolve('dist/script-tag.js')).dynamicallyImportedIds];
      const uses = new Map();
      for (const entry of elements) {
        const seen = new Set();
        const visit = (m) => {
          if (seen.has(m)) return;
          seen.add(m);
          for (const next of getModuleInfo(m)?.importedIds ?? []) visit(next);
        };
        visit(entry);
        for (const m of seen) uses.set(m, (uses.get(m) ?? 0) + 1);
      }
      core = new Set([...uses].filter(([m, n]) => n >= 3 && !elements.includes(m)).map(([m]) => m));
      // Lit's directive base classes: every directive needs them, in the elements' first renders and in their
      // chunks (the matrix's windowing); apart, they became two more requests for every flow (measured).
      for (const m of uses.keys()) if (/[\\/]lit-html[\\/](development[\\/])?directive(-helpers)?\.js$/.test(m)) core.add(m);
    }
    // The loader re-exports the event classes and the context from `core`, so it fetches core at
    // once, beside the first element's own chunk: every element needs it (measured: a chunk of their
    // own costs each flow 0.4 KB more, for a page that shows no element).
    return core.has(id) ? 'core' : undefined;
  };
}

export default {
  input: { 'ksb-elements.bundle': 'dist/script-tag.js' },
  // Chunks may import internals from the bundle itself: one file up front, not a facade and a chunk.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    manualChunks: coreChunk(),
  },
  plugins: [
    // Chunk names carry a content hash: drop the previous build's.
    { name: 'clean-chunks', buildStart: () => rmSync('dist/chunks', { recursive: true, force: true }) },
    ...bundlePlugins(),
  ],
};
