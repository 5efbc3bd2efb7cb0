// The command line as the command-line tests run it: the package's bin, from the package root.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/ksb-elements.mjs');

/** Runs `ksb-elements ...args`; returns the exit status and what it printed. */
export function run(args, options = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', ...options });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
