import { expect, fixture, html } from '@open-wc/testing';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';
import { HOSTILE_IDS, hostileIdFramework, payloadFramework } from './corpus.js';
import { clickAllLinks, dangerousIn, guardEachTest } from './guard.js';
import { hostile } from './payloads.js';
import { mount, shownText, type ElementKind } from './mount.js';
import { catchDownloads } from '../harness/downloads.js';

/**
 * Script and markup in every text field of the format: each element shows
 * the fields it uses as text, verbatim, and nothing runs, including links.
 */

/** Every field of `payloadFramework()` carrying a hostile text, by marker. */
const FIELDS = [...JSON.stringify(payloadFramework()).matchAll(/⟦([^⟧]+)⟧/g)].map((m) => m[1]);

/** Fields each element must show (what it renders of a framework). */
const SHOWN: Record<ElementKind, string[]> = {
  'skills-scan': ['title', 'version', 'reference', 'item.code', 'item.statement', 'item.elements', 'skill.statement', 'scale.point0.label', 'scale.point0.description', 'scale.point2.label'],
  provider: ['title', 'item.code', 'item.statement', 'item.elements', 'skill.statement', 'scale.point1.label', 'scale.point1.description'],
  'dreyfus-rater': [
    'title', 'item.code', 'item.title', 'item.statement', 'skill.statement', 'level.label', 'level.competencyLevel', 'level.payBand', 'level.pay',
    'rubric.keyFeatures', 'rubric.interaction', 'rubric.descriptor0', 'rubric.descriptor1', 'rubric.descriptor2', 'rubric.S1.descriptor1',
    'resource.title', 'resource.provider', 'resource2.title', 'resource3.title', 'resource4.title',
  ],
  'ksb-matrix': ['title', 'itemType.plural', 'duty.code', 'item.code', 'item.statement', 'skill.statement', 'association.qualifier'],
};

guardEachTest();

describe('payloads in every text field', () => {
  it('covers every text field of the format', () => {
    expect(FIELDS.length).to.be.greaterThan(45);
  });

  for (const kind of Object.keys(SHOWN) as ElementKind[]) {
    it(`<${kind}> shows its fields as text, verbatim, and runs nothing`, async () => {
      const m = await mount(kind, payloadFramework(), 'property');
      // The rater lists training for competencies below target: rate K1 low.
      if (kind === 'dreyfus-rater') {
        m.view.shadowRoot!.querySelector<HTMLInputElement>('[data-item="K1"] input[type=radio]')!.click();
        await m.view.updateComplete;
      }
      const text = shownText(m.view);
      for (const field of SHOWN[kind]) expect(text.includes(hostile(field)), `shows ${field} verbatim`).to.equal(true);
      // Whatever else is shown is whole: a field's marker never appears without its full text.
      for (const field of FIELDS) if (text.includes(`⟦${field}⟧`)) expect(text.includes(hostile(field)), `${field} shown whole`).to.equal(true);
      // Only the https resource is a link; javascript:, data: and padded-case javascript: URLs are text.
      const links = [...m.view.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
      if (kind === 'dreyfus-rater') expect(links).to.deep.equal(['https://example.org/?q=%22%3E%3Cscript%3Ewindow.__pwned=%22R4%22%3C/script%3E']);
      clickAllLinks(m.host);
      // Press every button too (steps, notes, clear, summary); printing is stubbed so no dialog opens.
      // A real download would open the browser's downloads panel and take focus from later tests.
      const print = window.print;
      window.print = () => {};
      // Files are caught before they are saved; the CSV is still made from the hostile text.
      // Each download button's file is awaited (its code may still be loading), so none is saved for real after the stubs go.
      const downloads = [...m.view.shadowRoot!.querySelectorAll('button')].filter((b) => /Download/.test(b.textContent ?? '')).length;
      const files = await catchDownloads(async () => {
        try {
          for (const button of m.view.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')) button.click();
          await m.view.updateComplete;
          await new Promise((r) => setTimeout(r, 50));
        } finally {
          window.print = print;
        }
      }, downloads);
      for (const f of files) expect(f.text, `${f.name} keeps no live formula`).not.to.match(/(^|,)[=+@]/m);
      await new Promise((r) => setTimeout(r, 50));
      expect(dangerousIn(m.host)).to.deep.equal([]);
    });
  }
});

describe('hostile ids', () => {
  for (const groupBy of ['duty', 'parent', 'category']) {
    it(`<skills-scan group-by="${groupBy}"> moves focus to each unanswered question whatever its id`, async () => {
      const el = await fixture<SkillsScan>(html`<skills-scan mode="all" group-by=${groupBy} .framework=${hostileIdFramework()}></skills-scan>`);
      await el.updateComplete;
      const root = el.shadowRoot!;
      const goTo = [...root.querySelectorAll<HTMLElement>(".unanswered button")];
      expect(goTo.length).to.equal(HOSTILE_IDS.length - 1);
      for (const b of goTo) {
        b.click();
        await el.updateComplete;
        const focused = root.activeElement as HTMLElement | null;
        expect(focused?.closest('fieldset')?.dataset.item, `focus after "${b.textContent!.trim()}"`).to.be.oneOf(HOSTILE_IDS);
        expect(b.textContent).to.include(focused!.closest('fieldset')!.dataset.item!);
      }
    });
  }
});

describe('scale values that are awkward in ids', () => {
  it('<dreyfus-rater> clears a rating on a scale of decimal and negative points and focuses the first point', async () => {
    const fw = {
      format: 'ksb-framework/1',
      id: 'decimals',
      version: '1',
      title: 'Decimal points',
      items: [{ id: 'C1', type: 'competency', statement: 'Rated on halves' }],
      scales: [{ id: 'halves', title: 'Halves', points: [{ value: -0.5, label: 'Below' }, { value: 0.5, label: 'Half' }, { value: 1.5, label: 'More' }] }],
      rubrics: [{ item: 'C1', scale: 'halves', descriptors: [{ value: 0.5, text: 'half way' }] }],
    };
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<dreyfus-rater .framework=${fw}></dreyfus-rater>`);
    await el.updateComplete;
    const root = el.shadowRoot!;
    root.querySelectorAll<HTMLInputElement>('[data-item="C1"] input[type=radio]')[1].click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('button.clear')!.click();
    await el.updateComplete;
    const first = root.querySelector<HTMLInputElement>('[data-item="C1"] input[type=radio]')!;
    expect(root.activeElement).to.equal(first);
    expect(first.checked).to.equal(false);
  });
});
