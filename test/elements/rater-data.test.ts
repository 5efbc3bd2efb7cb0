import { expect } from '@open-wc/testing';
import { DEFAULT_TARGET, levelsAssessing, pointDescriptors, raterItems, rubricFor } from '../../src/elements/dreyfus-rater/rater-data.js';
import { careerSummary, readHistory, safeUrl, trainingFor, trendFor } from '../../src/elements/dreyfus-rater/rater-progress.js';
import { DREYFUS_SCALE } from '../../src/model/scales.js';
import { createResult, setResponse, type Framework, type Result } from '../../src/model/index.js';
import { bundled } from '../harness/frameworks.js';

const fw: Framework = {
  format: 'ksb-framework/1',
  id: 'f',
  version: '1',
  title: 'F',
  items: [
    { id: 'A', type: 'competency', statement: 'a' },
    { id: 'B', type: 'competency', statement: 'b' },
    { id: 'C', type: 'competency', statement: 'c', levels: ['two'] },
  ],
  levels: [
    { id: 'start', label: 'Start' },
    { id: 'one', label: 'One', assesses: ['A'] },
    { id: 'two', label: 'Two', assesses: ['B'] },
    { id: 'top', label: 'Top' },
  ],
  rubrics: [
    { item: 'B', scale: 'dreyfus', descriptors: [{ value: 2, text: 'B at two' }] },
    { item: 'A', scale: 'dreyfus', descriptors: [] },
  ],
  resources: [
    { id: 'r-a', title: 'For A', items: ['A'] },
    { id: 'r-two', title: 'Level two', levels: ['two'] },
    { id: 'r-two-b', title: 'Level two, more', levels: ['two', 'top'] },
  ],
};

function rated(values: Record<string, number>, when = '2026-01-01T00:00:00.000Z', framework: Pick<Framework, 'id' | 'version'> = fw): Result {
  let r = createResult(framework, 'dreyfus', new Date(when));
  for (const [item, value] of Object.entries(values)) r = setResponse(r, item, { value }, new Date(when));
  return r;
}

describe('rater data', () => {
  it('has the library default target of 3 (Competent)', () => {
    expect(DEFAULT_TARGET).to.equal(3);
    expect(DREYFUS_SCALE.points.find((p) => p.value === DEFAULT_TARGET)!.label).to.equal('Competent');
  });

  describe('raterItems', () => {
    it('defaults to the items with a rubric, in framework order', () => {
      expect(raterItems(fw).items.map((i) => i.id)).to.deep.equal(['A', 'B']);
    });

    it('takes a level’s own assessed items, or everything up to a level with none of its own', () => {
      expect(raterItems(fw, { level: 'two' }).items.map((i) => i.id)).to.deep.equal(['B']);
      expect(raterItems(fw, { level: 'two' }).level!.label).to.equal('Two');
      expect(raterItems(fw, { level: 'top' }).items.map((i) => i.id)).to.deep.equal(['A', 'B']);
      expect(raterItems(fw, { level: 'start' }).items).to.deep.equal([]);
    });

    it('takes named items in framework order, and reports unknown ids and levels', () => {
      expect(raterItems(fw, { competencies: ['C', 'A'] }).items.map((i) => i.id)).to.deep.equal(['A', 'C']);
      expect(raterItems(fw, { competencies: ['A', 'X', 'Y'] }).problems[0].message).to.equal(
        'The "competencies" attribute names items not in this framework: "X", "Y".',
      );
      expect(raterItems(fw, { level: 'nine' }).problems[0]).to.include({ code: 'unknown-id', severity: 'error' });
    });

    it('falls back to the items levels assess, then to what a scan would ask', async () => {
      const noRubrics = { ...fw, rubrics: [] };
      expect(raterItems(noRubrics).items.map((i) => i.id)).to.deep.equal(['A', 'B']);
      const st0958 = await bundled('st0958.json');
      expect(raterItems(st0958).items).to.have.length(92);
      const ahp = await bundled('ahp-support-worker.json');
      expect(raterItems(ahp).items).to.have.length(55);
    });
  });

  it('gives each point the competency’s own descriptor, else the generic one', () => {
    const b = pointDescriptors(DREYFUS_SCALE, rubricFor(fw, 'B'));
    expect(b.map((p) => [p.point.value, p.own])).to.deep.equal([[0, false], [1, false], [2, true], [3, false], [4, false], [5, false]]);
    expect(b[2].text).to.equal('B at two');
    expect(b[3].text).to.equal('Competent, good skills with some minor problems or inconsistencies');
    expect(pointDescriptors(DREYFUS_SCALE, undefined).every((p) => !p.own)).to.be.true;
  });

  it('finds the levels that assess an item, by `assesses` or by the item’s own levels', () => {
    expect(levelsAssessing(fw, 'A').map((l) => l.id)).to.deep.equal(['one']);
    expect(levelsAssessing(fw, 'C').map((l) => l.id)).to.deep.equal(['two']);
  });

  describe('careerSummary', () => {
    it('never claims a level above the last one that assesses anything', () => {
      const s = careerSummary(fw, rated({ A: 5, B: 5 }), 3)!;
      expect(s.attained!.id).to.equal('two');
      expect(s.next).to.equal(undefined);
      expect(s.levels.map((l) => [l.level.id, l.met, l.ratable])).to.deep.equal([
        ['start', true, true],
        ['one', true, true],
        ['two', true, true],
        ['top', false, false],
      ]);
    });

    it('gives the next level and what it misses', () => {
      const s = careerSummary(fw, rated({ A: 3, B: 2 }), 3)!;
      expect(s.attained!.id).to.equal('one');
      expect(s.next!.id).to.equal('two');
      expect(s.missingForNext).to.deep.equal([{ item: 'B', value: 2 }]);
      const none = careerSummary(fw, undefined, 3)!;
      expect(none.attained!.id).to.equal('start');
      expect(none.missingForNext).to.deep.equal([{ item: 'A', value: undefined }]);
    });

    it('is undefined when no level assesses anything', async () => {
      expect(careerSummary({ ...fw, levels: [{ id: 'x', label: 'X' }] }, rated({ A: 5 }), 3)).to.equal(undefined);
      const ahp = await bundled('ahp-support-worker.json');
      expect(careerSummary(ahp, undefined, 3)).to.equal(undefined);
    });
  });

  describe('trainingFor', () => {
    it('uses resources linked to the item, else those of its levels, grouping items that share them', () => {
      const groups = trainingFor(fw, ['A', 'B', 'C']);
      expect(groups.map((g) => [g.items, g.level?.id, g.resources.map((r) => r.id)])).to.deep.equal([
        [['A'], undefined, ['r-a']],
        [['B', 'C'], 'two', ['r-two', 'r-two-b']],
      ]);
      expect(trainingFor(fw, [])).to.deep.equal([]);
    });

    it('finds the Somerset level training for a Level 2 competency', async () => {
      const somerset = await bundled('somerset-splw.json');
      const [g] = trainingFor(somerset, ['self-monitoring']);
      expect(g.level!.id).to.equal('established');
      expect(g.resources.map((r) => r.title)).to.include('Motivational interviewing (MI) in brief consultations');
    });
  });

  describe('history and trend', () => {
    it('reads earlier results in date order, keeping other versions and reporting what cannot be used', () => {
      const late = { ...rated({ A: 3 }, '2026-03-01T00:00:00.000Z'), rater: 'Late' };
      const early = { ...rated({ A: 1, Z: 2 }, '2026-01-01T00:00:00.000Z', { id: 'f', version: '0.9' }), rater: 'Early' };
      const h = readHistory([late, early, { format: 'x' }, rated({ A: 1 }, undefined, { id: 'g', version: '1' })], fw);
      expect(h.results.map((r) => r.rater)).to.deep.equal(['Early', 'Late']);
      expect(h.problems.every((p) => /^\$\[(2|3)\]/.test(p.path))).to.be.true;
      expect(h.problems.some((p) => p.code === 'framework-mismatch')).to.be.true;
      expect(readHistory('not json', fw).problems[0].code).to.equal('json');
      expect(readHistory({}, fw).problems[0].message).to.equal('The "history" must be an array of earlier results.');
      expect(readHistory(undefined, fw)).to.deep.equal({ results: [], problems: [] });
    });

    it('lists a competency’s ratings oldest first, then the current one', () => {
      const a = { ...rated({ A: 1 }, '2026-01-01T00:00:00.000Z'), rater: 'R1' };
      const b = rated({ B: 4 }, '2026-02-01T00:00:00.000Z');
      const now = rated({ A: 3 }, '2026-04-01T00:00:00.000Z');
      expect(trendFor([a, b], now, 'A')).to.deep.equal([
        { date: '2026-01-01T00:00:00.000Z', rater: 'R1', value: 1, current: false },
        { date: '2026-04-01T00:00:00.000Z', rater: undefined, value: 3, current: true },
      ]);
      expect(trendFor([a], undefined, 'B')).to.deep.equal([]);
    });
  });

  it('links only absolute http(s) addresses', () => {
    expect(safeUrl('https://example.org/a b')).to.equal('https://example.org/a%20b');
    expect(safeUrl('http://example.org/')).to.equal('http://example.org/');
    expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeUrl(' JavaScript:alert(1)')).to.equal(undefined);
    expect(safeUrl('data:text/html,<script>1</script>')).to.equal(undefined);
    expect(safeUrl('/relative')).to.equal(undefined);
    expect(safeUrl(undefined)).to.equal(undefined);
  });
});
