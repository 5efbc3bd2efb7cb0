// The names of private class members in src/ that the script-tag bundle may safely shorten
// (terser's property mangling, which renames every `.name` and `name:` in a chunk alike).
//
// A name is kept only when the TypeScript checker shows that every use of it in src/ is that
// private member (never another object's property, a string, a template or a shorthand key),
// the member carries no decorator (Lit registers decorated properties by their name), and the
// name appears nowhere in the DOM and ECMAScript typings or in the bundled code of Lit and
// @lit/context (which the same terser pass also sees). A TypeScript `private` member can only
// be reached from inside its class, so all its uses sit in one module. A class and its
// subclass may sit in different chunks, though, so every chunk is given the same short name
// per private member (rollup.config.mjs), never names worked out chunk by chunk.
import ts from 'typescript';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Every word in the files under `dir` (recursively) whose names pass `keep`. */
function wordsIn(dir, keep) {
  const words = new Set();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !keep(entry.name)) continue;
    for (const m of readFileSync(join(entry.parentPath ?? entry.path, entry.name), 'utf8').matchAll(/[A-Za-z_$][\w$]*/g)) words.add(m[0]);
  }
  return words;
}

/** Names that code outside src/ knows: the DOM and ECMAScript typings and the runtime libraries bundled with the elements. */
function outsideNames() {
  const tsLib = dirname(require.resolve('typescript/lib/lib.dom.d.ts'));
  const names = wordsIn(tsLib, (f) => /^lib\..*\.d\.ts$/.test(f));
  for (const pkg of ['lit-html', 'lit-element', '@lit/reactive-element', '@lit/context', 'lit', 'tslib']) {
    const root = fileURLToPath(new URL(`../node_modules/${pkg}/`, import.meta.url));
    for (const w of wordsIn(root, (f) => f.endsWith('.js') || f.endsWith('.mjs'))) names.add(w);
  }
  return names;
}

const isPrivate = (node) => (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Private) !== 0;
const hasDecorators = (node) => ts.canHaveDecorators(node) && (ts.getDecorators(node)?.length ?? 0) > 0;

/**
 * The private member names of the TypeScript project `project` (default the build's) that are
 * safe to mangle, sorted.
 */
export function privateNames(project = 'tsconfig.build.json') {
  const parsed = ts.getParsedCommandLineOfConfigFile(project, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); } });
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const checker = program.getTypeChecker();
  const sources = program.getSourceFiles().filter((sf) => !sf.isDeclarationFile && parsed.fileNames.includes(sf.fileName));

  // 1. Private, undecorated members (and parameter properties) declared with a plain name.
  const members = new Map(); // name -> Set of declaration nodes
  const unsafe = new Set();
  const collect = (node) => {
    const member =
      ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node) ||
      (ts.isParameter(node) && ts.isConstructorDeclaration(node.parent));
    if (member && isPrivate(node) && node.name && ts.isIdentifier(node.name)) {
      const name = node.name.text;
      if (hasDecorators(node)) unsafe.add(name);
      else members.set(name, (members.get(name) ?? new Set()).add(node));
    }
    ts.forEachChild(node, collect);
  };
  sources.forEach(collect);

  // 2. Every other use of those names must resolve to one of those members.
  const declaredBy = (symbol, name) => {
    const decls = members.get(name);
    return !!symbol?.declarations?.length && symbol.declarations.every((d) => decls.has(d));
  };
  const check = (node) => {
    if (ts.isIdentifier(node) && members.has(node.text)) {
      const parent = node.parent;
      const propertyPosition =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        ((ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent) || ts.isGetAccessorDeclaration(parent) || ts.isSetAccessorDeclaration(parent) ||
          ts.isPropertySignature(parent) || ts.isMethodSignature(parent) || ts.isPropertyAssignment(parent) || ts.isEnumMember(parent)) && parent.name === node) ||
        (ts.isParameter(parent) && parent.name === node && ts.isConstructorDeclaration(parent.parent)) ||
        (ts.isBindingElement(parent) && (parent.propertyName === node || (!parent.propertyName && parent.name === node))) ||
        ts.isShorthandPropertyAssignment(parent) ||
        (ts.isQualifiedName(parent) && parent.right === node);
      if (propertyPosition && (ts.isShorthandPropertyAssignment(parent) || ts.isBindingElement(parent) || !declaredBy(checker.getSymbolAtLocation(node), node.text))) {
        unsafe.add(node.text);
      }
    } else if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
      for (const m of node.text.matchAll(/[A-Za-z_$][\w$]*/g)) unsafe.add(m[0]);
    }
    ts.forEachChild(node, check);
  };
  sources.forEach(check);

  const outside = outsideNames();
  return [...members.keys()].filter((name) => !unsafe.has(name) && !outside.has(name) && name.length > 2).sort();
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(privateNames().join('\n'));
