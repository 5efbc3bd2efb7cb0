// `ksb-elements validate` warns of a text long enough to be a mistake, and still passes the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './run-cli.mjs';

test('validate: a 20,000-character statement is a long-text warning, not an error', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'ksb-long-'));
  try {
    const fw = { format: 'ksb-framework/1', id: 'long', version: '1', title: 'Long', items: [{ id: 'K1', type: 'knowledge', statement: 'Knows '.repeat(3400) }] };
    writeFileSync(join(tmp, 'long.json'), JSON.stringify(fw));
    const r = run(['validate', join(tmp, 'long.json')]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /warning \$\.items\[0\]\.statement\s+This text is 20,400 characters long .*\[long-text\]/);
    assert.equal(run(['validate', '--strict', join(tmp, 'long.json')]).code, 1);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
