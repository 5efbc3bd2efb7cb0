// Minifies the HTML and CSS inside the `html` and `css` templates of the modules tsc wrote to
// dist/ (run after tsc, before rollup), so that every way of using the package ships them
// minified: the script-tag bundle, an app built with rollup and, above all, an app built
// with Vite or esbuild, which minify JavaScript but leave template text as written
// (measured with scripts/size-uses.mjs: the React path's flows 1.0 to 2.0 KB smaller).
// Each module's source map is rewritten to map the minified module to src/ as before.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import remapping from '@jridgewell/remapping';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = join(root, 'dist');

/** Every module tsc emitted: dist/**\/*.js (the bundle and its chunks come from rollup). */
export function distModules(dir = dist) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'chunks' ? [] : distModules(path);
    return entry.name.endsWith('.js') && !entry.name.endsWith('.bundle.js') ? [path] : [];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await minifyTemplates();

/** Minifies every module's templates in place and rewrites its source map. */
async function minifyTemplates() {
  // conservativeCollapse: collapse runs of white space to one space, never to none, since the
  // spaces between nested templates (a code, then the statement) are visible text.
  const minifier = minifyHTML({ options: { minifyOptions: { conservativeCollapse: true } } });
  // The plugin's transform, called as rollup would: it needs only `error` and `warn`, and either
  // fails the build rather than ship a half-minified template.
  const context = {
    error(message) {
      throw new Error(message);
    },
    warn(message) {
      throw new Error(message);
    },
  };

  let changed = 0;
  let before = 0;
  let after = 0;
  for (const file of distModules()) {
    const code = readFileSync(file, 'utf8');
    let out;
    try {
      out = await minifier.transform.call(context, code, file);
    } catch (error) {
      console.error(`minify-templates: ${relative(root, file)}: ${error.message}`);
      process.exit(1);
    }
    if (!out || out.code === code) continue;
    // The module's own `//# sourceMappingURL` comment is outside any template and is kept.
    const mapFile = `${file}.map`;
    const tscMap = JSON.parse(readFileSync(mapFile, 'utf8'));
    const map = remapping([out.map, tscMap], () => null, { excludeContent: false });
    writeFileSync(file, out.code);
    writeFileSync(mapFile, JSON.stringify({ ...map, file: tscMap.file }));
    changed++;
    before += code.length;
    after += out.code.length;
  }
  console.log(`minify-templates: ${changed} modules, ${before} → ${after} characters`);
}
