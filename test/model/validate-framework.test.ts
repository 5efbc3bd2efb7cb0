import { expect } from '@open-wc/testing';
import { LONG_TEXT_LIMIT, longTextWarnings, validateFramework, type Problem } from '../../src/model/index.js';
import { importFramework } from '../../src/importers/index.js';

/** A small valid framework that each broken case changes in one way. */
function base(): Record<string, any> {
  return {
    format: 'ksb-framework/1',
    id: 'demo',
    version: '1',
    title: 'Demo',
    items: [
      { id: 'D1', type: 'duty', code: 'Duty 1', statement: 'Do the thing' },
      { id: 'K1', type: 'knowledge', code: 'K1', statement: 'Know the thing' },
      { id: 'dom', type: 'domain', statement: 'A domain' },
      { id: 'c1', type: 'competency', statement: 'A competency', parent: 'dom', descriptors: [{ level: 'entry', text: 'Starts' }] },
    ],
    associations: [{ type: 'requires', source: 'D1', target: 'K1' }],
    levels: [{ id: 'entry', label: 'Entry', assesses: ['c1'] }],
    scales: [{ id: 'own', title: 'Own', points: [{ value: 0, label: 'No' }, { value: 1, label: 'Yes' }] }],
    rubrics: [{ item: 'c1', scale: 'dreyfus', descriptors: [{ value: 0, text: 'None' }] }],
    resources: [{ id: 'r1', title: 'Course', items: ['c1'], levels: ['entry'] }],
    lists: [{ id: 'top', title: 'Top', items: ['K1'] }],
  };
}

const errors = (problems: Problem[]) => problems.filter((p) => p.severity === 'error').map((p) => `${p.path} ${p.code}`);

describe('validateFramework', () => {
  it('accepts a valid framework and returns a clean copy', () => {
    const v = validateFramework(base());
    expect(v.valid, JSON.stringify(v.problems)).to.be.true;
    expect(v.problems).to.deep.equal([]);
    expect(v.value!.items.map((i) => i.id)).to.deep.equal(['D1', 'K1', 'dom', 'c1']);
  });

  it('leaves a long text to longTextWarnings (the command line and importFramework report it), and keeps it whole', () => {
    const f = base();
    const long = 'word '.repeat(LONG_TEXT_LIMIT / 5 + 1);
    f.items[1].statement = long;
    f.rubrics[0].keyFeatures = long;
    const v = validateFramework(f);
    expect(v.problems).to.deep.equal([]);
    expect(v.value!.items[1].statement).to.equal(long);
    expect(longTextWarnings(v.value!).map((p) => `${p.path} ${p.code}`)).to.deep.equal(['$.items[1].statement long-text', '$.rubrics[0].keyFeatures long-text']);
    expect(importFramework(f).problems.map((p) => p.code)).to.deep.equal(['long-text', 'long-text']);
    f.items[1].statement = 'x'.repeat(LONG_TEXT_LIMIT);
    f.rubrics[0].keyFeatures = 'short';
    expect(longTextWarnings(validateFramework(f).value!)).to.deep.equal([]);
  });

  it('accepts JSON text', () => {
    expect(validateFramework(JSON.stringify(base())).valid).to.be.true;
  });

  const cases: [string, (f: Record<string, any>) => unknown, string[]][] = [
    ['invalid JSON text', () => '{"format": "ksb-framework/1", items: [', ['$ json']],
    ['not an object', () => [1, 2], ['$ type']],
    ['null', () => null, ['$ type']],
    ['wrong format marker', (f) => ({ ...f, format: 'other' }), ['$.format format']],
    ['missing id and title', (f) => { delete f.id; delete f.title; return f; }, ['$.id missing', '$.title missing']],
    ['items not a list', (f) => ({ ...f, items: { a: 1 } }), ['$.items type']],
    ['missing items', (f) => { delete f.items; return f; }, ['$.items missing']],
    ['item without id', (f) => { delete f.items[1].id; return f; }, ['$.items[1].id missing', '$.associations[0].target unknown-id', '$.lists[0].items[0] unknown-id']],
    ['statement of wrong type', (f) => { f.items[0].statement = 42; return f; }, ['$.items[0].statement type']],
    ['empty statement', (f) => { f.items[0].statement = '  '; return f; }, ['$.items[0].statement empty']],
    ['duplicate item id', (f) => { f.items.push({ id: 'K1', type: 'knowledge', statement: 'again' }); return f; }, ['$.items[4].id duplicate-id']],
    ['association to unknown item', (f) => { f.associations.push({ type: 'requires', source: 'D1', target: 'K99' }); return f; }, ['$.associations[1].target unknown-id']],
    ['unknown parent', (f) => { f.items[3].parent = 'nowhere'; return f; }, ['$.items[3].parent unknown-id']],
    ['own parent', (f) => { f.items[2].parent = 'dom'; return f; }, ['$.items[2].parent cycle']],
    ['parent cycle', (f) => { f.items[2].parent = 'c1'; return f; }, ['$.items[2].parent cycle']],
    ['descriptor for unknown level', (f) => { f.items[3].descriptors.push({ level: 'senior', text: 'x' }); return f; }, ['$.items[3].descriptors[1].level unknown-id']],
    ['two descriptors for one level', (f) => { f.items[3].descriptors.push({ level: 'entry', text: 'x' }); return f; }, ['$.items[3].descriptors[1].level duplicate-descriptor']],
    ['level assesses unknown item', (f) => { f.levels[0].assesses = ['c1', 'ghost']; return f; }, ['$.levels[0].assesses[1] unknown-id']],
    ['duplicate level id', (f) => { f.levels.push({ id: 'entry', label: 'Again' }); return f; }, ['$.levels[1].id duplicate-id']],
    ['scale points out of order', (f) => { f.scales[0].points.reverse(); return f; }, ['$.scales[0].points[1] order']],
    ['scale with one point', (f) => { f.scales[0].points.pop(); return f; }, ['$.scales[0].points too-few']],
    ['scale point value not a number', (f) => { f.scales[0].points[1].value = '1'; return f; }, ['$.scales[0].points[1].value type']],
    ['rubric for unknown item', (f) => { f.rubrics[0].item = 'zz'; return f; }, ['$.rubrics[0].item unknown-id']],
    ['rubric on unknown scale', (f) => { f.rubrics[0].scale = 'stars'; return f; }, ['$.rubrics[0].scale unknown-id']],
    ['rubric descriptor off the scale', (f) => { f.rubrics[0].descriptors.push({ value: 9, text: 'x' }); return f; }, ['$.rubrics[0].descriptors[1].value unknown-point']],
    ['two rubrics for one item', (f) => { f.rubrics.push({ ...f.rubrics[0] }); return f; }, ['$.rubrics[1].item duplicate-rubric']],
    ['resource links unknown level', (f) => { f.resources[0].levels = ['nope']; return f; }, ['$.resources[0].levels[0] unknown-id']],
    ['list names unknown item', (f) => { f.lists[0].items.push('K7'); return f; }, ['$.lists[0].items[1] unknown-id']],
    ['unknown default scale', (f) => ({ ...f, defaultScale: 'stars' }), ['$.defaultScale unknown-id']],
    ['core not boolean', (f) => { f.items[0].core = 1; return f; }, ['$.items[0].core type']],
    ['elements not text', (f) => { f.items[0].elements = ['a', { b: 1 }]; return f; }, ['$.items[0].elements[1] type']],
  ];

  for (const [name, mutate, expected] of cases) {
    it(`reports ${name}`, () => {
      const v = validateFramework(mutate(base()));
      expect(v.valid).to.be.false;
      expect(v.value).to.equal(undefined);
      expect(errors(v.problems)).to.deep.equal(expected);
    });
  }

  it('warns about, and drops, unknown fields and undeclared item types', () => {
    const f = base();
    f.extra = true;
    f.items[0].colour = 'red';
    f.items.push({ id: 'x', type: 'widget', statement: 'A widget' });
    const v = validateFramework(f);
    expect(v.valid).to.be.true;
    expect(v.problems.map((p) => `${p.severity} ${p.path} ${p.code}`)).to.deep.equal([
      'warning $.extra unknown-field',
      'warning $.items[0].colour unknown-field',
      'warning $.items[4].type unknown-type',
    ]);
    expect(v.value).not.to.have.property('extra');
    expect(v.value!.items[0]).not.to.have.property('colour');
  });

  it('reads a numeric version as text with a warning', () => {
    const v = validateFramework({ ...base(), version: 2 });
    expect(v.valid).to.be.true;
    expect(v.value!.version).to.equal('2');
    expect(v.problems[0].code).to.equal('type');
  });

  it('never lets __proto__ keys reach a prototype', () => {
    const text = '{"format":"ksb-framework/1","id":"p","version":"1","title":"P","__proto__":{"polluted":1},"items":[{"id":"a","type":"skill","statement":"s","__proto__":{"polluted":2}}]}';
    const v = validateFramework(text);
    expect(v.valid).to.be.true;
    expect(({} as any).polluted).to.equal(undefined);
    expect((v.value as any).polluted).to.equal(undefined);
    expect((v.value!.items[0] as any).polluted).to.equal(undefined);
    expect(v.problems.filter((p) => p.code === 'unknown-field').map((p) => p.path)).to.deep.equal([
      '$["__proto__"]'.replace('["__proto__"]', '.__proto__'),
      '$.items[0].__proto__',
    ]);
  });

  it('does not throw on any JSON value', () => {
    for (const value of [undefined, 0, 'x', true, [], {}, { items: null }, { items: [null, 1, 'a', []] }, { levels: [{}] }]) {
      const v = validateFramework(value);
      expect(v.valid).to.be.false;
      expect(v.problems.length).to.be.greaterThan(0);
    }
  });
});
