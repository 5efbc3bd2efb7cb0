// A static server for the browser checks run from node:test: the built dist/ and one page
// of the test's own, on a port of its own; and Chromium launched as the test runner launches it.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { browsers } from '../../scripts/browsers.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const types = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };

/** Serves `page` at /page.html and the files of dist/; resolves to the server (listening on 127.0.0.1). */
export function serve(page) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/page.html') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    const file = normalize(join(root, path));
    if (!file.startsWith(join(root, 'dist')) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** Headless Chromium; `args` are added to the flags the suite always passes. */
export function launchChromium(args = []) {
  return puppeteer.launch({ executablePath: browsers.chromium.path, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', ...args] });
}
