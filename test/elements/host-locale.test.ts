// Its own test file: the locale registered here stays registered for the page.
import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/ksb-review/ksb-review.js';
import { englishStrings, registerLocale, type LocaleStrings } from '../../src/locale.js';
import { allRated, partyResult } from '../harness/review-harness.js';
import { bundled, miniStandard } from '../harness/frameworks.js';
import { ScanHarness } from '../harness/scan-harness.js';

describe('a UI language a host registers (registerLocale)', () => {
  let fr: LocaleStrings;
  before(async () => {
    const en = await englishStrings();
    fr = {
      ...en,
      ui: { ...en.ui, next: 'Suivant', previous: 'Précédent', progressText: (a, t) => `${a} sur ${t} répondus`, notSure: 'Pas sûr' },
      summary: { ...en.summary, printSummary: 'Imprimer le résumé' },
      review: { ...en.review, quickTitle: 'Accepter là où les parties sont d’accord' },
    };
  });

  it('is picked from lang like Welsh, for the tag and its regional forms, and renders elements already on the page again', async () => {
    const el = await fixture<HTMLElement>(html`<skills-scan lang="fr-CA" .framework=${miniStandard()}></skills-scan>`);
    const h = new ScanHarness(el as never);
    expect(h.progressText()).to.equal('0 of 3 answered');
    await h.answer('K1', 'Aware');
    registerLocale('fr', fr);
    await waitUntil(() => h.progressText() === '1 sur 3 répondus', 'the scan did not switch to the registered locale');
    expect(h.button('Suivant')).to.exist;
    expect(h.optionLabels('K1').at(-1)).to.equal('Pas sûr');
    // The answer is kept; numbers are formatted for the locale.
    expect(h.checked('K1')).to.equal('Aware');
    await expect(el).to.be.accessible();
    // Welsh is unaffected, English too.
    const cy = await fixture<HTMLElement>(html`<skills-scan lang="cy" .framework=${miniStandard()}></skills-scan>`);
    await elementUpdated(cy);
    expect(new ScanHarness(cy as never).progressText()).to.equal('0 o 3 wedi’u hateb');
  });

  it('reaches every element: the review speaks it too', async () => {
    const st0958 = await bundled('st0958.json');
    const ids = st0958.items.filter((i) => i.type === 'knowledge').map((i) => i.id);
    const el = await fixture<HTMLElement>(html`<ksb-review lang="fr" .framework=${st0958} .results=${[partyResult(st0958, 'learner', allRated(ids, 3)), partyResult(st0958, 'employer', allRated(ids, 4))]}></ksb-review>`);
    await waitUntil(() => el.shadowRoot!.querySelector('#quick-title'), 'no quick title', { timeout: 4000 });
    expect(el.shadowRoot!.querySelector('#quick-title')!.textContent).to.equal('Accepter là où les parties sont d’accord');
  });

  it('refuses a tag that is not BCP 47', () => {
    expect(() => registerLocale('not a tag', fr)).to.throw(TypeError, /not a BCP 47 language tag/);
  });
});
