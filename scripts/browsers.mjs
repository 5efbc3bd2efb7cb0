// Where the test browsers live on Debian, and how to get them.
import { existsSync } from 'node:fs';

export const browsers = {
  chromium: {
    path: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    install: 'sudo apt-get update && sudo apt-get install -y chromium',
  },
  firefox: {
    path: process.env.FIREFOX_PATH || '/usr/lib/firefox-esr/firefox-esr',
    install: 'sudo apt-get update && sudo apt-get install -y firefox-esr',
  },
};

/** Names of the browsers whose executable is missing. */
export function missingBrowsers(names = Object.keys(browsers)) {
  return names.filter((name) => !existsSync(browsers[name].path));
}
