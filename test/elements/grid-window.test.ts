import { expect } from '@open-wc/testing';
import { covers, slots, visibleRange } from '../../src/elements/ksb-matrix/grid-window.js';

describe('grid windowing (pure)', () => {
  it('the range in view, with its margin, clamped to the axis', () => {
    expect(visibleRange(1000, 0, 300, 50, 2)).to.deep.equal([0, 8]);
    expect(visibleRange(1000, 5000, 300, 50, 2)).to.deep.equal([98, 108]);
    expect(visibleRange(100, 10000, 300, 50, 2)).to.deep.equal([92, 100]);
    expect(visibleRange(10, 0, 300, 0)).to.deep.equal([0, 10]);
  });

  it('with a step, the range moves by blocks and keeps its margin beyond the view', () => {
    // Offsets 0 to 399 px (first entry in view 0 to 7): one range.
    expect(visibleRange(1000, 0, 300, 50, 2, 8)).to.deep.equal([0, 15]);
    expect(visibleRange(1000, 399, 300, 50, 2, 8)).to.deep.equal([0, 15]);
    expect(visibleRange(1000, 400, 300, 50, 2, 8)).to.deep.equal([6, 23]);
    for (let offset = 0; offset < 5000; offset += 37) {
      const [start, end] = visibleRange(1000, offset, 300, 50, 2, 8);
      const first = Math.floor(offset / 50);
      expect(start).to.be.at.most(Math.max(0, first - 2));
      expect(end).to.be.at.least(first + 6 + 2);
    }
    expect(visibleRange(100, 10000, 300, 50, 2, 8)).to.deep.equal([86, 100]);
  });

  it('covers: the ranges rendered hold those a view needs, on both axes', () => {
    expect(covers([[0, 15], [0, 10]], [[2, 15], [0, 10]])).to.equal(true);
    expect(covers([[0, 15], [0, 10]], [[6, 23], [0, 10]])).to.equal(false);
    expect(covers([[0, 15], [0, 10]], [[0, 15], [4, 12]])).to.equal(false);
  });

  it('slots: the range and the pinned index rendered, gaps measured in entries', () => {
    expect(slots(10, [3, 6])).to.deep.equal([{ gap: 3, at: 0 }, 3, 4, 5, { gap: 4, at: 6 }]);
    expect(slots(10, [3, 6], [8])).to.deep.equal([{ gap: 3, at: 0 }, 3, 4, 5, { gap: 2, at: 6 }, 8, { gap: 1, at: 9 }]);
    expect(slots(10, [0, 2], [0, 1, -1, 99])).to.deep.equal([0, 1, { gap: 8, at: 2 }]);
    expect(slots(3, [0, 3])).to.deep.equal([0, 1, 2]);
  });
});
