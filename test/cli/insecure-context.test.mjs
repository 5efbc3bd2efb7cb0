// A page that is not a secure context (a plain-HTTP intranet page under its own host name) has
// no crypto.subtle: a submitted result must still carry a digest that verifies, computed by
// the @noble/hashes fallback. Chromium maps the made-up host name to the local server, so the
// page really is http:// on a name that is not localhost. Runs against the built dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launchChromium, root, serve } from './serve-dist.mjs';

const model = await import(join(root, 'dist/model/index.js'));

test('on a plain-HTTP page (no crypto.subtle) a submitted scan carries a digest that verifies', { timeout: 60000 }, async () => {
  const framework = {
    format: 'ksb-framework/1',
    id: 'mini',
    version: '1',
    title: 'A small standard',
    items: [
      { id: 'K1', code: 'K1', type: 'knowledge', statement: 'Knows one thing' },
      { id: 'S1', code: 'S1', type: 'skill', statement: 'Does a thing' },
    ],
  };
  const page = `<!doctype html><html lang="en-GB"><body><skills-scan mode="all"></skills-scan>
    <script type="module">
      import '/dist/ksb-elements.bundle.js';
      const el = document.querySelector('skills-scan');
      el.framework = ${JSON.stringify(framework)};
      window.submitted = new Promise((ok) => el.addEventListener('ksb-submit', (e) => ok(e.detail.result)));
    </script></body></html>`;
  const server = await serve(page);
  const browser = await launchChromium([`--host-resolver-rules=MAP intranet.example 127.0.0.1`]);
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(`http://intranet.example:${server.address().port}/page.html`);
    const context = await tab.evaluate(() => ({ secure: window.isSecureContext, subtle: typeof crypto.subtle }));
    assert.deepEqual(context, { secure: false, subtle: 'undefined' });
    await tab.waitForFunction(() => document.querySelector('skills-scan')?.shadowRoot?.querySelector('input[type=radio]'));
    const result = await tab.evaluate(async () => {
      const el = document.querySelector('skills-scan');
      el.shadowRoot.querySelector('[data-item="K1"] input[type=radio]').click();
      await el.updateComplete;
      el.submit();
      return window.submitted;
    });
    assert.deepEqual(errors, []);
    assert.equal(result.integrity?.alg, 'SHA-256');
    assert.equal((await model.verifyIntegrity(result)).status, 'intact');
  } finally {
    await browser.close();
    server.close();
  }
});
