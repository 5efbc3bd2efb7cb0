import { expect } from '@open-wc/testing';
import { BLOCK_SIZE, RunRevisions, inBlocks, runsThrough } from '../../src/shared/blocks.js';
import { symmetricDifference } from '../../src/shared/toggled.js';
import { changedItems, createResult, setResponse } from '../../src/model/index.js';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `K${i + 1}`);
const same = (s: string) => s;

describe('runs of a long list (pure)', () => {
  it('counts the runs, list after list, up to and including the one holding an entry', () => {
    const knowledge = ids(60);
    const skills = ['S1', 'S2', 'S3'];
    // 60 entries are three runs of 25 (the third of 10); S2 is in the fourth run.
    expect(runsThrough([knowledge, skills], 'K1')).to.equal(1);
    expect(runsThrough([knowledge, skills], 'K26')).to.equal(2);
    expect(runsThrough([knowledge, skills], 'K60')).to.equal(3);
    expect(runsThrough([knowledge, skills], 'S2')).to.equal(4);
    expect(runsThrough([skills], 'S2')).to.equal(1);
    expect(runsThrough([knowledge, skills], 'K21', 10)).to.equal(3);
    expect(runsThrough([knowledge, skills], 'S1', 10)).to.equal(7);
    expect(runsThrough([knowledge, skills], 'B1')).to.equal(0);
  });

  it('a change renews the revision of the one run holding it, in every list that holds the entry', () => {
    const runs = new RunRevisions<string>();
    const all = ids(100);
    const firstHalf = all.slice(0, 50);
    const before = [...runs.revisions(all, same)];
    const beforeHalf = [...runs.revisions(firstHalf, same)];
    expect(before).to.have.length(inBlocks(all).length);
    runs.changed(['K30']);
    const after = runs.revisions(all, same);
    expect(after.map((r, i) => r !== before[i])).to.deep.equal([false, true, false, false]);
    expect(runs.revisions(firstHalf, same).map((r, i) => r !== beforeHalf[i])).to.deep.equal([false, true]);
    // Asked again with nothing changed: the same revisions.
    expect([...runs.revisions(all, same)]).to.deep.equal([...after]);
  });

  it('a list not rendered for a while catches up with every change since, and one further behind than the log renews every run', () => {
    const runs = new RunRevisions<string>();
    const all = ids(BLOCK_SIZE * 4);
    const first = [...runs.revisions(all, same)];
    runs.changed(['K1']);
    runs.changed(['K99', 'unknown']);
    const caught = runs.revisions(all, same);
    expect(caught.map((r, i) => r !== first[i])).to.deep.equal([true, false, false, true]);
    const seen = [...caught];
    for (let i = 0; i < 40; i++) runs.changed([`other-${i}`]);
    expect(runs.revisions(all, same).every((r, i) => r !== seen[i])).to.equal(true);
  });

  it('names the items whose response changed between two results, and what a set toggled', () => {
    const fw = { id: 'f', version: '1', title: 'F', items: ids(3).map((id) => ({ id })) } as any;
    const t = new Date('2026-01-05T09:00:00Z');
    const a = setResponse(setResponse(createResult(fw, 'confidence', t), 'K1', { value: 2 }, t), 'K2', { value: 3 }, t);
    const b = setResponse(a, 'K2', { value: 4 }, t);
    const c = setResponse(b, 'K1', { value: undefined }, t);
    expect(changedItems(a, b)).to.deep.equal(['K2']);
    expect(changedItems(b, c)).to.deep.equal(['K1']);
    expect(changedItems(undefined, a).sort()).to.deep.equal(['K1', 'K2']);
    expect(changedItems(a, a)).to.deep.equal([]);
    expect(symmetricDifference(new Set(['K1', 'K2']), new Set(['K2', 'K3'])).sort()).to.deep.equal(['K1', 'K3']);
    expect(symmetricDifference(undefined, new Set(['K1']))).to.deep.equal(['K1']);
  });
});
