// Dev-server plugins for the host-framework examples under test/examples/.
//
// React ships CommonJS only. Converting it file by file at serve time
// (fromRollup(commonjs)) breaks its interop: the adapter cannot tell the
// plugin which required files are CommonJS (react-dom then fails to load).
// Instead React is bundled once per test run, on first request, with esbuild
// (the dev server's own TypeScript compiler; under a second, where rollup with
// commonjs took several), with process.env.NODE_ENV set as a host's bundler
// would, and served as ES modules with named exports. Only the specifiers
// below are touched, and nothing is built unless a test imports React, so
// other tests are unaffected.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const PREFIX = '/__react-esm__/';
/** Bare specifiers served from the bundle, and their entry file names. */
const REACT_ENTRIES = { react: 'react', 'react-dom': 'react-dom', 'react-dom/client': 'react-dom-client' };
const here = dirname(fileURLToPath(import.meta.url));

/**
 * An ES entry re-exporting a CommonJS module's default and each export by
 * name. The names are read from the production file's `exports.x =`
 * assignments rather than by running it (React's development build patches
 * console methods the test runner wraps).
 */
function entrySource(specifier) {
  const pkg = dirname(require.resolve(`${specifier.split('/')[0]}/package.json`));
  const file = join(pkg, 'cjs', `${REACT_ENTRIES[specifier]}.production.js`);
  const names = new Set([...readFileSync(file, 'utf8').matchAll(/\bexports\.([A-Za-z_$][\w$]*)\s*=/g)].map((m) => m[1]));
  return `import m from ${JSON.stringify(specifier)};\nexport default m;\nexport const { ${[...names].join(', ')} } = m;\n`;
}

let built;
/** Bundles React's entries once; resolves to a map of file name to code. */
function buildReact() {
  built ??= build({
    entryPoints: Object.fromEntries(Object.entries(REACT_ENTRIES).map(([spec, name]) => [name, `react-entry:${spec}`])),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: '/',
    chunkNames: '[name]-[hash]',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    logLevel: 'silent',
    plugins: [
      {
        name: 'react-entries',
        setup(b) {
          b.onResolve({ filter: /^react-entry:/ }, (a) => ({ path: a.path.slice('react-entry:'.length), namespace: 'react-entry' }));
          b.onLoad({ filter: /.*/, namespace: 'react-entry' }, (a) => ({ contents: entrySource(a.path), resolveDir: here, loader: 'js' }));
        },
      },
    ],
  }).then((r) => new Map(r.outputFiles.map((f) => [f.path.slice(1), f.text])));
  return built;
}

/** Serves `react`, `react-dom` and `react-dom/client` as ES modules. */
function reactAsEsm() {
  return {
    name: 'examples-react-esm',
    resolveImport({ source }) {
      const name = REACT_ENTRIES[source];
      return name ? `${PREFIX}${name}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const code = (await buildReact()).get(context.path.slice(PREFIX.length));
      return code === undefined ? undefined : { body: code, type: 'js' };
    },
  };
}

/**
 * Serves Vue's ESM browser build for `import … from 'vue'` in the Vue example,
 * as an import map does on a host page without a build step. That build
 * carries the template compiler (`template:` strings, `isCustomElement`), and
 * its development variant warns about mistakes, which the example's test
 * asserts are absent. Vue's default entry is for bundlers and does not run
 * unbundled.
 */
function vueBrowserBuild() {
  return {
    name: 'examples-vue-browser-build',
    resolveImport({ source, context }) {
      if (source === 'vue' && context.path.startsWith('/test/examples/')) return '/node_modules/vue/dist/vue.esm-browser.js';
      return undefined;
    },
  };
}

export const hostFrameworkPlugins = [reactAsEsm(), vueBrowserBuild()];
