import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import '../../src/elements/ksb-framework/ksb-framework.js';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';
import type { DreyfusRater } from '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { KsbFrameworkProvider } from '../../src/elements/ksb-framework/ksb-framework.js';
import { miniStandard } from '../harness/frameworks.js';
import { RaterHarness } from '../harness/rater-harness.js';
import { ScanHarness, scanFixture } from '../harness/scan-harness.js';
import { eventLog, fixtureUrl, missingUrl, textOf, watchPageErrors } from './helpers.js';

/** A scan of the mini standard with K1 answered, on the Skills step, with focus on S1's "Aware" radio. */
async function answeredScan() {
  const { el, h } = await scanFixture(html`<skills-scan .framework=${miniStandard()}></skills-scan>`);
  await h.answer('K1', 'Aware');
  await h.press('Next');
  await h.answer('S1', 'Independently');
  const radio = h.radio('S1', 'Aware');
  radio.focus();
  return { el, h, radio };
}

async function loadedFrom(url: string): Promise<{ el: SkillsScan; h: ScanHarness }> {
  const el = document.createElement('skills-scan');
  const loaded = oneEvent(el, 'ksb-load');
  el.src = url;
  document.body.append(el);
  await loaded;
  await elementUpdated(el);
  return { el, h: new ScanHarness(el) };
}

describe('answers survive', () => {
  describe('the framework replaced by an equal object', () => {
    it('keeps the answers, the step and the focused control of a scan, and fires nothing', async () => {
      const { el, h, radio } = await answeredScan();
      const before = el.currentResult;
      const log = eventLog(el);
      el.framework = miniStandard();
      await elementUpdated(el);
      el.framework = JSON.stringify(miniStandard());
      await elementUpdated(el);
      expect(h.sectionTitle()).to.include('Skills');
      expect(h.checked('S1')).to.equal('Independently');
      expect(el.shadowRoot!.activeElement).to.equal(radio);
      expect(radio.isConnected).to.be.true;
      expect(el.currentResult).to.deep.equal(before);
      expect(log.all.map((e) => e.type)).to.deep.equal([]);
      log.stop();
    });

    it('keeps a rater\'s ratings, notes and the focused note field', async () => {
      const el = await fixture<DreyfusRater>(html`<dreyfus-rater competencies="K1 S1" .framework=${miniStandard()}></dreyfus-rater>`);
      const h = new RaterHarness(el);
      await h.rate('K1', 3);
      await h.writeNote('S1', 'Seen on the ward');
      h.note('S1').focus();
      el.framework = miniStandard();
      await elementUpdated(el);
      expect(h.checked('K1')).to.equal(3);
      expect(h.note('S1').value).to.equal('Seen on the ward');
      expect(el.shadowRoot!.activeElement).to.equal(h.note('S1'));
    });

    it('keeps them when src changes to another URL serving the same framework, showing the form while it loads', async () => {
      const { el, h } = await loadedFrom(fixtureUrl('mini.json'));
      await h.answer('K1', 'Confidently');
      const log = eventLog(el);
      const loaded = oneEvent(el, 'ksb-load');
      el.src = `${fixtureUrl('mini.json')}?again`;
      await elementUpdated(el);
      expect(h.checked('K1')).to.equal('Confidently');
      expect(textOf(el.shadowRoot!.querySelector('[role="status"]'))).to.include('Loading the framework');
      await loaded;
      await elementUpdated(el);
      expect(h.checked('K1')).to.equal('Confidently');
      expect(el.shadowRoot!.textContent).not.to.include('Loading the framework');
      expect(log.count('ksb-load')).to.equal(1);
      expect(log.count('ksb-change')).to.equal(0);
      log.stop();
      el.remove();
    });
  });

  describe('the element moved in the DOM', () => {
    it('keeps the answers across containers and back, with no ksb-load or ksb-change', async () => {
      const page = await fixture<HTMLDivElement>(html`<div><section id="a"></section><section id="b"><article></article></section></div>`);
      const [a, b] = [page.querySelector('#a')!, page.querySelector('article')!];
      const el = document.createElement('skills-scan');
      el.framework = miniStandard();
      a.append(el);
      await elementUpdated(el);
      const h = new ScanHarness(el);
      await h.answer('K1', 'Aware');
      await h.answer('K2', 'Not sure');
      const before = el.currentResult;
      const log = eventLog(el);
      for (const target of [b, a, b, document.body, a]) {
        target.append(el);
        await elementUpdated(el);
        expect(h.checked('K1')).to.equal('Aware');
      }
      expect(h.checked('K2')).to.equal('Not sure');
      expect(el.currentResult).to.equal(before);
      expect(log.all.map((e) => e.type)).to.deep.equal([]);
      log.stop();
    });

    it('does not fetch src again when moved after loading; restarts a fetch cut short by a move, loading once', async () => {
      const { el, h } = await loadedFrom(fixtureUrl('mini.json'));
      await h.answer('K2', 'With support');
      const log = eventLog(el);
      const holder = document.createElement('div');
      document.body.append(holder);
      holder.append(el);
      await elementUpdated(el);
      document.body.append(el);
      await elementUpdated(el);
      await new Promise((r) => setTimeout(r, 100));
      expect(log.all.map((e) => e.type)).to.deep.equal([]);
      expect(h.checked('K2')).to.equal('With support');

      // Moved while a new src is loading: the fetch is aborted and started again, and loads once.
      el.src = `${fixtureUrl('mini.json')}?moved`;
      await elementUpdated(el);
      holder.append(el);
      await waitUntil(() => log.count('ksb-load') === 1, 'the reload never finished', { timeout: 4000 });
      await new Promise((r) => setTimeout(r, 100));
      expect(log.count('ksb-load')).to.equal(1);
      expect(log.count('ksb-change')).to.equal(0);
      expect(h.checked('K2')).to.equal('With support');
      log.stop();
      el.remove();
      holder.remove();
    });

    it('keeps the answers when moved between two providers of the same framework, and back', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <ksb-framework id="one" src=${fixtureUrl('mini.json')}><skills-scan></skills-scan></ksb-framework>
        <ksb-framework id="two" src=${`${fixtureUrl('mini.json')}?two`}></ksb-framework>
      </div>`);
      const [one, two] = [...page.querySelectorAll<KsbFrameworkProvider>('ksb-framework')];
      const el = one.querySelector('skills-scan')!;
      await waitUntil(() => el.shadowRoot!.querySelector('#progress-text') && two.currentFrameworkData, 'providers never loaded', { timeout: 4000 });
      const h = new ScanHarness(el);
      await h.answer('K2', 'Confidently');
      const log = eventLog(el);
      two.append(el);
      await elementUpdated(el);
      expect(el.currentFrameworkData).to.equal(two.currentFrameworkData);
      expect(h.checked('K2')).to.equal('Confidently');
      one.append(el);
      await elementUpdated(el);
      expect(el.currentFrameworkData).to.equal(one.currentFrameworkData);
      expect(h.checked('K2')).to.equal('Confidently');
      expect(log.all.map((e) => e.type)).to.deep.equal([]);
      log.stop();
    });
  });

  describe('lang changes', () => {
    const pageLang = document.documentElement.lang;
    afterEach(() => {
      document.documentElement.lang = pageLang;
    });

    it('relabels in Welsh and back when lang changes on the element, on <html> and on a container, keeping the answers', async () => {
      const page = await fixture<HTMLDivElement>(html`<div><skills-scan .framework=${miniStandard()}></skills-scan></div>`);
      const el = page.querySelector('skills-scan')!;
      await elementUpdated(el);
      const h = new ScanHarness(el);
      await h.answer('K1', 'Aware');
      const log = eventLog(el);
      const welsh = () => h.progressText() === '1 o 3 wedi’u hateb';
      const english = () => h.progressText() === '1 of 3 answered';

      el.setAttribute('lang', 'cy');
      await waitUntil(welsh, 'lang on the element was not followed');
      expect(h.button('Nesaf')).to.exist;
      el.removeAttribute('lang');
      await waitUntil(english, 'removing lang from the element was not followed');

      document.documentElement.lang = 'cy';
      await waitUntil(welsh, 'lang on <html> was not followed');
      document.documentElement.lang = 'en-GB';
      await waitUntil(english, 'lang on <html> back to English was not followed');

      page.setAttribute('lang', 'cy-GB');
      await waitUntil(welsh, 'lang on a container was not followed');
      await expect(el).to.be.accessible();
      page.removeAttribute('lang');
      await waitUntil(english, 'lang removed from the container was not followed');

      // Moved into a Welsh container: relabelled on arrival.
      const welshBox = document.createElement('div');
      welshBox.lang = 'cy';
      page.append(welshBox);
      welshBox.append(el);
      await waitUntil(welsh, 'a move under lang="cy" was not followed');

      // The same answer, its label now the built-in scale's Welsh.
      expect(h.checked('K1')).to.equal('Yn ymwybodol');
      expect(log.all.map((e) => e.type)).to.deep.equal([]);
      log.stop();
    });

    it('relabels a rater too, keeping its ratings', async () => {
      const el = await fixture<DreyfusRater>(html`<dreyfus-rater competencies="K1 S1" .framework=${miniStandard()}></dreyfus-rater>`);
      const h = new RaterHarness(el);
      await h.rate('S1', 4);
      const english = h.progressText();
      document.documentElement.lang = 'cy';
      await waitUntil(() => h.progressText() !== english, 'the rater did not follow lang on <html>');
      expect(h.checked('S1')).to.equal(4);
      await expect(el).to.be.accessible();
    });
  });

  describe('a failed src reload', () => {
    it('keeps showing the last good framework and the answers, with a notice and ksb-error, until src is good again', async () => {
      const stop = watchPageErrors();
      const good = fixtureUrl('mini.json');
      const { el, h } = await loadedFrom(good);
      await h.answer('K1', 'Aware');
      await h.answer('K2', 'Not sure');
      await h.press('Next');
      await h.answer('S1', 'Confidently');
      const before = el.currentResult;
      const log = eventLog(el);

      let failed = oneEvent(el, 'ksb-error');
      el.src = missingUrl;
      let { detail } = await failed;
      await elementUpdated(el);
      expect(detail.source).to.equal('src');
      expect(detail.problems[0].message).to.include('404');
      let notice = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(textOf(notice)).to.include('The framework could not be reloaded');
      expect(textOf(notice)).to.include('Your answers are kept');
      expect(textOf(notice)).to.include('404');
      expect(h.sectionTitle()).to.include('Skills');
      expect(h.checked('S1')).to.equal('Confidently');
      await expect(el).to.be.accessible();

      failed = oneEvent(el, 'ksb-error');
      el.src = fixtureUrl('broken.json');
      ({ detail } = await failed);
      await elementUpdated(el);
      expect(detail.source).to.equal('src');
      notice = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(textOf(notice)).to.include('The framework could not be reloaded');
      expect(textOf(notice)).not.to.include('404');
      expect(h.checked('S1')).to.equal('Confidently');

      // Answering while the notice shows still works and is kept.
      await h.answer('S1', 'With support');
      const edited = el.currentResult!;
      expect(edited.responses.map((r) => [r.item, r.value])).to.deep.equal([['K1', 2], ['K2', null], ['S1', 3]]);

      const loaded = oneEvent(el, 'ksb-load');
      el.src = good;
      await loaded;
      await elementUpdated(el);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(el.currentResult).to.equal(edited);
      expect(edited.started).to.equal(before!.started);
      expect(h.checked('S1')).to.equal('With support');
      expect(log.count('ksb-error')).to.equal(2);
      expect(log.count('ksb-load')).to.equal(1);
      log.stop();
      expect(stop()).to.deep.equal([]);
      el.remove();
    });

    it('brings the answers back when a broken framework object or profile is replaced by a good one', async () => {
      const { el, h } = await scanFixture(html`<skills-scan .framework=${miniStandard()}></skills-scan>`);
      await h.answer('K2', 'Independently');
      const before = el.currentResult;
      el.framework = { format: 'ksb-framework/1', title: 'No id' };
      await elementUpdated(el);
      expect(textOf(el.shadowRoot!.querySelector('[role="alert"]'))).to.include('This framework cannot be shown');
      el.framework = miniStandard();
      await elementUpdated(el);
      expect(h.checked('K2')).to.equal('Independently');
      el.profile = { format: 'ksb-profile/1', framework: { id: 'mini', version: '2' }, title: 'Bad', items: ['NOPE'] };
      await elementUpdated(el);
      expect(el.shadowRoot!.querySelector('fieldset')).to.equal(null);
      el.profile = undefined;
      await elementUpdated(el);
      expect(h.checked('K2')).to.equal('Independently');
      expect(el.currentResult).to.deep.equal(before);
    });
  });
});
