import { expect } from '@open-wc/testing';
import { parseCsvRows, resultsFromCSV, resultsToCSV } from '../../src/importers/index.js';
import { createResult, setResponse, verifyIntegrity, withIntegrity, type Result } from '../../src/model/index.js';
import { bundled } from '../harness/frameworks.js';

describe('results as a spreadsheet (resultsToCSV / resultsFromCSV)', () => {
  it('one row per result and item, readable columns, and a round trip that loses nothing (digests still verify)', async () => {
    const st0958 = await bundled('st0958.json');
    const at = (m: number) => new Date(Date.UTC(2026, 8, 1, 9, m));
    let learner = createResult(st0958, 'confidence', at(0), { subject: 'Jo, "the learner"', party: 'learner' });
    learner = setResponse(learner, 'K1', { value: 4, note: '=HYPERLINK("x")\nsecond line, with comma' }, at(1));
    learner = setResponse(learner, 'K2', { value: null }, at(2));
    learner = { ...learner, position: { section: 'knowledge', item: 'K2' }, submitted: at(3).toISOString() };
    const signed = await withIntegrity(learner);
    let employer = createResult(st0958, 'confidence', at(0), { subject: 'Jo, "the learner"', party: 'employer', rater: 'Sam Patel' });
    employer = setResponse(employer, 'S1', { value: 2, note: '  padded  ' }, at(5));
    const empty = createResult(st0958, 'confidence', at(0), { subject: 'Nobody yet' });
    const results: Result[] = [signed, employer, empty];

    const text = resultsToCSV(results, st0958);
    const rows = parseCsvRows(text.replace(/^\uFEFF/, ''), ',').map((r) => r.cells.map((c) => c.value));
    expect(rows[0].slice(0, 6)).to.deep.equal(['result', 'framework', 'version', 'subject', 'party', 'rater']);
    expect(rows.length).to.equal(1 + 2 + 1 + 1);
    const k1 = rows[1];
    expect(k1.slice(10, 16)).to.deep.equal(['K1', 'K1', st0958.items.find((i) => i.id === 'K1')!.statement, 'Knowledge', '4', 'Independently']);
    expect(rows[2][15]).to.equal('Not sure');
    // No live formula anywhere in the file.
    expect(text.split(/\r\n/).some((line) => line.split(',').some((c) => /^"?[=+\-@]/.test(c)))).to.equal(false);

    const back = resultsFromCSV(text);
    expect(back.problems).to.deep.equal([]);
    expect(back.results).to.deep.equal(results);
    expect((await verifyIntegrity(back.results[0])).status).to.equal('intact');
  });

  it('refuses a sheet it did not write, naming the missing columns', () => {
    const r = resultsFromCSV('code,statement\r\nK1,x\r\n');
    expect(r.results).to.deep.equal([]);
    expect(r.problems[0]).to.include({ severity: 'error', code: 'header' });
    expect(r.problems[0].message).to.contain('result, framework');
  });
});
