// <ksb-matrix> loads three optional features on demand, each a chunk: progress (with result
// validation) when results are given, the list layout when it is shown, CSV export on first use.
// These tests pin that a matrix without them never fetches them and renders at once, that an
// element needing one waits for it (never showing a half-rendered state) with the chunk's styles
// applied, and that `toCSV()` resolves to the view shown.
// This file runs in a page of its own; the order of the tests matters: each checks that its chunk
// has not been fetched yet before it is needed.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/ksb-matrix/ksb-matrix.js';
import type { KsbMatrix } from '../../src/elements/ksb-matrix/ksb-matrix.js';
import { createResult, setResponse, type Framework } from '../../src/model/index.js';
import { fetched as fetchedModule, firstRender } from '../harness/chunk-timing.js';

/** Whether the page has fetched the module `file` of the matrix's folder. */
const fetched = (file: string) => fetchedModule(`elements/ksb-matrix/${file}`);

/** Two duties, three KSBs: D1 needs K1 and S1, D2 needs K2. */
const twoDuties = (): Framework => ({
  format: 'ksb-framework/1',
  id: 'two-duties',
  version: '1',
  title: 'Two duties',
  items: [
    { id: 'D1', code: 'Duty 1', type: 'duty', statement: 'Plans the work' },
    { id: 'D2', code: 'Duty 2', type: 'duty', statement: 'Reviews the work' },
    { id: 'K1', code: 'K1', type: 'knowledge', statement: 'Knows the plan' },
    { id: 'K2', code: 'K2', type: 'knowledge', statement: 'Knows the review' },
    { id: 'S1', code: 'S1', type: 'skill', statement: 'Writes a plan' },
  ],
  associations: [
    { type: 'requires', source: 'D1', target: 'K1' },
    { type: 'requires', source: 'D1', target: 'S1', qualifier: 'weekly' },
    { type: 'requires', source: 'D2', target: 'K2' },
  ],
});

const totals = (el: KsbMatrix) => [...el.shadowRoot!.querySelectorAll('tbody td.total')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());

describe('<ksb-matrix> features loaded on demand', () => {
  it('without results: renders the table with link counts at once, with no key, and never fetches the progress, list or CSV code', async () => {
    const el = document.createElement('ksb-matrix');
    el.layout = 'table';
    el.framework = twoDuties();
    document.body.append(el);
    try {
      await firstRender(el, 'table');
      expect(totals(el)).to.deep.equal(['2 links', '1 link']);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="legend"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('.rating')).to.equal(null);
      expect(fetched('ksb-matrix.component.ts'), 'resource timing sees the element’s own modules').to.equal(true);
      expect(fetched('matrix-progress.ts')).to.equal(false);
      expect(fetched('matrix-list.ts')).to.equal(false);
      expect(fetched('matrix-csv.ts')).to.equal(false);
    } finally {
      el.remove();
    }
  });

  it('toCSV() loads the export code on first use and resolves to the rows the filter and type toggles leave', async () => {
    const el = await fixture<KsbMatrix>(html`<ksb-matrix layout="table" filter="review" .framework=${twoDuties()}></ksb-matrix>`);
    expect(fetched('matrix-csv.ts')).to.equal(false);
    expect(await el.toCSV()).to.equal(',,K1,K2,S1\r\nDuty 2,Reviews the work,,x,\r\n');
    expect(fetched('matrix-csv.ts')).to.equal(true);
    // Hide skills with their toggle and widen the filter: the export follows the view.
    [...el.shadowRoot!.querySelectorAll('.toggle')].find((l) => l.textContent!.trim() === 'Skills')!.querySelector('input')!.click();
    el.filter = 'work';
    expect(await el.toCSV()).to.equal(',,K1,K2\r\nDuty 1,Plans the work,x,\r\nDuty 2,Reviews the work,,x\r\n');
    expect(fetched('matrix-progress.ts'), 'no results: no progress code').to.equal(false);
  });

  it('with results: the update waits for the progress code, then shows the key, ratings and items met, styled', async () => {
    const fw = twoDuties();
    const result = setResponse(createResult(fw, 'confidence', new Date('2026-05-01T00:00:00Z')), 'K1', { value: 5 }, new Date('2026-05-01T00:00:00Z'));
    const el = document.createElement('ksb-matrix');
    el.layout = 'table';
    el.framework = fw;
    el.results = result;
    document.body.append(el);
    // Each state the shadow root goes through: a table without the key would be a render before the progress code was in.
    const seen: string[] = [];
    const root = el.shadowRoot!;
    new MutationObserver(() => seen.push(root.querySelector('table') ? (root.querySelector('[part="legend"]') ? 'table with key' : 'table') : 'other')).observe(root, {
      childList: true,
      subtree: true,
    });
    try {
      await el.updateComplete;
      expect(fetched('matrix-progress.ts')).to.equal(true);
      const legend = el.shadowRoot!.querySelector<HTMLElement>('[part="legend"]')!;
      expect(legend.textContent!.replace(/\s+/g, ' ')).to.include('● met: rated “Independently” or higher');
      expect(totals(el)).to.deep.equal(['1 of 2 met', '0 of 1 met']);
      // `.legend ul` is laid out by the progress chunk's stylesheet, not the element's own.
      expect(getComputedStyle(legend.querySelector('ul')!).display).to.equal('flex');
      expect(el.shadowRoot!.querySelector<HTMLElement>('.bar span')!.style.width).to.equal('50%');
      expect(seen).to.include('table with key');
      expect(seen).not.to.include('table');
      const csv = await el.toCSV();
      expect(csv).to.equal(',,K1,K2,S1,Total\r\nDuty 1,Plans the work,x,,x (weekly),1 of 2 met\r\nDuty 2,Reviews the work,,x,,0 of 1 met\r\n');
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('layout="list": the update waits for the list code, so the first render is the list, never a table first', async () => {
    expect(fetched('matrix-list.ts')).to.equal(false);
    const el = document.createElement('ksb-matrix');
    el.layout = 'list';
    el.framework = twoDuties();
    document.body.append(el);
    const seen: string[] = [];
    new MutationObserver(() => seen.push(el.shadowRoot!.querySelector('table') ? 'table' : el.shadowRoot!.querySelector('[part="list"]') ? 'list' : 'other')).observe(el.shadowRoot!, {
      childList: true,
      subtree: true,
    });
    try {
      await el.updateComplete;
      expect(fetched('matrix-list.ts')).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="list"]')).not.to.equal(null);
      expect(seen).to.include('list');
      expect(seen).not.to.include('table');
    } finally {
      el.remove();
    }
  });

  it('in a narrow container: switches to the list layout, styled by its chunk', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 300px"><ksb-matrix .framework=${twoDuties()}></ksb-matrix></div>`);
    const el = wrapper.querySelector('ksb-matrix')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="list"]'), 'no list layout', { timeout: 3000 });
    expect(fetched('matrix-list.ts')).to.equal(true);
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    const cards = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.card')];
    expect(cards.map((c) => c.querySelector('h4')!.textContent!.trim())).to.deep.equal(['Duty 1', 'Duty 2']);
    expect([...cards[0].querySelectorAll('li button')].map((b) => b.textContent!.trim())).to.deep.equal(['K1', 'S1']);
    // The card's rule comes from the list chunk's stylesheet.
    expect(getComputedStyle(cards[0]).borderTopStyle).to.equal('solid');
    const selected = oneEvent(el, 'ksb-select');
    cards[1].querySelector<HTMLButtonElement>('li button')!.click();
    expect((await selected).detail).to.deep.equal({ items: ['D2', 'K2'] });
    await expect(el).to.be.accessible();
  });
});
