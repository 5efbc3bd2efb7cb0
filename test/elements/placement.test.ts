import { elementUpdated, expect, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/skills-scan/skills-scan.js';
import type { Framework } from '../../src/model/index.js';
import { bundled } from '../harness/frameworks.js';
import { scanFixture } from '../harness/scan-harness.js';

const LEVELS = ['Entry Level', 'Intermediate', 'Assistant Practitioner'];

describe('<skills-scan scale="levels"> (level self-placement)', () => {
  let ahp: Framework;
  before(async () => {
    ahp = await bundled('ahp-support-worker.json');
  });

  it('offers the framework levels, each with the competency\'s own descriptor from the source', async () => {
    const { h } = await scanFixture(html`<skills-scan .framework=${ahp} scale="levels" mode="all"></skills-scan>`);
    expect(h.questions()).to.have.length(55);
    expect(h.optionLabels('1.2')).to.deep.equal([...LEVELS, 'Not sure']);
    const hints = [...h.question('1.2').querySelectorAll('.option-hint')].map((e) => e.textContent!.trim());
    // AHP support worker framework, competency 1.2 Experience (hand-copied from the source).
    expect(hints.slice(0, 3)).to.deep.equal([
      'It is not essential to have experience in health or social care settings at this stage, but candidates should be able to demonstrate experience of working with the public, for example customer care skills in retail or through employment, work experience or volunteering.',
      'Experience in health and/or social care settings, such as employment, work experience, volunteering or placement(s).',
      'Able to demonstrate substantial experience in health and care settings, including in the relevant field of work.',
    ]);
    // Every competency shows its own three descriptors, in level order.
    for (const item of ahp.items.filter((i) => i.descriptors)) {
      const shown = [...h.question(item.id).querySelectorAll('.option-hint')].slice(0, 3).map((e) => e.textContent!.trim());
      expect(shown, item.id).to.deep.equal(item.descriptors!.map((d) => d.text.trim()));
    }
    // Sections are the domains.
    expect([...h.root.querySelectorAll('.section-title')].map((t) => t.textContent!.trim())).to.have.length(8);
  });

  it('stores levels as 1..3 and summarises the level reached per domain and overall (hand-checked)', async () => {
    const { el, h } = await scanFixture(html`<skills-scan .framework=${ahp} scale="levels" mode="all"></skills-scan>`);
    const change = oneEvent(el, 'ksb-change');
    await h.answer('1.1', 'Assistant Practitioner');
    const { detail } = await change;
    expect(detail.result.scale).to.equal('levels');
    expect(detail.result.responses[0]).to.include({ item: '1.1', value: 3 });
    await h.answer('1.2', 'Intermediate');
    await h.answer('1.3', 'Intermediate');
    await h.answer('6.1', 'Assistant Practitioner');
    await h.answer('6.2', 'Assistant Practitioner');
    const row = (id: string) => h.root.querySelector<HTMLTableRowElement>(`.placement-table tr[data-group="${id}"]`)!;
    const reached = (id: string) => row(id).querySelector('.reached')!.textContent!.replace(/\s+/g, ' ').trim();
    const holding = (id: string) => [...row(id).querySelectorAll('.holding li')].map((l) => l.textContent!.trim());
    expect(reached('domain-1')).to.equal('Intermediate');
    expect(holding('domain-1')).to.deep.equal(['1.2 Experience', '1.3 Values']);
    expect(row('domain-1').querySelector('.holding')!.textContent).to.include('Below Assistant Practitioner:');
    expect(reached('domain-6')).to.equal('Assistant Practitioner');
    expect(row('domain-6').querySelector('.holding')!.textContent!.trim()).to.equal('None: this is the top level.');
    expect(reached('domain-7')).to.equal('None yet (5 competencies not placed)');
    expect(holding('domain-7')).to.have.length(5);
    expect(reached('overall')).to.equal('None yet (50 competencies not placed)');
    await expect(el).to.be.accessible();
  });

  it('shows an error for a framework without levels', async () => {
    const st0958 = await bundled('st0958.json');
    const { h } = await scanFixture(html`<skills-scan .framework=${st0958} scale="levels"></skills-scan>`);
    await elementUpdated(h.el);
    expect(h.text()).to.include('This framework has no levels');
  });
});
