import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import puppeteerCore from 'puppeteer-core';
import { browsers } from './scripts/browsers.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { hostFrameworkPlugins } from './test/examples/host-frameworks-plugins.mjs';
import { formEcho } from './test/examples/form-echo-middleware.mjs';
import { strictPages } from './test/strict/csp-middleware.mjs';
import { forcedColorsPlugin } from './test/a11y/forced-colors-plugin.mjs';

// Chromium flags: no sandbox as root, and no attempts to reach the network.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/**
 * Firefox ESR 140 does not know WebDriver BiDi's `emulation.setScreenOrientationOverride`,
 * which puppeteer-core's `setViewport` sends beside `browsingContext.setViewport` (the size,
 * which ESR 140 applies); the runner calls it as each test session starts. Only that one
 * unknown command is tolerated, so ESR 140 and newer ESRs both run the suite.
 */
function tolerateOlderFirefox(page) {
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (e) {
      if (!/setScreenOrientationOverride/.test(String(e?.message))) throw e;
    }
  };
  return page;
}

const launchers = {
  chromium: chromeLauncher({
    launchOptions: { executablePath: browsers.chromium.path, headless: true, args: chromiumArgs },
  }),
  // Firefox ESR driven over WebDriver BiDi by puppeteer-core (no geckodriver needed).
  firefox: chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath: browsers.firefox.path, headless: true },
    createPage: async ({ context }) => tolerateOlderFirefox(await context.newPage()),
  }),
};

const selected = (process.env.KSB_BROWSERS || 'chromium,firefox').split(',').map((b) => b.trim());

export default {
  files: ['test/**/*.test.ts', '!test/bench/**'],
  nodeResolve: true,
  // One page at a time per browser: keyboard tests need the focused page, and 2 cores are shared by two browsers.
  concurrency: 1,
  browsers: selected.map((name) => launchers[name]),
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), ...hostFrameworkPlugins, forcedColorsPlugin()],
  // strictPages: the strict test pages, with a strict CSP and Trusted Types required.
  middleware: [formEcho, strictPages()],
  reporters: [process.env.CI ? summaryReporter({ flatten: false }) : defaultReporter(), countReporter()],
};
