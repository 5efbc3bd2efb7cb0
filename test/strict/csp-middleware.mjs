// Serves the strict test pages (test/strict/pages/*.html) straight from disk with a
// strict Content-Security-Policy and Trusted Types required. The pages are answered
// here, before the dev server, because the server may add inline scripts to HTML it
// serves, which the policy would (rightly) block.
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

/** No 'unsafe-inline', no 'unsafe-eval'; every DOM XSS sink needs a Trusted Type. */
export const STRICT_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'report-sample'",
  "style-src 'self' 'report-sample'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

const PREFIX = '/test/strict/pages/';

/** Koa middleware for @web/test-runner's dev server. */
export function strictPages({ root = process.cwd() } = {}) {
  const dir = resolve(root, `.${PREFIX}`);
  return async (ctx, next) => {
    if (!ctx.path.startsWith(PREFIX)) return next();
    if (ctx.path.endsWith('.html')) {
      const file = resolve(root, `.${ctx.path}`);
      if (!file.startsWith(dir + sep)) return next();
      try {
        ctx.body = await readFile(file, 'utf8');
      } catch {
        return next();
      }
      ctx.type = 'html';
      ctx.set('Cache-Control', 'no-store');
      ctx.set('Content-Security-Policy', STRICT_POLICY);
      return;
    }
    // Scripts and data of the pages go through the dev server (esbuild, node resolve) as usual.
    await next();
    ctx.set('Content-Security-Policy', STRICT_POLICY);
  };
}
