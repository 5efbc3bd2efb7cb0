// Fails early, with the exact fix, when a test browser is not installed.
// Usage: node scripts/check-browsers.mjs [chromium] [firefox]
import { browsers, missingBrowsers } from './browsers.mjs';

const wanted = process.argv.slice(2);
const missing = missingBrowsers(wanted.length ? wanted : undefined);
if (missing.length) {
  console.error('The tests run in real browsers, and these are not installed:\n');
  for (const name of missing) {
    console.error(`  ${name}: expected at ${browsers[name].path}\n    install with: ${browsers[name].install}`);
  }
  console.error('\n(On Debian as root, drop "sudo". Set CHROMIUM_PATH / FIREFOX_PATH to use a browser elsewhere.)');
  process.exit(1);
}
