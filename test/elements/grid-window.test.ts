import { expect } from '@open-wc/testing';
import { slots, visibleRange } from '../../src/elements/ksb-matrix/grid-window.js';

describe('grid windowing (pure)', () => {
  it('the range in view, with its margin, clamped to the axis', () => {
    expect(visibleRange(1000, 0, 300, 50, 2)).to.deep.equal([0, 8]);
    expect(visibleRange(1000, 5000, 300, 50, 2)).to.deep.equal([98, 108]);
    expect(visibleRange(100, 10000, 300, 50, 2)).to.deep.equal([92, 100]);
    expect(visibleRange(10, 0, 300, 0)).to.deep.equal([0, 10]);
  });

  it('slots: the range and the pinned index rendered, gaps measured in entries', () => {
    expect(slots(10, [3, 6])).to.deep.equal([{ gap: 3, at: 0 }, 3, 4, 5, { gap: 4, at: 6 }]);
    expect(slots(10, [3, 6], [8])).to.deep.equal([{ gap: 3, at: 0 }, 3, 4, 5, { gap: 2, at: 6 }, 8, { gap: 1, at: 9 }]);
    expect(slots(10, [0, 2], [0, 1, -1, 99])).to.deep.equal([0, 1, { gap: 8, at: 2 }]);
    expect(slots(3, [0, 3])).to.deep.equal([0, 1, 2]);
  });
});
