import { expect } from '@open-wc/testing';
import { isPlacement, readScanScale } from '../../src/elements/skills-scan/scan-scale.js';
import { stringsFor } from '../../src/shared/localize.js';

const en = stringsFor('en');
const fw = {
  id: 'f',
  version: '1',
  title: 'F',
  items: [{ id: 'K1' }],
  levels: [{ id: 'l1', label: 'Level 1' }, { id: 'l2', label: 'Level 2' }],
  scales: [{ id: 'own', label: 'Own', points: [{ value: 1, label: 'One' }, { value: 2, label: 'Two' }] }],
} as any;

describe('the scan’s scale attribute (pure)', () => {
  it('an id names a framework or built-in scale; empty means the framework default, else confidence', () => {
    expect(readScanScale('own', fw, en).scale!.points.map((p) => p.label)).to.deep.equal(['One', 'Two']);
    expect(readScanScale('', fw, en).scale!.id).to.equal('confidence');
    expect(readScanScale('', { ...fw, defaultScale: 'own' }, en).scale!.id).to.equal('own');
  });

  it('names what is wrong: an unknown id, JSON that does not parse, a scale without points', () => {
    expect(readScanScale('nope', fw, en)).to.deep.equal({ problems: [{ path: '$', code: 'unknown-id', severity: 'error', message: 'Unknown scale "nope".' }] });
    expect(readScanScale('{"id":', fw, en).problems[0].code).to.equal('json');
    const noPoints = readScanScale('{"id":"x","label":"X"}', fw, en);
    expect(noPoints.scale).to.equal(undefined);
    expect(noPoints.problems.some((p) => p.severity === 'error')).to.equal(true);
  });

  it('"levels" is a placement on the framework’s levels, unless the framework has a scale of that id', () => {
    expect(isPlacement('levels', fw)).to.equal(true);
    expect(readScanScale('levels', fw, en).scale!.points.map((p) => p.label)).to.deep.equal(['Level 1', 'Level 2']);
    expect(readScanScale('levels', { ...fw, levels: undefined }, en).problems[0].code).to.equal('no-levels');
    const own = { ...fw, scales: [{ id: 'levels', label: 'L', points: [{ value: 1, label: 'Only' }] }] };
    expect(isPlacement('levels', own)).to.equal(false);
    expect(readScanScale('levels', own, en).scale!.points.map((p) => p.label)).to.deep.equal(['Only']);
  });
});
