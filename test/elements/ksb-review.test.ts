import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/ksb-review/ksb-review.js';
import type { KsbReviewChangeEvent, KsbReviewSubmitEvent } from '../../src/shared/events.js';
import type { Framework } from '../../src/model/framework.js';
import { verifyIntegrity, withIntegrity } from '../../src/model/integrity.js';
import type { Review } from '../../src/model/review.js';
import { validateReview } from '../../src/model/validate-review.js';
import { scanItems, DEFAULT_CATEGORIES } from '../../src/model/sections.js';
import { bundled } from '../harness/frameworks.js';
import { watchPageErrors } from '../harness/page-errors.js';
import { allRated, partyResult, reviewFixture } from '../harness/review-harness.js';
import { catchDownloads } from '../harness/downloads.js';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const changeOf = (el: HTMLElement) => oneEvent(el, 'ksb-change') as unknown as Promise<KsbReviewChangeEvent>;
const submitOf = (el: HTMLElement) => oneEvent(el, 'ksb-submit') as unknown as Promise<KsbReviewSubmitEvent>;

describe('<ksb-review>', () => {
  let st0958: Framework;
  let ids: string[];
  before(async () => {
    st0958 = await bundled('st0958.json');
    ids = scanItems(st0958, DEFAULT_CATEGORIES).map((i) => i.id);
  });

  const threeParties = () => [
    partyResult(st0958, 'learner', allRated(ids, 3, { K1: 1, K2: null })),
    partyResult(st0958, 'employer', allRated(ids, 3, { K1: 3 })),
    partyResult(st0958, 'provider', allRated(ids, 3, { K1: 2 })),
  ];

  it('shows three parties side by side, flagging a spread of 2 or more points, or "not sure", in text and symbol', async () => {
    const { el, h } = await reviewFixture(html`<ksb-review .framework=${st0958} .results=${threeParties()}></ksb-review>`);
    expect(h.root.querySelectorAll('tr[data-item]').length).to.equal(ids.length);
    const heads = [...h.root.querySelector('table.comparison thead')!.querySelectorAll('th')].map(text);
    expect(heads).to.deep.equal(['Item', 'Learner', 'Employer', 'Provider', 'Difference', 'Agreed rating']);
    expect(h.row('K1')!.getAttribute('part')).to.equal('row disagreement');
    expect(h.cells('K1').slice(0, 4)).to.deep.equal(['1 Not yet', '3 With support', '2 Aware', '⚠ Discuss: 2 points apart']);
    expect(h.row('K2')!.getAttribute('part')).to.equal('row disagreement');
    expect(h.cells('K2')[3]).to.equal('? Discuss: someone is not sure');
    expect(h.row('K3')!.getAttribute('part')).to.equal('row');
    expect(h.cells('K3')[3]).to.equal('✓ Close');
    // Grouped as the scan groups them: a table per section, with its caption.
    expect([...h.root.querySelectorAll('table.comparison caption')].map(text)).to.deep.equal(['Knowledge', 'Skills', 'Behaviours']);
    expect(text(h.root.querySelector('h2'))).to.equal('Initial assessment review: Jo');
    await expect(el).to.be.accessible();
  });

  it('"disagreements only" leaves the flagged rows on screen (and says how many), and every row in print', async () => {
    const { el, h } = await reviewFixture(html`<ksb-review .framework=${st0958} .results=${threeParties()}></ksb-review>`);
    const filter = h.root.querySelector<HTMLInputElement>('#only-flagged')!;
    expect(text(h.root.querySelector('label[for="only-flagged"]'))).to.equal('Show only the items to discuss (2)');
    filter.click();
    await el.updateComplete;
    const visible = [...h.root.querySelectorAll<HTMLElement>('tr[data-item]')].filter((r) => r.offsetParent !== null).map((r) => r.dataset.item);
    expect(visible).to.deep.equal(['K1', 'K2']);
    expect(h.root.querySelectorAll('table.comparison').length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('records the agreed rating, asks for a reason where it differs from a party, and emits the whole review', async () => {
    const { el, h } = await reviewFixture(html`<ksb-review .framework=${st0958} .results=${threeParties()}></ksb-review>`);
    expect(h.reason('K3')).to.equal(null);
    let changed = changeOf(el);
    await h.agree('K3', '3');
    let { review, item } = (await changed).detail;
    expect(item).to.equal('K3');
    expect(review.format).to.equal('ksb-review/1');
    expect(review.items.map((i) => [i.item, i.agreed])).to.deep.equal([['K3', 3]]);
    // Every party rated K3 3: no reason needed.
    expect(h.reason('K3')).to.equal(null);
    await h.agree('K1', '2');
    const reason = h.reason('K1')!;
    expect(reason.getAttribute('aria-label')).to.equal('Reason for the agreed rating of K1');
    expect(text(h.root.getElementById(reason.getAttribute('aria-describedby')!))).to.equal('It differs from the rating given by the learner and the employer.');
    changed = changeOf(el);
    await h.giveReason('K1', 'Seen at work: can do it with support.');
    ({ review } = (await changed).detail);
    expect(review.items.find((i) => i.item === 'K1')).to.include({ agreed: 2, reason: 'Seen at work: can do it with support.' });
    expect(review.sources.map((s) => s.party)).to.deep.equal(['learner', 'employer', 'provider']);
    expect(validateReview(review, st0958).valid).to.equal(true);
    // "Not sure" is an agreement too; "Choose a rating" removes one.
    await h.agree('K2', 'unsure');
    expect(el.currentReview!.items.find((i) => i.item === 'K2')!.agreed).to.equal(null);
    await h.agree('K3', '');
    expect(el.currentReview!.items.some((i) => i.item === 'K3')).to.equal(false);
    expect(text(h.root.querySelector('#progress-text'))).to.equal(`2 of ${ids.length} agreed`);
    await expect(el).to.be.accessible();
  });

  it('takes one party\'s ratings where the parties agree, never over a flagged item or the reviewer\'s own choice', async () => {
    const { el, h } = await reviewFixture(html`<ksb-review .framework=${st0958} .results=${threeParties()}></ksb-review>`);
    await h.agree('K3', '4');
    const changed = changeOf(el);
    h.root.querySelector<HTMLButtonElement>('.quick button[data-party="employer"]')!.click();
    const { review } = (await changed).detail;
    await el.updateComplete;
    expect(review.items.length).to.equal(ids.length - 2);
    expect(review.items.find((i) => i.item === 'K3')!.agreed).to.equal(4);
    expect(review.items.some((i) => i.item === 'K1' || i.item === 'K2')).to.equal(false);
    expect(text(h.root.querySelector('.taken'))).to.equal(`${ids.length - 3} ratings agreed from the employer’s.`);
    expect(h.select('S1').value).to.equal('3');
  });

  it('charts each party\'s mean per section, with the same figures in a table', async () => {
    const { el, h } = await reviewFixture(html`<ksb-review .framework=${st0958} .results=${threeParties()}></ksb-review>`);
    const chart = h.root.querySelector('svg[role="img"]')!;
    expect(chart.getAttribute('aria-label')).to.contain('Knowledge: Learner');
    const rows = [...h.root.querySelectorAll('table.means tbody tr')].map((r) => [...r.children].map(text));
    expect(rows[1]).to.deep.equal(['Skills', '3', '3', '3']);
    expect(rows[0][0]).to.equal('Knowledge');
    // Learner: K1 1, K2 not sure (left out of the mean), the rest 3.
    const knowledge = ids.filter((id) => id.startsWith('K')).length;
    expect(rows[0][1]).to.equal(String(Math.round(((knowledge - 2) * 3 + 1) / (knowledge - 1) * 10) / 10));
    await expect(el).to.be.accessible();
  });

  it('computes the RPL breakdown and the training plan from the agreed ratings, and puts them in the review', async () => {
    const { el, h } = await reviewFixture(
      html`<ksb-review .framework=${st0958} .results=${threeParties()} otj-hours="400" otj-minimum="300" duration-months="15" band-maximum="9000" price="8000"></ksb-review>`,
    );
    h.root.querySelector<HTMLButtonElement>('.quick button[data-party="employer"]')!.click();
    await el.updateComplete;
    for (const id of ids.slice(0, 20)) await h.agree(id, '4');
    const review = el.currentReview!;
    expect(review.rpl).to.exist;
    expect(review.rpl!.items.filter((i) => i.counts).length).to.equal(20);
    expect(h.root.querySelector('[part="rpl"]')).to.exist;
    // The figures for the Apprenticeship Service and the ILR, from the agreed ratings.
    const reduced = Math.round(review.rpl!.reduced.otjHours);
    expect(h.root.querySelector('[part="funding"] tr[data-field="PHours"] .value')?.textContent?.trim()).to.equal(`${reduced} hours`);
    expect(h.root.querySelector('[part="funding"] tr[data-field="TrainingHoursReduction"] .value')?.textContent?.trim()).to.equal(`${review.rpl!.hoursRemoved} hours`);
    expect(review.plan!.items).to.equal(ids.length - 20);
    expect(review.plan!.threshold).to.equal(4);
    const planned = [...h.root.querySelectorAll('.plan li[data-item]')].map((li) => (li as HTMLElement).dataset.item);
    expect(planned).to.not.include(ids[0]);
    expect(planned).to.include(ids[25]);
    await expect(el).to.be.accessible();
  });

  it('gives the plan its hours where hours per item are given', async () => {
    const hours = ids.map((item) => ({ item, hours: 4 }));
    const { el, h } = await reviewFixture(html`<ksb-review .framework=${st0958} .results=${threeParties()} .hoursPerItem=${hours}></ksb-review>`);
    await h.agree('K3', '5');
    expect(el.currentReview!.plan!.hours).to.equal((ids.length - 1) * 4);
    expect(text(h.root.querySelector('.plan-total'))).to.equal(`${ids.length - 1} items to train, ${(ids.length - 1) * 4} planned off-the-job hours.`);
  });

  it('records each sign-off as typed, with the declaration signed; a name is needed; removing one keeps what was typed', async () => {
    const { el, h } = await reviewFixture(html`<ksb-review .framework=${st0958} .results=${threeParties().slice(0, 2)}></ksb-review>`);
    // The parties present and the provider sign.
    expect([...h.root.querySelectorAll('fieldset.signoff')].map((f) => (f as HTMLElement).dataset.party)).to.deep.equal(['learner', 'employer', 'provider']);
    h.signoff('learner').querySelector<HTMLButtonElement>('#sign-learner')!.click();
    await el.updateComplete;
    expect(text(h.signoff('learner'))).to.contain('Type a full name to sign.');
    expect(h.root.activeElement!.id).to.equal('signoff-learner-name');
    const changed = changeOf(el);
    await h.sign('employer', 'Sam Patel', 'Line manager');
    const { review } = (await changed).detail;
    const signoff = review.signoffs[0];
    expect(signoff).to.include({ party: 'employer', name: 'Sam Patel', role: 'Line manager' });
    expect(signoff.statement).to.match(/^I confirm that I have reviewed the agreed starting point/);
    expect(signoff.date).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(text(h.signoff('employer').querySelector('[part="signed"]'))).to.match(/^Signed by Sam Patel, Line manager, dated/);
    h.button('Remove the employer’s sign-off')!.click();
    await el.updateComplete;
    expect(el.currentReview!.signoffs).to.deep.equal([]);
    expect(h.signoff('employer').querySelector<HTMLInputElement>('#signoff-employer-name')!.value).to.equal('Sam Patel');
    await expect(el).to.be.accessible();
  });

  it('takes the host\'s declarations and signers, and reports bad ones (source signoff)', async () => {
    const declarations = { employer: 'We agree <b>this</b> starting point.' };
    const { el, h } = await reviewFixture(html`<ksb-review .framework=${st0958} .results=${threeParties()} signers="employer provider" .declarations=${declarations}></ksb-review>`);
    expect(text(h.signoff('employer').querySelector('.declaration'))).to.equal('Declaration: We agree <b>this</b> starting point.');
    expect(h.root.querySelectorAll('fieldset.signoff').length).to.equal(2);
    const error = oneEvent(el, 'ksb-error');
    el.setAttribute('signers', 'employer boss');
    const { detail } = await error;
    expect(detail.source).to.equal('signoff');
    await el.updateComplete;
    expect(text(h.root.querySelector('[part="error"]'))).to.contain('"signers" names unknown parties (boss)');
  });

  it('with required, submit fails until every item is agreed, with reasons, and every signer has signed', async () => {
    const results = threeParties().slice(0, 2);
    const { el, h } = await reviewFixture(html`<ksb-review .framework=${st0958} .results=${results} required></ksb-review>`);
    expect(el.checkValidity()).to.equal(false);
    expect(el.submit()).to.equal(false);
    await el.updateComplete;
    const summary = h.root.querySelector('[part="error-summary"]')!;
    expect(h.root.activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll('a')].map(text);
    expect(links[0]).to.equal('Agree a rating for K1');
    expect(links.slice(-4)).to.deep.equal([`Agree a rating for ${ids.at(-1)}`, 'The learner has not signed', 'The employer has not signed', 'The provider has not signed']);
    (summary.querySelector('a') as HTMLAnchorElement).click();
    await el.updateComplete;
    expect(h.root.activeElement).to.equal(h.select('K1'));
    await expect(el).to.be.accessible();
    h.button('Use the learner’s ratings where the parties agree')!.click();
    await el.updateComplete;
    await h.agree('K1', '2');
    await h.agree('K2', '3');
    expect([...h.root.querySelectorAll('[part="error-summary"] a')].map(text)).to.deep.equal([
      'Give a reason for the agreed rating of K1',
      'Give a reason for the agreed rating of K2',
      'The learner has not signed',
      'The employer has not signed',
      'The provider has not signed',
    ]);
    await h.giveReason('K1', 'Agreed at the review meeting.');
    await h.giveReason('K2', 'Seen at work.');
    await h.sign('learner', 'Jo Bloggs');
    await h.sign('employer', 'Sam Patel');
    await h.sign('provider', 'Alex Jones', 'Skills coach');
    expect(el.checkValidity()).to.equal(true);
    expect(h.root.querySelector('[part="error-summary"]')).to.equal(null);
    const submitted = submitOf(el);
    expect(el.submit()).to.equal(true);
    const { review } = (await submitted).detail;
    expect(review.submitted).to.be.a('string');
    expect((await verifyIntegrity(review)).status).to.equal('intact');
    expect(review.sources.every((s) => s.submitted)).to.equal(true);
    await el.updateComplete;
    expect(text(h.root.querySelector('.record'))).to.contain(review.integrity!.digest);
    expect(text(h.root.querySelector('.header [role="status"]'))).to.match(/^Review submitted/);
  });

  it('downloads the parties\' ratings as a spreadsheet, a row per party and item', async () => {
    const { el, h } = await reviewFixture(html`<ksb-review .framework=${st0958} .results=${threeParties()}></ksb-review>`);
    expect(h.button('Download the ratings (CSV)')).to.exist;
    const files = await catchDownloads(() => el.downloadCSV());
    expect(files.map((f) => f.name)).to.deep.equal([`${st0958.id}-ratings.csv`]);
    const text = files[0].text;
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).to.match(/^result,framework,version,subject,party/);
    expect(lines.length).to.equal(1 + 3 * ids.length);
    expect(lines.filter((l) => l.includes(',employer,')).length).to.equal(ids.length);
  });

  it('takes part in a form: the review is the value under its name', async () => {
    const form = document.createElement('form');
    const el = document.createElement('ksb-review');
    el.setAttribute('name', 'review');
    el.framework = st0958;
    el.results = threeParties();
    form.append(el);
    document.body.append(form);
    await el.updateComplete;
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('tr[data-item="K3"] select')!;
    select.value = '3';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const sent = JSON.parse(new FormData(form).get('review') as string) as Review;
    expect(sent.items[0]).to.include({ item: 'K3', agreed: 3 });
    form.remove();
  });

  it('resumes from value: the agreed ratings, reasons and sign-offs come back', async () => {
    const first = await reviewFixture(html`<ksb-review .framework=${st0958} .results=${threeParties()}></ksb-review>`);
    await first.h.agree('K1', '2');
    await first.h.giveReason('K1', 'Discussed.');
    await first.h.sign('employer', 'Sam Patel');
    const saved = JSON.stringify(first.el.currentReview);
    const { el, h } = await reviewFixture(html`<ksb-review .framework=${st0958} .results=${threeParties()} .value=${saved}></ksb-review>`);
    expect(h.select('K1').value).to.equal('2');
    expect(h.reason('K1')!.value).to.equal('Discussed.');
    expect(text(h.signoff('employer').querySelector('[part="signed"]'))).to.match(/^Signed by Sam Patel/);
    expect(el.currentReview!.started).to.equal(first.el.currentReview!.started);
  });

  it('keeps what the reviewer entered when results change, and says which party\'s ratings changed', async () => {
    const results = threeParties();
    const { el, h } = await reviewFixture(html`<ksb-review .framework=${st0958} .results=${results}></ksb-review>`);
    await h.agree('K1', '2');
    const draft = h.signoff('learner').querySelector<HTMLInputElement>('#signoff-learner-name')!;
    draft.value = 'Jo Blo';
    draft.dispatchEvent(new Event('input'));
    const employer = partyResult(st0958, 'employer', allRated(ids, 4));
    el.results = [results[0], { ...employer, updated: '2026-09-02T10:00:00Z' }, results[2]];
    await el.updateComplete;
    expect(h.select('K1').value).to.equal('2');
    expect(h.signoff('learner').querySelector<HTMLInputElement>('#signoff-learner-name')!.value).to.equal('Jo Blo');
    expect(h.cells('K3')[1]).to.equal('4 Independently');
    expect(text(h.root.querySelector('[part="notice"]'))).to.equal('The ratings of the employer have changed since this review recorded them: check the agreed ratings again.');
  });

  describe('bad input', () => {
    it('leaves out results for another version, a second result from one party and one that fails its digest, saying so', async () => {
      const stop = watchPageErrors();
      const [learner, employer, provider] = threeParties();
      const otherVersion = { ...employer, framework: { ...employer.framework, version: '9.9' } };
      const secondLearner = partyResult(st0958, 'learner', allRated(ids, 5));
      const tampered = { ...(await withIntegrity(provider)), subject: 'Someone else' };
      const el = document.createElement('ksb-review');
      const error = oneEvent(el, 'ksb-error');
      el.framework = st0958;
      el.results = [learner, otherVersion, secondLearner, tampered];
      document.body.append(el);
      const { detail } = await error;
      expect(detail.source).to.equal('results');
      expect(detail.problems.map((p: { path: string }) => p.path)).to.deep.equal(['$[1]', '$[2]', '$[3]']);
      await el.updateComplete;
      const panel = text(el.shadowRoot!.querySelector('[part="error"]'));
      expect(panel).to.contain('Some ratings cannot be reviewed');
      expect(panel).to.contain('Result 2:');
      expect(panel).to.contain('a second result from the learner');
      expect(panel).to.contain('it no longer matches its digest');
      // Only the learner's result is shown: nothing was merged.
      const heads = [...el.shadowRoot!.querySelector('table.comparison thead')!.querySelectorAll('th')].map(text);
      expect(heads).to.deep.equal(['Item', 'Learner', 'Difference', 'Agreed rating']);
      await expect(el).to.be.accessible();
      expect(stop()).to.deep.equal([]);
      el.remove();
    });

    it('results given as JSON text are read once: one ksb-error for a bad entry, however often the review renders', async () => {
      const [learner, employer] = threeParties();
      const stale = { ...employer, framework: { ...employer.framework, version: '9.9' } };
      const el = document.createElement('ksb-review');
      const sources: string[] = [];
      el.addEventListener('ksb-error', (e) => sources.push(e.detail.source));
      el.framework = st0958;
      el.results = JSON.stringify([learner, stale]);
      document.body.append(el);
      await el.updateComplete;
      for (const item of ['K3', 'K4', 'K5']) {
        const select = el.shadowRoot!.querySelector<HTMLSelectElement>(`tr[data-item="${item}"] select`)!;
        select.value = '3';
        select.dispatchEvent(new Event('change'));
        await el.updateComplete;
      }
      expect(sources).to.deep.equal(['results']);
      expect(el.currentReview!.items.length).to.equal(3);
      el.remove();
    });

    it('an intact submitted result is reviewed, and its digest recorded in the sources', async () => {
      const [learner, employer] = threeParties();
      const signed = await withIntegrity(employer);
      const { el } = await reviewFixture(html`<ksb-review .framework=${st0958} .results=${[learner, signed]}></ksb-review>`);
      expect(el.currentReview!.sources.find((s) => s.party === 'employer')!.digest).to.equal(signed.integrity.digest);
    });

    it('refuses a value for another framework (source value), keeping the review in progress', async () => {
      const { el, h } = await reviewFixture(html`<ksb-review .framework=${st0958} .results=${threeParties()}></ksb-review>`);
      await h.agree('K1', '2');
      const stale = { ...el.currentReview!, framework: { id: 'st0001', version: '1' } };
      const error = oneEvent(el, 'ksb-error');
      el.value = stale;
      const { detail } = await error;
      expect(detail.source).to.equal('value');
      await el.updateComplete;
      expect(text(h.root.querySelector('[part="error"] h2'))).to.equal('The saved review cannot be used');
      expect(h.select('K1').value).to.equal('2');
      await expect(el).to.be.accessible();
    });

    it('shows "no ratings" for no results and an error for results that are not an array', async () => {
      const { el, h } = await reviewFixture(html`<ksb-review .framework=${st0958}></ksb-review>`);
      expect(text(h.root.querySelector('[role="status"]'))).to.equal('No ratings have been given to review yet.');
      await expect(el).to.be.accessible();
      const error = oneEvent(el, 'ksb-error');
      el.setAttribute('results', '{"not": "a list"}');
      expect((await error).detail.problems[0].message).to.contain('must be an array');
    });

    it('renders hostile strings in results and declarations as text', async () => {
      const results = threeParties();
      const hostile = { ...results[1], rater: '<img src=x onerror=alert(1)>' };
      const { h } = await reviewFixture(html`<ksb-review .framework=${st0958} .results=${[results[0], hostile]} .declarations=${{ learner: '<script>alert(1)</script>' }}></ksb-review>`);
      expect(h.root.querySelector('img, script')).to.equal(null);
      expect(text(h.root.querySelector('.sources'))).to.contain('<img src=x onerror=alert(1)>');
    });
  });

  it('is a record without controls when readonly', async () => {
    const first = await reviewFixture(html`<ksb-review .framework=${st0958} .results=${threeParties()}></ksb-review>`);
    await first.h.agree('K1', '2');
    await first.h.giveReason('K1', 'Discussed.');
    await first.h.sign('provider', 'Alex Jones');
    const { el, h } = await reviewFixture(html`<ksb-review .framework=${st0958} .results=${threeParties()} .value=${first.el.currentReview} readonly></ksb-review>`);
    expect(h.root.querySelectorAll('select, input[type="text"], #submit, .quick').length).to.equal(0);
    expect(h.cells('K1')[4]).to.equal('2 Aware Reason: Discussed.');
    expect(text(h.signoff('learner'))).to.contain('The learner has not signed');
    expect(text(h.root.querySelector('.header'))).to.contain('This review can be read but not changed.');
    await expect(el).to.be.accessible();
  });

  it('speaks Welsh with lang="cy", declarations included', async () => {
    const { el, h } = await reviewFixture(html`<ksb-review lang="cy" .framework=${st0958} .results=${threeParties()}></ksb-review>`);
    expect(text(h.root.querySelector('h2'))).to.equal('Adolygiad asesiad cychwynnol: Jo');
    expect(h.cells('K1')[3]).to.equal('⚠ Trafod: 2 pwynt ar wahân');
    // The parties' ratings under the built-in scale's Welsh labels.
    expect(h.cells('K1').slice(0, 3)).to.deep.equal(['1 Ddim eto', '3 Gyda chymorth', '2 Yn ymwybodol']);
    expect(text(h.signoff('employer').querySelector('.declaration'))).to.match(/^Datganiad: Rwy’n cadarnhau/);
    await expect(el).to.be.accessible();
  });
});
