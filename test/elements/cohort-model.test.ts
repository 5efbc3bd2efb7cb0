// The cohort view's figures, apart from rendering: learners grouped by subject, columns for
// items, duties and sections, cells, totals, change since a baseline, filter and sort.
import { expect } from '@open-wc/testing';
import { createResult, setResponse, type Framework } from '../../src/model/index.js';
import {
  cohortCell,
  cohortColumns,
  cohortLearners,
  cohortTotals,
  filterLearners,
  learnerTotal,
  sortLearners,
  totalMembers,
} from '../../src/elements/ksb-matrix/cohort-model.js';
import { cohortClick, type CohortData } from '../../src/elements/ksb-matrix/cohort-table.js';
import { linkIndex } from '../../src/elements/ksb-matrix/matrix-model.js';
import { ST0958_DUTY_KSBS } from '../fixtures/source-duty-ksbs.js';
import { cohortResults, learnerId } from '../fixtures/cohort.js';
import { bundled } from '../harness/frameworks.js';

const unnamed = (n: number) => `Learner ${n} (not named)`;

describe('cohort model', () => {
  let st0958: Framework;
  before(async () => {
    st0958 = await bundled('st0958.json');
  });

  it('groups results by subject: a learner with two scans shows the later rating of each item', () => {
    const first = setResponse(createResult(st0958, 'confidence', new Date('2026-09-01'), { subject: 'ana' }), 'K1', { value: 2 }, new Date('2026-09-01'));
    const later = setResponse(createResult(st0958, 'confidence', new Date('2026-10-01'), { subject: 'ana' }), 'K1', { value: 4 }, new Date('2026-10-01'));
    const bo = setResponse(createResult(st0958, 'confidence', new Date('2026-09-01'), { subject: 'bo' }), 'K2', { value: 5 }, new Date('2026-09-01'));
    const nameless = createResult(st0958, 'confidence', new Date('2026-09-01'));
    const learners = cohortLearners([first, bo, later, nameless], [], unnamed);
    expect(learners.map((l) => l.label)).to.deep.equal(['ana', 'bo', 'Learner 1 (not named)']);
    expect(learners[0].ratings.get('K1')!.value).to.equal(4);
    expect(learners[2].subject).to.equal(undefined);
  });

  it('columns: an item each, a duty with the KSBs it requires, or the scan’s sections', () => {
    const links = linkIndex(st0958);
    const items = cohortColumns(st0958, 'knowledge skill behaviour', links);
    expect(items).to.have.length(92);
    expect(items.every((c) => c.single && c.members.length === 1)).to.equal(true);
    const duties = cohortColumns(st0958, 'duty', links);
    expect(duties.map((d) => d.label)).to.deep.equal(Object.keys(ST0958_DUTY_KSBS));
    for (const d of duties) expect(d.members.map((id) => st0958.items.find((i) => i.id === id)!.code).sort(), d.label).to.deep.equal([...ST0958_DUTY_KSBS[d.label]].sort());
    const sections = cohortColumns(st0958, 'sections', links);
    expect(sections.map((s) => [s.label, s.members.length])).to.deep.equal([
      ['Knowledge', st0958.items.filter((i) => i.type === 'knowledge').length],
      ['Skills', st0958.items.filter((i) => i.type === 'skill').length],
      ['Behaviours', st0958.items.filter((i) => i.type === 'behaviour').length],
    ]);
  });

  it('cells, totals and change since each learner’s baseline', () => {
    const links = linkIndex(st0958);
    const columns = cohortColumns(st0958, 'knowledge skill behaviour', links);
    const learners = cohortLearners(cohortResults(st0958, 5, { shift: 1, when: '2026-11-01T09:00:00Z' }), cohortResults(st0958, 5), unnamed);
    // Learner 1 rated K1 (j = 1) ((1 + 1) mod 5) + 1 = 3 at the baseline, 4 now: met against a target of 4.
    const k1 = cohortCell(learners[0], columns[0], 4);
    expect([k1.standing, k1.rating!.value, k1.change]).to.deep.equal(['met', 4, 1]);
    const members = totalMembers(columns);
    const total = learnerTotal(learners[0], members, 4);
    // Ratings ((n + j) mod 5) + 1 with n = 1: 4 and 5 are j ≡ 2, 3 (mod 5) at the baseline; with the shift also j ≡ 1.
    const count = (residues: number[]) => members.filter((_, i) => residues.includes((1 + i + 1) % 5)).length;
    expect(total.met).to.equal(count([2, 3, 4]) );
    expect(total.change).to.equal(count([2, 3, 4]) - count([3, 4]));
    const totals = cohortTotals(learners, columns, 4);
    expect(totals.columns[0]).to.deep.equal({ met: learners.filter((l) => (l.ratings.get('K1')!.value as number) >= 4).length, of: 5 });
    expect(totals.overall).to.deep.equal({ met: 0, of: 5 });
  });

  it('a duty column counts its KSBs met', () => {
    const links = linkIndex(st0958);
    const [duty1] = cohortColumns(st0958, 'duty', links);
    let r = createResult(st0958, 'confidence', new Date('2026-09-01'), { subject: 'ana' });
    for (const id of duty1.members.slice(0, 3)) r = setResponse(r, id, { value: 5 }, new Date('2026-09-01'));
    r = setResponse(r, duty1.members[3], { value: 1 }, new Date('2026-09-01'));
    const [ana] = cohortLearners([r], [], unnamed);
    const cell = cohortCell(ana, duty1, 4);
    expect([cell.standing, cell.met, cell.of]).to.deep.equal(['below', 3, duty1.members.length]);
  });

  it('filters by learner and sorts by a column (ties by name), the total, or the name', () => {
    const links = linkIndex(st0958);
    const columns = cohortColumns(st0958, 'knowledge skill behaviour', links);
    const learners = cohortLearners(cohortResults(st0958, 12), [], unnamed);
    expect(filterLearners(learners, 'LEARNER-01').map((l) => l.label)).to.deep.equal([learnerId(10), learnerId(11), learnerId(12)]);
    const byK1 = sortLearners(learners, columns, { column: 1, descending: true }, 4, 'latest');
    const values = byK1.map((l) => l.ratings.get('K1')!.value as number);
    expect(values).to.deep.equal([...values].sort((a, b) => b - a));
    // Learners 3 and 8 both rated K1 5 ((n + 1) mod 5 = 4): by name among themselves.
    expect(byK1.slice(0, 2).map((l) => l.label)).to.deep.equal([learnerId(3), learnerId(8)]);
    const byName = sortLearners(learners, columns, { column: 0, descending: true }, 4, 'latest');
    expect(byName[0].label).to.equal(learnerId(12));
    const byTotal = sortLearners(learners, columns, { column: columns.length + 1, descending: false }, 4, 'latest');
    const members = totalMembers(columns);
    const met = byTotal.map((l) => learnerTotal(l, members, 4).met);
    expect(met).to.deep.equal([...met].sort((a, b) => a - b));
  });

  it('a click: a heading sorts (again: the other way), a learner’s cell or name selects, the totals do nothing', () => {
    const links = linkIndex(st0958);
    const columns = cohortColumns(st0958, 'duty', links);
    const learners = cohortLearners(cohortResults(st0958, 3), [], unnamed);
    const members = totalMembers(columns);
    const cohort: CohortData = { allColumns: columns, columns, all: learners, learners, members, totals: cohortTotals(learners, columns, 4), show: 'latest', hasBaselines: false };
    // Names from A, figures from the highest; the same heading again reverses.
    expect(cohortClick(cohort, undefined, 0, 0)).to.deep.equal({ sort: { column: 0, descending: false } });
    expect(cohortClick(cohort, undefined, 0, 2)).to.deep.equal({ sort: { column: 2, descending: true } });
    expect(cohortClick(cohort, { column: 2, descending: true }, 0, 2)).to.deep.equal({ sort: { column: 2, descending: false } });
    expect(cohortClick(cohort, { column: 2, descending: true }, 0, 1)).to.deep.equal({ sort: { column: 1, descending: true } });
    // A duty's cell selects the KSBs it requires, for that learner; the learner's name every item counted.
    expect(cohortClick(cohort, undefined, 2, 1)).to.deep.equal({ select: { items: columns[0].members, subject: learners[1].subject } });
    expect(cohortClick(cohort, undefined, 1, 0)).to.deep.equal({ select: { items: members, subject: learners[0].subject } });
    // The Total column, and a row past the last learner (the totals), do nothing.
    expect(cohortClick(cohort, undefined, 1, columns.length + 1)).to.equal(undefined);
    expect(cohortClick(cohort, undefined, learners.length + 1, 1)).to.equal(undefined);
  });
});
