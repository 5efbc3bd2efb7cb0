import { aTimeout, elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/ksb-framework/ksb-framework.js';
import type { KsbFrameworkProvider } from '../../src/elements/ksb-framework/ksb-framework.js';
import type { Framework } from '../../src/model/framework.js';
import type { Result } from '../../src/model/result.js';
import { bundled, bundledUrl, miniStandard } from '../harness/frameworks.js';
import { keyboardFrom } from '../harness/keyboard.js';
import { ScanHarness, scanFixture } from '../harness/scan-harness.js';
import { watchPageErrors } from '../harness/page-errors.js';


const scan = scanFixture;
const mini = miniStandard;

describe('<skills-scan>', () => {
  let st0958: Framework;
  before(async () => {
    st0958 = await bundled('st0958.json');
  });

  describe('on ST0958', () => {
    it('asks every KSB in sections by category, with the confidence scale and "not sure"', async () => {
      const { h } = await scan(html`<skills-scan .framework=${st0958}></skills-scan>`);
      expect(h.progressText()).to.equal('0 of 92 answered');
      expect(h.sectionTitle()).to.equal('Step 1 of 4 Knowledge');
      expect(h.questions()).to.have.length(42);
      expect(h.legend('K1')).to.equal(
        'K1 the wider social determinants of health and their impact on the physical, mental and emotional wellbeing of individuals, families and communities',
      );
      expect(h.optionLabels('K1')).to.deep.equal(['Not yet', 'Aware', 'With support', 'Independently', 'Confidently', 'Not sure']);
      const nav = [...h.root.querySelectorAll('nav .step-label')].map((x) => x.textContent);
      expect(nav).to.deep.equal(['Knowledge', 'Skills', 'Behaviours', 'Review answers']);
    });

    it('renders a long section in runs of 25 questions: an answer late in the section changes its own run, the counts, the chart and the unanswered list', async () => {
      const { el, h } = await scan(html`<skills-scan mode="all" .framework=${st0958}></skills-scan>`);
      const knowledge = h.root.querySelector('section.section')!;
      const runs = [...knowledge.querySelectorAll(':scope > .question-block')];
      expect(runs.map((r) => r.querySelectorAll(':scope > fieldset.question').length)).to.deep.equal([25, 17]);
      const before = [...runs[0].children];
      const k30 = h.question('K30');
      await h.answer('K30', 'Aware');
      expect(h.checked('K30')).to.equal('Aware');
      expect(h.question('K30')).to.equal(k30);
      // The first run's questions are the same nodes, in the same place.
      expect([...knowledge.querySelector('.question-block')!.children]).to.deep.equal(before);
      expect(h.progressText()).to.equal('1 of 92 answered');
      expect(knowledge.querySelector('.hint')!.textContent).to.equal('1 of 42 answered');
      expect(h.root.querySelector('svg[role="img"]')!.getAttribute('aria-label')).to.equal(
        'Ratings in Knowledge: Not yet: 0, Aware: 1, With support: 0, Independently: 0, Confidently: 0, Not sure: 0',
      );
      const shown = [...h.root.querySelectorAll<HTMLElement>('.unanswered [role=listitem]')].filter((li) => !li.hidden).map((li) => li.querySelector('button')!.textContent!.trim());
      expect(shown).to.have.length(91);
      expect(shown).not.to.include('Answer K30');
      expect(shown.slice(28, 30)).to.deep.equal(['Answer K29', 'Answer K31']);
      // Changing the answer again re-renders that run only, and the count stays.
      await h.answer('K30', 'Not sure');
      expect(h.checked('K30')).to.equal('Not sure');
      expect(h.progressText()).to.equal('1 of 92 answered');
      await elementUpdated(el);
    });

    it('an answer changes the DOM of its own run only, in the questions and in the summary’s list, whose entries stay one list', async () => {
      const { h } = await scan(html`<skills-scan mode="all" .framework=${st0958}></skills-scan>`);
      await waitUntil(() => h.root.querySelector('.unanswered'), 'the summary shows its list');
      const list = h.root.querySelector('.unanswered[role="list"]')!;
      const runs = [...list.querySelectorAll(':scope > .unanswered-run')];
      expect(runs).to.have.length(4);
      expect(list.querySelectorAll(':scope > .unanswered-run > [role="listitem"]')).to.have.length(92);
      const questionRuns = [...h.root.querySelectorAll('.question-block')];
      const touched = new Set<Element>();
      const observer = new MutationObserver((records) => {
        for (const r of records) {
          const node = r.target instanceof Element ? r.target : r.target.parentElement!;
          const run = node.closest('.unanswered-run, .question-block');
          if (run) touched.add(run);
        }
      });
      observer.observe(h.root, { subtree: true, childList: true, attributes: true, characterData: true });
      await h.answer('K30', 'Aware');
      await h.answer('K31', 'Confidently');
      observer.disconnect();
      // K30 and K31 are the 30th and 31st items: the second run of the list and of the knowledge
      // questions (whose radios change as properties, so that run may show no mutation at all).
      expect([...touched].filter((r) => runs.includes(r))).to.deep.equal([runs[1]]);
      expect([...touched].filter((r) => questionRuns.includes(r) && r !== questionRuns[1])).to.deep.equal([]);
      expect((runs[1].children[4] as HTMLElement).hidden).to.equal(true);
      expect((runs[1].children[5] as HTMLElement).hidden).to.equal(true);
      expect(runs[1].children[6].checkVisibility()).to.equal(true);
      await expect(h.el).to.be.accessible();
    });

    it('moves by Tab from the last question of one run to the first of the next', async () => {
      const { el, h } = await scan(html`<skills-scan .framework=${st0958}></skills-scan>`);
      h.radio('K25', 'Aware').focus();
      await sendKeys({ press: 'Tab' }); // K25's "Add a note"
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLInputElement;
      expect(active.closest('fieldset')!.dataset.item).to.equal(h.question('K26').dataset.item);
      expect(active.type).to.equal('radio');
    });

    it('explains the scale once per section, and each option is described by its entry', async () => {
      const { el, h } = await scan(html`<skills-scan .framework=${st0958}></skills-scan>`);
      const key = [...h.root.querySelectorAll('.scale-key dt')].map((dt) => dt.textContent!.trim());
      expect(key).to.deep.equal(['Not yet', 'Aware', 'With support', 'Independently', 'Confidently', 'Not sure']);
      const description = (input: HTMLInputElement) => el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!.textContent!.trim();
      expect(description(h.radio('K7', 'With support'))).to.equal('I can do this with guidance or supervision.');
      expect(description(h.radio('K7', 'Not sure'))).to.equal('Skip for now, or ask your tutor.');
      expect(h.radio('K7', 'With support').labels![0].textContent!.trim()).to.equal('With support');
    });

    it('groups by duty when asked, one section per duty with its KSBs', async () => {
      const { h } = await scan(html`<skills-scan .framework=${st0958} group-by="duty"></skills-scan>`);
      const nav = [...h.root.querySelectorAll('nav .step-label')].map((x) => x.textContent!);
      expect(nav).to.have.length(11);
      expect(nav[0]).to.match(/^Duty 1: /);
      // Duty 1 requires 9 KSBs in the source.
      expect(h.questions()).to.have.length(9);
    });

    it('completes the whole scan by keyboard alone and submits every answer', async function () {
      this.timeout(120000);
      const { el, h } = await scan(html`<skills-scan .framework=${st0958}></skills-scan>`);
      const expected = new Map<string, number>();
      const labels = ['Not yet', 'Aware', 'With support', 'Independently', 'Confidently'];
      // Start before the element: the first Tab reaches the section list.
      const { active, tabTo, done } = keyboardFrom(el);
      for (let section = 0; section < 3; section++) {
        for (const q of h.questions()) {
          const item = q.dataset.item!;
          await tabTo((a) => a.matches('input[type=radio]') && !!a.closest(`fieldset[data-item="${item}"]`));
          // Space chooses the focused (first) option; each arrow moves one option on and chooses it.
          const moves = [...item].reduce((n, c) => n + c.charCodeAt(0), 0) % 5;
          await sendKeys({ type: ' ' });
          for (let m = 0; m < moves; m++) await sendKeys({ press: 'ArrowDown' });
          expected.set(item, moves + 1);
        }
        await tabTo((a) => a.textContent!.trim() === (section === 2 ? 'Review answers' : 'Next'));
        await sendKeys({ press: 'Enter' });
        await elementUpdated(el);
        expect(active()?.id).to.equal(section === 2 ? 'summary-title' : `section-${section + 1}`);
      }
      expect(h.progressText()).to.equal('92 of 92 answered');
      expect(h.text()).to.include('Every item is answered.');
      const submitted = oneEvent(el, 'ksb-submit');
      await tabTo((a) => a.textContent!.trim() === 'Submit');
      await sendKeys({ press: 'Enter' });
      const { detail } = await submitted;
      expect(detail.result.responses).to.have.length(92);
      for (const r of detail.result.responses) expect(r.value, r.item).to.equal(expected.get(r.item));
      expect(detail.result.submitted).to.be.a('string');
      for (const item of ['K1', 'S44', 'B6']) expect(labels[expected.get(item)! - 1]).to.be.a('string');
      done();
    });
  });

  describe('events', () => {
    it('emits ksb-change with the whole result on every answer and note, bubbling and composed', async () => {
      const { el, h } = await scan(html`<skills-scan .framework=${mini()} subject="learner-42"></skills-scan>`);
      const seen: CustomEvent[] = [];
      document.body.addEventListener('ksb-change', (e) => seen.push(e as CustomEvent));
      await h.answer('K1', 'With support');
      await h.answer('K2', 'Not sure');
      await h.press('Add a note to K2');
      const textarea = h.question('K2').querySelector('textarea')!;
      expect(document.activeElement === el || true).to.be.true;
      textarea.value = 'Ask my mentor';
      textarea.dispatchEvent(new Event('input'));
      await elementUpdated(el);
      expect(seen).to.have.length(3);
      expect(seen.every((e) => e.bubbles && e.composed)).to.be.true;
      const result: Result = seen[2].detail.result;
      expect(seen[2].detail.item).to.equal('K2');
      expect(result.framework).to.deep.equal({ id: 'mini', version: '2', title: 'Mini standard' });
      expect(result.subject).to.equal('learner-42');
      expect(result.responses.map((r) => [r.item, r.value, r.note])).to.deep.equal([
        ['K1', 3, undefined],
        ['K2', null, 'Ask my mentor'],
      ]);
      // The detail is plain JSON: it survives a trip through JSON unchanged.
      expect(JSON.parse(JSON.stringify(result))).to.deep.equal(result);
    });
  });

  describe('resume', () => {
    it('restores every answer, note and the position from a stored result', async () => {
      const first = await scan(html`<skills-scan .framework=${st0958}></skills-scan>`);
      await first.h.answer('K3', 'Confidently');
      await first.h.answer('K40', 'Not sure');
      await first.h.press('Next');
      await first.h.answer('S2', 'Aware');
      await first.h.press('Add a note to S2');
      const textarea = first.h.question('S2').querySelector('textarea')!;
      textarea.value = 'Line one\nLine two, “quoted”';
      const changed = oneEvent(first.el, 'ksb-change');
      textarea.dispatchEvent(new Event('input'));
      const stored = JSON.stringify((await changed).detail.result);

      const second = await scan(html`<skills-scan .framework=${st0958} value=${stored}></skills-scan>`);
      expect(second.h.sectionTitle()).to.include('Skills');
      expect(second.h.checked('S2')).to.equal('Aware');
      expect(second.h.question('S2').querySelector('textarea')!.value).to.equal('Line one\nLine two, “quoted”');
      expect(second.h.progressText()).to.equal('3 of 92 answered');
      expect(second.el.currentResult).to.deep.equal(JSON.parse(stored));
      await second.h.press('Previous');
      expect(second.h.checked('K3')).to.equal('Confidently');
      expect(second.h.checked('K40')).to.equal('Not sure');
      expect(second.h.checked('K1')).to.equal(undefined);
    });

    it('shows earlier answers checked after going forward, answering and coming back', async () => {
      const { el, h } = await scan(html`<skills-scan .framework=${mini()}></skills-scan>`);
      await h.answer('K1', 'Aware');
      await h.answer('K2', 'Confidently');
      await h.press('Next');
      await h.answer('S1', 'Independently');
      await h.press('Previous');
      expect(h.checked('K1')).to.equal('Aware');
      expect(h.checked('K2')).to.equal('Confidently');
      await h.press('Next');
      expect(h.checked('S1')).to.equal('Independently');
      expect(el.currentResult!.responses.map((r) => r.item)).to.deep.equal(['K1', 'K2', 'S1']);
    });

    it('keeps answers when an equal framework object replaces the current one', async () => {
      const { el, h } = await scan(html`<skills-scan .framework=${mini()}></skills-scan>`);
      await h.answer('K1', 'Aware');
      el.framework = mini();
      await elementUpdated(el);
      expect(h.checked('K1')).to.equal('Aware');
    });

    it('does not silently apply a result for another version; shows what matches and lets the person choose', async () => {
      const old: Result = {
        format: 'ksb-result/1',
        framework: { id: 'mini', version: '1' },
        scale: 'confidence',
        started: '2025-01-01T00:00:00.000Z',
        updated: '2025-01-02T00:00:00.000Z',
        responses: [
          { item: 'K1', value: 4, scale: 'confidence', time: '2025-01-02T00:00:00.000Z' },
          { item: 'K9', value: 2, scale: 'confidence', time: '2025-01-02T00:00:00.000Z' },
        ],
      };
      const el = document.createElement('skills-scan');
      const error = oneEvent(el, 'ksb-error');
      el.framework = mini();
      el.value = old;
      document.body.append(el);
      const { detail } = await error;
      const h = new ScanHarness(el);
      await elementUpdated(el);
      expect(detail.source).to.equal('value');
      expect(detail.problems.map((p: { code: string }) => p.code)).to.deep.equal(['version-mismatch', 'unknown-id']);
      const notice = el.shadowRoot!.querySelector('[part="mismatch"]')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(notice.textContent!.replace(/\s+/g, ' ')).to.include('The saved answers were given for version 1; this is version 2.');
      expect(notice.textContent!.replace(/\s+/g, ' ')).to.include('1 answer matches an item in this framework; 1 does not.');
      expect(notice.textContent).to.include('K9');
      expect(h.checked('K1')).to.equal(undefined);
      const changed = oneEvent(el, 'ksb-change');
      await h.press('Use the matching answers');
      const r = (await changed).detail.result;
      expect(r.framework.version).to.equal('2');
      expect(r.responses.map((x: { item: string }) => x.item)).to.deep.equal(['K1']);
      expect(h.checked('K1')).to.equal('Independently');
      expect(el.shadowRoot!.querySelector('[part="mismatch"]')).to.equal(null);
      el.remove();
    });
  });

  describe('forms', () => {
    it('submits the result JSON with a plain form and blocks submission while required items are unanswered', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><skills-scan name="scan" required .framework=${mini()}></skills-scan></form>`);
      const el = form.querySelector('skills-scan')!;
      await elementUpdated(el);
      const h = new ScanHarness(el);
      expect(form.checkValidity()).to.be.false;
      expect(el.validationMessage).to.equal('Answer 3 more items before submitting.');
      await h.answer('K1', 'Aware');
      await h.answer('K2', 'Not sure');
      expect(el.validationMessage).to.equal('Answer 1 more item before submitting.');
      await h.press('Next');
      await h.answer('S1', 'Confidently');
      expect(form.checkValidity()).to.be.true;
      const posted = JSON.parse(new FormData(form).get('scan') as string) as Result;
      expect(posted.responses.map((r) => [r.item, r.value])).to.deep.equal([['K1', 2], ['K2', null], ['S1', 5]]);
      form.reset();
      await elementUpdated(el);
      expect(new FormData(form).get('scan')).to.equal(null);
      expect(form.checkValidity()).to.be.false;
    });

    it('refuses to submit from the summary while required items are missing', async () => {
      const { el, h } = await scan(html`<skills-scan required .framework=${mini()}></skills-scan>`);
      let submitted = 0;
      el.addEventListener('ksb-submit', () => submitted++);
      await h.press('Next');
      await h.press('Review answers');
      expect(h.text()).to.include('3 items not answered');
      expect(el.submit()).to.be.false;
      expect(submitted).to.equal(0);
    });
  });

  describe('summary', () => {
    it('lists unanswered items with links back to each, which focus the question', async () => {
      const { el, h } = await scan(html`<skills-scan .framework=${mini()}></skills-scan>`);
      await h.answer('K1', 'Confidently');
      await h.press('Next');
      await h.press('Review answers');
      expect(h.text()).to.include('2 items not answered');
      // Only the unanswered are shown (answered entries keep their place, hidden, so answering one changes one entry).
      const shown = () => [...h.root.querySelectorAll<HTMLElement>('.unanswered [role=listitem]')].filter((li) => li.checkVisibility()).map((li) => li.querySelector('button')!.textContent!.trim());
      expect(shown()).to.deep.equal(['Answer K2', 'Answer S1']);
      await h.press('Answer S1');
      await elementUpdated(el);
      expect(h.sectionTitle()).to.include('Skills');
      expect(el.shadowRoot!.activeElement).to.equal(h.radio('S1', 'Not yet'));
    });

    it('draws a chart per section with a text alternative', async () => {
      const { h } = await scan(html`<skills-scan mode="all" .framework=${mini()}></skills-scan>`);
      await h.answer('K1', 'Confidently');
      await h.answer('K2', 'Confidently');
      await h.answer('S1', 'Not sure');
      const charts = [...h.root.querySelectorAll('svg[role="img"]')];
      expect(charts.map((c) => c.getAttribute('aria-label'))).to.deep.equal([
        'Ratings in Knowledge: Not yet: 0, Aware: 0, With support: 0, Independently: 0, Confidently: 2, Not sure: 0',
        'Ratings in Skills: Not yet: 0, Aware: 0, With support: 0, Independently: 0, Confidently: 0, Not sure: 1',
      ]);
      expect(h.text()).to.include('Average rating 5');
    });

    it('shows the change since a baseline per section and per item', async () => {
      const baseline: Result = {
        format: 'ksb-result/1',
        framework: { id: 'mini', version: '2' },
        scale: 'confidence',
        started: '2026-01-10T00:00:00.000Z',
        updated: '2026-01-10T00:00:00.000Z',
        submitted: '2026-01-10T00:00:00.000Z',
        responses: [
          { item: 'K1', value: 1, scale: 'confidence', time: '2026-01-10T00:00:00.000Z' },
          { item: 'K2', value: 4, scale: 'confidence', time: '2026-01-10T00:00:00.000Z' },
        ],
      };
      const { h } = await scan(html`<skills-scan mode="all" .framework=${mini()} .baseline=${baseline}></skills-scan>`);
      await h.answer('K1', 'Independently');
      await h.answer('K2', 'Aware');
      await h.answer('S1', 'With support');
      expect(h.text()).to.include('Compared with the scan of 10 January 2026.');
      expect(h.text()).to.include('1 improved · 1 lower · 0 unchanged · 1 newly rated');
      const rows = [...h.root.querySelectorAll('.change-table tbody tr')].map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
      expect(rows).to.deep.equal(['Knowledge 2.5 3 +0.5', 'Skills – 3 –', 'K1 Not yet Independently +3', 'K2 Independently Aware −2', 'S1 – With support –']);
    });

    it('shows a prior-learning estimate, labelled an estimate, from the programme figures', async () => {
      const { h } = await scan(html`<skills-scan mode="all" .framework=${mini()} otj-hours="300" price="9000"></skills-scan>`);
      await h.answer('K1', 'Confidently');
      await h.answer('K2', 'Independently');
      await h.answer('S1', 'With support');
      const text = h.text();
      expect(text).to.include('This is an estimate from a self-assessment.');
      expect(text).to.include('Counts items rated “Independently” or higher.');
      expect(text).to.include('2 of 3 items rated at or above the threshold (66.7%).');
      expect(text).to.include('Off-the-job training: about 200 hours fewer, 100 hours remaining.');
      expect(text).to.include('Price: at least £3,000.00 lower, at most £6,000.00.');
    });
  });

  describe('input and errors', () => {
    it('loads from src with a loading state, then fires ksb-load', async () => {
      const el = document.createElement('skills-scan');
      el.src = bundledUrl('st0958.json');
      const loaded = oneEvent(el, 'ksb-load');
      document.body.append(el);
      await elementUpdated(el);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.include('Loading the framework');
      expect((await loaded).detail).to.deep.equal({ id: 'st0958', version: '1', title: 'Community health and wellbeing worker', warnings: [] });
      await elementUpdated(el);
      expect(new ScanHarness(el).progressText()).to.equal('0 of 92 answered');
      el.remove();
    });

    it('shows an error naming unknown ids in items, fires ksb-error once, and recovers when items is fixed', async () => {
      const errors: CustomEvent[] = [];
      const wrapper = await fixture<HTMLDivElement>(html`<div @ksb-error=${(e: CustomEvent) => errors.push(e)}></div>`);
      const el = document.createElement('skills-scan');
      el.framework = mini();
      el.items = 'K1 K99 S9';
      wrapper.append(el);
      await elementUpdated(el);
      await elementUpdated(el);
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.include('"K99", "S9"');
      expect(el.shadowRoot!.querySelectorAll('fieldset.question')).to.have.length(0);
      expect(errors.map((e) => e.detail.source)).to.deep.equal(['selection']);
      expect(errors[0].detail.problems[0].code).to.equal('unknown-id');
      await expect(el).to.be.accessible();
      el.requestUpdate();
      await elementUpdated(el);
      expect(errors).to.have.length(1);
      el.items = 'K1 S1';
      await elementUpdated(el);
      const h = new ScanHarness(el);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(h.progressText()).to.equal('0 of 2 answered');
      expect(errors).to.have.length(1);
    });

    it('shows an accessible error and fires ksb-error when src fails', async () => {
      const el = document.createElement('skills-scan');
      el.src = new URL('/no/such/framework.json', location.href).href;
      const failed = oneEvent(el, 'ksb-error');
      document.body.append(el);
      const { detail } = await failed;
      await elementUpdated(el);
      expect(detail.source).to.equal('src');
      expect(detail.problems[0].message).to.include('the server answered 404');
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.include('The framework could not be loaded');
      expect(alert.textContent).to.include('404');
      expect(alert.querySelector('button')!.textContent).to.equal('Try again');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('reports invalid JSON in the framework attribute without throwing into the page', async () => {
      const stop = watchPageErrors();
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const errorSeen = new Promise<CustomEvent>((resolve) => wrapper.addEventListener('ksb-error', (e) => resolve(e as CustomEvent)));
      wrapper.innerHTML = `<skills-scan framework='{"format": "ksb-framework/1", "items": [}'></skills-scan>`;
      const e = await errorSeen;
      const el = wrapper.querySelector('skills-scan')!;
      await elementUpdated(el);
      expect(e.detail.source).to.equal('framework');
      expect(e.detail.problems[0].message).to.match(/^The "framework" attribute is not valid JSON/);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      expect(stop()).to.deep.equal([]);
    });

    it('lists every problem of a broken framework with its path', async () => {
      const broken = mini({
        items: [
          { id: 'K1', type: 'knowledge', statement: 'x' },
          { id: 'K1', type: 'knowledge', statement: 'y' },
        ],
        associations: [{ type: 'requires', source: 'D9', target: 'K1' }],
      });
      const { el, h } = await scan(html`<skills-scan .framework=${broken}></skills-scan>`);
      const items = [...h.root.querySelectorAll('[role="alert"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items).to.deep.equal([
        'Duplicate item id "K1" (first used at $.items[0]). at $.items[1].id',
        'Refers to unknown item "D9". at $.associations[0].source',
      ]);
      await expect(el).to.be.accessible();
    });

    it('shows an error for an unknown scale', async () => {
      const { el, h } = await scan(html`<skills-scan scale="stars" .framework=${mini()}></skills-scan>`);
      expect(h.root.querySelector('[role="alert"]')!.textContent).to.include('Unknown scale "stars".');
      await expect(el).to.be.accessible();
    });

    it('accepts a custom scale as JSON', async () => {
      const scale = JSON.stringify({ id: 'yn', title: 'Yes or no', points: [{ value: 0, label: 'No' }, { value: 1, label: 'Yes' }] });
      const { h } = await scan(html`<skills-scan scale=${scale} .framework=${mini()}></skills-scan>`);
      expect(h.optionLabels('K1')).to.deep.equal(['No', 'Yes', 'Not sure']);
    });

    it('renders hostile strings as text and runs nothing', async () => {
      (window as any).__pwned = 0;
      const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
      const hostile = mini({
        title: payload,
        items: [{ id: 'K1', code: '<b>K1</b>', type: 'knowledge', statement: payload, elements: [payload] }],
      });
      const { el, h } = await scan(html`<skills-scan .framework=${hostile} mode="all"></skills-scan>`);
      await aTimeout(50);
      expect(h.root.querySelectorAll('img, script, b')).to.have.length(0);
      expect(h.legend('K1')).to.equal(`<b>K1</b> ${payload}`);
      expect(h.root.querySelector('.title')!.textContent).to.equal(payload);
      expect((window as any).__pwned).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('modes and languages', () => {
    it('shows every section on one page in "all" mode', async () => {
      const { h } = await scan(html`<skills-scan mode="all" .framework=${st0958}></skills-scan>`);
      expect(h.questions()).to.have.length(92);
      expect(h.root.querySelector('nav')).to.equal(null);
      expect(h.button('Submit')).to.exist;
    });

    it('shows answers as text in readonly mode', async () => {
      const value: Result = {
        format: 'ksb-result/1',
        framework: { id: 'mini', version: '2' },
        scale: 'confidence',
        started: '2026-01-10T00:00:00.000Z',
        updated: '2026-01-10T00:00:00.000Z',
        responses: [{ item: 'K1', value: 3, scale: 'confidence', note: 'At work', time: '2026-01-10T00:00:00.000Z' }],
      };
      const { el, h } = await scan(html`<skills-scan readonly mode="all" .framework=${mini()} .value=${value}></skills-scan>`);
      expect(h.root.querySelectorAll('input, textarea')).to.have.length(0);
      expect(h.question('K1').textContent!.replace(/\s+/g, ' ')).to.include('Your answer: With support');
      expect(h.question('K2').textContent!.replace(/\s+/g, ' ')).to.include('Your answer: Not answered');
      expect(h.text()).to.include('At work');
      expect(() => h.button('Submit')).to.throw();
      await expect(el).to.be.accessible();
    });

    it('speaks Welsh with lang="cy", from the element or the page', async () => {
      const { h } = await scan(html`<skills-scan lang="cy" .framework=${mini()}></skills-scan>`);
      expect(h.progressText()).to.equal('0 o 3 wedi’u hateb');
      expect(h.button('Nesaf')).to.exist;
      expect(h.optionLabels('K1').at(-1)).to.equal('Ddim yn siŵr');
      // The built-in scale and the built-in item types (the sections) are in Welsh too.
      expect(h.optionLabels('K1')).to.deep.equal(['Ddim eto', 'Yn ymwybodol', 'Gyda chymorth', 'Yn annibynnol', 'Yn hyderus', 'Ddim yn siŵr']);
      expect(h.sectionTitle()).to.match(/Gwybodaeth/);
      // A scale the framework defines keeps the framework's words (a translation overlay gives them in Welsh).
      const own = mini({ scales: [{ id: 'confidence', title: 'Own', points: [{ value: 1, label: 'Low' }, { value: 2, label: 'High' }] }] });
      const ownScan = await scan(html`<skills-scan lang="cy" .framework=${own}></skills-scan>`);
      expect(ownScan.h.optionLabels('K1')).to.deep.equal(['Low', 'High', 'Ddim yn siŵr']);
      const inPage = await fixture<HTMLDivElement>(html`<div lang="cy-GB"><skills-scan .framework=${mini()}></skills-scan></div>`);
      const el = inPage.querySelector('skills-scan')!;
      await elementUpdated(el);
      expect(new ScanHarness(el).progressText()).to.equal('0 o 3 wedi’u hateb');
    });

    it('scans an NHS-style framework (AHP) by domain', async () => {
      const ahp = await bundled('ahp-support-worker.json');
      const { h } = await scan(html`<skills-scan group-by="parent" .framework=${ahp}></skills-scan>`);
      expect(h.progressText()).to.equal('0 of 55 answered');
      expect(h.questions()).to.have.length(3);
      expect(h.legend('1.1')).to.equal('1.1 Education Requirements');
    });
  });

  describe('inside <ksb-framework>', () => {
    it('uses the provider\'s framework and shares its results', async () => {
      const provider = await fixture<KsbFrameworkProvider>(html`<ksb-framework src=${bundledUrl('st0958.json')}><skills-scan></skills-scan></ksb-framework>`);
      const el = provider.querySelector('skills-scan')!;
      await waitUntil(() => el.shadowRoot!.querySelector('#progress-text'), 'scan never showed the provider framework', { timeout: 5000 });
      const h = new ScanHarness(el);
      expect(h.progressText()).to.equal('0 of 92 answered');
      await h.answer('K2', 'Aware');
      await elementUpdated(provider);
      expect(provider.results).to.have.length(1);
      expect(provider.results[0].responses.map((r) => r.item)).to.deep.equal(['K2']);
    });

    it('shows the provider\'s error when its framework is broken', async () => {
      const provider = await fixture<KsbFrameworkProvider>(html`<ksb-framework framework='{"format":"ksb-framework/1"}'><skills-scan></skills-scan></ksb-framework>`);
      const el = provider.querySelector('skills-scan')!;
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error shown', { timeout: 5000 });
      expect(el.shadowRoot!.textContent).to.include('Missing required text "id".');
    });
  });

  describe('accessibility (axe)', () => {
    it('is clean when empty', async () => {
      const { el } = await scan(html`<skills-scan></skills-scan>`);
      await expect(el).to.be.accessible();
    });

    it('is clean partly answered, with a note open', async () => {
      const { el, h } = await scan(html`<skills-scan .framework=${st0958}></skills-scan>`);
      await h.answer('K1', 'Aware');
      await h.answer('K2', 'Not sure');
      await h.press('Add a note to K2');
      await expect(el).to.be.accessible();
    });

    it('is clean on the summary, with baseline and prior learning', async () => {
      const { el, h } = await scan(html`<skills-scan .framework=${mini()} otj-hours="300" price="9000" .baseline=${{
        format: 'ksb-result/1',
        framework: { id: 'mini', version: '2' },
        scale: 'confidence',
        started: '2026-01-10T00:00:00.000Z',
        updated: '2026-01-10T00:00:00.000Z',
        responses: [{ item: 'K1', value: 1, scale: 'confidence', time: '2026-01-10T00:00:00.000Z' }],
      }}></skills-scan>`);
      await h.answer('K1', 'Aware');
      await h.press('Next');
      await h.press('Review answers');
      await expect(el).to.be.accessible();
    });

    it('is clean while loading and with a version-mismatch notice', async () => {
      const loading = document.createElement('skills-scan');
      loading.src = bundledUrl('st0958.json');
      document.body.append(loading);
      await elementUpdated(loading);
      await expect(loading).to.be.accessible();
      loading.remove();
      const { el } = await scan(html`<skills-scan .framework=${mini()} .value=${{
        format: 'ksb-result/1',
        framework: { id: 'mini', version: '1' },
        scale: 'confidence',
        started: '2026-01-10T00:00:00.000Z',
        updated: '2026-01-10T00:00:00.000Z',
        responses: [],
      }}></skills-scan>`);
      expect(el.shadowRoot!.querySelector('[part="mismatch"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });
});

describe('<skills-scan> given IfATE API JSON', () => {
  it('converts the standard, scans its KSBs and notes the conversion in ksb-load and warnings', async () => {
    const url = new URL('../fixtures/importers/ifate/ifate-api-2020-lars425-st0568-psychological-wellbeing-practitioner.json', import.meta.url);
    const record = await (await fetch(url)).json();
    const el = document.createElement('skills-scan');
    const loaded = oneEvent(el, 'ksb-load');
    el.framework = record;
    document.body.append(el);
    const { detail } = await loaded;
    await elementUpdated(el);
    expect(detail.title.trim()).to.equal('Psychological wellbeing practitioner');
    expect(detail.warnings[0]).to.include({ code: 'converted', severity: 'warning' });
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.include('read from the IfATE standards data and converted');
    const h = new ScanHarness(el);
    expect(h.progressText()).to.equal('0 of 52 answered');
    expect(h.legend('K1')).to.match(/^K1 /);
    el.remove();
  });
});
