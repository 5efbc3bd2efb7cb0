// The whole suite: browser tests (Chromium and Firefox, through @web/test-runner) and the
// command-line tests (node:test, against the built dist/). Ends with one plain line
// "N passed, N failed, N skipped" summing both runners' own results.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tallyFile = join(mkdtempSync(join(tmpdir(), 'ksb-tests-')), 'wtr.json');

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const wtr = await run('npx', ['wtr'], { KSB_TALLY_FILE: tallyFile });
const browsers = existsSync(tallyFile) ? JSON.parse(readFileSync(tallyFile, 'utf8')) : { passed: 0, failed: 1, skipped: 0 };

const cli = await run(process.execPath, ['--test', '--test-reporter=spec', 'test/cli/']);
const read = (name) => Number(new RegExp(`^\\S*\\s*${name} (\\d+)$`, 'm').exec(cli.output)?.[1] ?? 0);
const node = { passed: read('pass'), failed: read('fail') + (cli.code !== 0 && read('fail') === 0 ? 1 : 0), skipped: read('skipped') + read('todo') };

const total = {
  passed: browsers.passed + node.passed,
  failed: browsers.failed + node.failed + (wtr.code !== 0 && browsers.failed === 0 ? 1 : 0),
  skipped: browsers.skipped + node.skipped,
};
console.log(`\ncommand line: ${node.passed} passed, ${node.failed} failed`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed ? 1 : 0);
