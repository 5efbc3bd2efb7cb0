import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/skills-scan/skills-scan.js';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';
import type { Framework } from '../../src/model/framework.js';
import { bundled, miniStandard } from '../harness/frameworks.js';

/** Words of the option labels drawn on more than one line: each word's Range must have one client rect. */
function splitWords(el: HTMLElement): string[] {
  const split: string[] = [];
  for (const label of el.shadowRoot!.querySelectorAll('.option-label')) {
    // The label's text (inside its <bdi>), past Lit's comment markers.
    const node = [...(label.querySelector('bdi') ?? label).childNodes].find((n) => n.nodeType === Node.TEXT_NODE);
    if (!node) continue;
    const value = node.textContent!;
    for (const m of value.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index!);
      range.setEnd(node, m.index! + m[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) split.push(`${m[0]} (${lines.size} lines)`);
    }
  }
  return split;
}

async function scanAt(width: number, framework: Framework): Promise<SkillsScan> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><skills-scan mode="all" .framework=${framework}></skills-scan></div>`);
  const el = wrapper.firstElementChild as SkillsScan;
  await elementUpdated(el);
  // Questions skip layout until near the viewport (content-visibility): lay them all out to measure.
  for (const q of el.shadowRoot!.querySelectorAll<HTMLElement>('.question')) q.style.contentVisibility = 'visible';
  return el;
}

describe('scan options: no word of a label is split, and no stray rule', () => {
  let st0958: Framework;
  before(async () => {
    st0958 = await bundled('st0958.json');
  });

  for (const width of [320, 640, 1000]) {
    it(`ST0958 at ${width} px: every label's words on one line each`, async () => {
      const el = await scanAt(width, st0958);
      expect(el.shadowRoot!.querySelectorAll('.option-label').length).to.be.greaterThan(500);
      expect(splitWords(el)).to.deep.equal([]);
    });
  }

  it('a host scale word wider than the element may break, and nothing overflows the element', async () => {
    const long = 'Supercalifragilisticexpialidociouslyindependentlycompetentpractitioner';
    const fw = miniStandard();
    const scaled: Framework = { ...fw, defaultScale: 'wide', scales: [{ id: 'wide', title: 'Wide', points: [{ value: 1, label: long }, { value: 2, label: 'Fine' }] }] };
    const el = await scanAt(320, scaled);
    const host = el.getBoundingClientRect();
    for (const option of el.shadowRoot!.querySelectorAll<HTMLElement>('.option')) {
      expect(option.getBoundingClientRect().right).to.be.at.most(host.right + 0.5);
    }
  });

  it('the rule between questions runs above each legend, not on from its end', async () => {
    const el = await scanAt(1000, st0958);
    for (const q of [...el.shadowRoot!.querySelectorAll<HTMLElement>('fieldset.question')].slice(0, 10)) {
      const legend = q.querySelector('legend')!;
      const border = parseFloat(getComputedStyle(q).borderTopWidth);
      // A legend in the border straddles it (its top is the fieldset's top); laid out as content it sits below the rule.
      expect(legend.getBoundingClientRect().top).to.be.at.least(q.getBoundingClientRect().top + border - 0.5);
    }
  });
});
