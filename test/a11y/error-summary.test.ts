import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';
import type { DreyfusRater } from '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import { miniStandard } from '../harness/frameworks.js';
import { ScanHarness } from '../harness/scan-harness.js';
import { RaterHarness } from '../harness/rater-harness.js';
import { clean, deepActive, describedBy, settle, twoCompetencies } from './a11y-helpers.js';


/** The error summary: its heading and link texts. */
function summaryOf(root: ShadowRoot): { heading: string; links: string[] } | undefined {
  const box = root.querySelector<HTMLElement>('[part="error-summary"]');
  if (!box) return undefined;
  return { heading: clean(box.querySelector('h2')!.textContent), links: [...box.querySelectorAll('a')].map((a) => clean(a.textContent)) };
}

function summaryLink(root: ShadowRoot, text: string): HTMLAnchorElement {
  const a = [...root.querySelectorAll<HTMLAnchorElement>('[part="error-summary"] a')].find((x) => clean(x.textContent) === text);
  if (!a) throw new Error(`No error summary link "${text}"`);
  return a;
}

describe('error summary after a failed submit', () => {
  describe('<skills-scan required>', () => {
    it('shows nothing before a submit attempt', async () => {
      const el = await fixture<SkillsScan>(html`<skills-scan required .framework=${miniStandard()}></skills-scan>`);
      await settle(el);
      expect(summaryOf(el.shadowRoot!)).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('[aria-invalid]')).to.equal(null);
      // checkValidity is a quiet check: it shows no errors either.
      expect(el.checkValidity()).to.be.false;
      await settle(el);
      expect(summaryOf(el.shadowRoot!)).to.equal(undefined);
    });

    it('its own Submit: a focused summary links to each unanswered question; Enter on a link switches section and focuses the first option', async () => {
      const el = await fixture<SkillsScan>(html`<skills-scan required .framework=${miniStandard()}></skills-scan>`);
      const h = new ScanHarness(el);
      await settle(el);
      await h.answer('K2', 'Aware');
      await h.press('Next');
      await h.press('Review answers');
      let submitted = 0;
      el.addEventListener('ksb-submit', () => submitted++);
      await h.press('Submit');
      await settle(el);
      expect(submitted).to.equal(0);
      const root = el.shadowRoot!;
      expect(summaryOf(root)).to.deep.equal({ heading: 'There is a problem', links: ['Choose an answer for K1', 'Choose an answer for S1'] });
      const box = root.querySelector<HTMLElement>('[part="error-summary"]')!;
      // At the top of the element, focused, and named by its heading.
      expect(root.firstElementChild === box || box.compareDocumentPosition(root.querySelector('[part="header"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
      expect(deepActive()).to.equal(box);
      expect(box.getAttribute('tabindex')).to.equal('-1');
      expect(root.getElementById(box.getAttribute('aria-labelledby')!)!.textContent).to.equal('There is a problem');

      // Keyboard: Tab to the second link (S1, in the Skills section) and press Enter.
      const link = summaryLink(root, 'Choose an answer for S1');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(link);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(h.sectionTitle()).to.include('Skills');
      expect(deepActive()).to.equal(h.radio('S1', 'Not yet'));
      expect(location.hash).to.equal('');

      // The inline error, tied to the fieldset and every radio, with aria-invalid.
      const q = h.question('S1');
      expect(q.classList.contains('invalid')).to.be.true;
      expect(describedBy(root, q)).to.deep.equal(['Error: Choose an answer for S1']);
      for (const radio of q.querySelectorAll('input[type=radio]')) {
        expect(radio.getAttribute('aria-invalid')).to.equal('true');
        expect(describedBy(root, radio)[0]).to.equal('Error: Choose an answer for S1');
      }

      // Answering removes that question's error and its link; the others stay.
      await sendKeys({ type: ' ' });
      await settle(el);
      expect(q.querySelector('[aria-invalid]')).to.equal(null);
      expect(q.getAttribute('aria-describedby')).to.equal(null);
      expect(summaryOf(root)!.links).to.deep.equal(['Choose an answer for K1']);
      expect(deepActive()).to.equal(h.radio('S1', 'Not yet'));

      // A click on a link works the same way, back to the Knowledge section.
      summaryLink(root, 'Choose an answer for K1').click();
      await settle(el);
      expect(h.sectionTitle()).to.include('Knowledge');
      expect(deepActive()).to.equal(h.radio('K1', 'Not yet'));
      await h.answer('K1', 'Confidently');
      expect(summaryOf(root)).to.equal(undefined);
      const ok = oneEvent(el, 'ksb-submit');
      expect(el.submit()).to.be.true;
      await ok;
      expect(submitted).to.equal(1);
    });

    it('the enclosing form’s submit: the summary replaces the browser bubble and the form is not sent', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form @submit=${(e: Event) => e.preventDefault()}><skills-scan name="scan" required mode="all" .framework=${miniStandard()}></skills-scan><button>Send</button></form>`,
      );
      const el = form.querySelector('skills-scan')!;
      await settle(el);
      let sent = 0;
      form.addEventListener('submit', () => sent++);
      form.querySelector('button')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(sent).to.equal(0);
      const root = el.shadowRoot!;
      expect(summaryOf(root)!.links).to.deep.equal(['Choose an answer for K1', 'Choose an answer for K2', 'Choose an answer for S1']);
      expect(deepActive()).to.equal(root.querySelector('[part="error-summary"]'));
      expect(root.querySelectorAll('.error-message')).to.have.length(3);
      // reportValidity() from script shows it too; a form reset clears it.
      form.reset();
      await settle(el);
      expect(summaryOf(root)).to.equal(undefined);
      expect(el.reportValidity()).to.be.false;
      await settle(el);
      expect(summaryOf(root)!.links).to.have.length(3);
    });

    it('is in Welsh with lang="cy"', async () => {
      const el = await fixture<SkillsScan>(html`<skills-scan lang="cy" required mode="all" .framework=${miniStandard()}></skills-scan>`);
      await settle(el);
      el.reportValidity();
      await settle(el);
      expect(summaryOf(el.shadowRoot!)).to.deep.equal({
        heading: 'Mae problem wedi codi',
        links: ['Dewiswch ateb ar gyfer K1', 'Dewiswch ateb ar gyfer K2', 'Dewiswch ateb ar gyfer S1'],
      });
      expect(clean(el.shadowRoot!.querySelector('.error-message')!.textContent)).to.equal('Gwall: Dewiswch ateb ar gyfer K1');
    });

    it('passes axe with the summary and inline errors shown', async () => {
      const el = await fixture<SkillsScan>(html`<skills-scan required .framework=${miniStandard()}></skills-scan>`);
      await settle(el);
      el.reportValidity();
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part="error-summary"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('<dreyfus-rater required>', () => {
    it('its own Submit: a focused summary; each link focuses the competency’s first level; inline errors', async () => {
      const el = await fixture<DreyfusRater>(html`<dreyfus-rater required .framework=${twoCompetencies()}></dreyfus-rater>`);
      const h = new RaterHarness(el);
      await settle(el);
      await h.rate('A', 4);
      let submitted = 0;
      el.addEventListener('ksb-submit', () => submitted++);
      await h.press('Submit ratings');
      await settle(el);
      expect(submitted).to.equal(0);
      const root = el.shadowRoot!;
      expect(summaryOf(root)).to.deep.equal({ heading: 'There is a problem', links: ['Choose a rating for C2'] });
      expect(deepActive()).to.equal(root.querySelector('[part="error-summary"]'));
      const b = h.competency('B');
      expect(describedBy(root, b)).to.deep.equal(['Error: Choose a rating for C2']);
      expect(h.competency('A').querySelector('[aria-invalid]')).to.equal(null);
      for (const radio of b.querySelectorAll('input[type=radio]')) expect(radio.getAttribute('aria-invalid')).to.equal('true');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(deepActive()).to.equal(h.radio('B', 0));
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(summaryOf(root)).to.equal(undefined);
      expect(b.querySelector('[aria-invalid]')).to.equal(null);
      const ok = oneEvent(el, 'ksb-submit');
      await h.press('Submit ratings');
      expect((await ok).detail.result.responses.map((r: { item: string; value: number }) => [r.item, r.value])).to.deep.equal([
        ['A', 4],
        ['B', 1],
      ]);
    });

    it('the enclosing form’s submit shows it; Welsh strings; axe passes', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form lang="cy" @submit=${(e: Event) => e.preventDefault()}><dreyfus-rater name="r" required .framework=${twoCompetencies()}></dreyfus-rater><button>Anfon</button></form>`,
      );
      const el = form.querySelector('dreyfus-rater')!;
      await settle(el);
      let sent = 0;
      form.addEventListener('submit', () => sent++);
      form.requestSubmit();
      await settle(el);
      expect(sent).to.equal(0);
      expect(summaryOf(el.shadowRoot!)).to.deep.equal({
        heading: 'Mae problem wedi codi',
        links: ['Dewiswch sgôr ar gyfer C1', 'Dewiswch sgôr ar gyfer C2'],
      });
      expect(deepActive()).to.equal(el.shadowRoot!.querySelector('[part="error-summary"]'));
      await expect(el).to.be.accessible();
    });
  });

  describe('framework error panels', () => {
    it('are alerts that can take focus, and take it when they replace the control that had it', async () => {
      const el = await fixture<SkillsScan>(html`<skills-scan mode="all" .framework=${miniStandard()}></skills-scan>`);
      await settle(el);
      const h = new ScanHarness(el);
      h.radio('K1', 'Aware').focus();
      el.framework = { format: 'ksb-framework/1', items: [] };
      await settle(el);
      const panel = el.shadowRoot!.querySelector<HTMLElement>('[part="error"]')!;
      expect(panel.getAttribute('role')).to.equal('alert');
      expect(panel.getAttribute('tabindex')).to.equal('-1');
      expect(deepActive()).to.equal(panel);
      await expect(el).to.be.accessible();
    });

    it('do not take focus from the page when they appear on their own', async () => {
      const outside = await fixture<HTMLInputElement>(html`<input aria-label="elsewhere" />`);
      outside.focus();
      const el = document.createElement('dreyfus-rater');
      el.setAttribute('framework', '{"format":"ksb-framework/1"}');
      document.body.append(el);
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
      expect(deepActive()).to.equal(outside);
      el.remove();
    });
  });
});
