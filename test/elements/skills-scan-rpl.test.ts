import { elementUpdated, expect, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/skills-scan/skills-scan.js';
import type { Framework } from '../../src/model/framework.js';
import { calculateRpl, validateResult, type Result } from '../../src/model/index.js';
import { miniStandard } from '../harness/frameworks.js';
import { ScanHarness, scanFixture } from '../harness/scan-harness.js';
import { catchDownloads } from '../harness/downloads.js';

const scan = scanFixture;
const mini = () => miniStandard({ reference: 'ST9999' });

const squash = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
/** Text of each match; a table row's cells are joined by a space. */
const rows = (h: ScanHarness, selector: string) =>
  [...h.root.querySelectorAll(selector)].map((r) =>
    r instanceof HTMLTableRowElement ? squash([...r.cells].map((c) => c.textContent).join(' ')) : squash(r.textContent),
  );
const rpl = (h: ScanHarness) => h.root.querySelector<HTMLElement>('[part="rpl"]');

/** The full programme figures as attributes. */
const full = (f: Framework) =>
  html`<skills-scan mode="all" subject="Ana Jones" .framework=${f} otj-hours="600" otj-minimum="500" duration-months="12" band-maximum="10000" price="9000"></skills-scan>`;

describe('<skills-scan> prior-learning (RPL) calculation', () => {
  it('shows the itemised calculation from the full figures, labelled as the provider’s calculation to confirm', async () => {
    const { h } = await scan(full(mini()));
    await h.answer('K1', 'Confidently');
    await h.answer('K2', 'With support');
    await h.answer('S1', 'Not sure');
    const text = h.text();
    expect(text).to.include('Prior learning: the training provider’s calculation');
    expect(text).to.include('This is your training provider’s calculation from a self-assessment, for them to confirm.');
    expect(text).to.include('Worked out under the Apprenticeship funding rules 2025 to 2026.');
    expect(text).to.include('Counts items rated “Independently” or higher.');
    expect(text).to.include('Hours per item: the planned off-the-job hours spread evenly over 3 items, 200 hours each.');
    // The simple estimate gives way to the calculation.
    expect(text).not.to.include('This is an estimate from a self-assessment.');
    expect(rows(h, '.rpl-table thead th')).to.deep.equal(['Item', 'Rating', 'Counts as prior learning', 'Hours', 'Hours removed']);
    expect(rows(h, '.rpl-table tbody tr')).to.deep.equal(['K1 Confidently Yes 200 200', 'K2 With support No 200 0', 'S1 Not sure No 200 0']);
    expect(rows(h, '.rpl-table tfoot tr')).to.deep.equal(['Total 1 of 3 600 200']);
    expect(rows(h, '.rpl-lines li')).to.deep.equal([
      'Off-the-job training: 200 of 600 planned hours removed for prior learning, leaving 400 hours.',
      'Prior learning (RPL) percentage: 200 ÷ 600 = 33.3%. (Apprenticeship funding rules 2025 to 2026, rule 35.2)',
      'Off-the-job minimum: 500 hours, reduced by the same percentage to 334 hours. (Apprenticeship funding rules 2025 to 2026)',
      'Planned duration: 12 months, now 8 months. (Apprenticeship funding rules 2025 to 2026)',
      'Minimum price reduction: 50% of the RPL percentage = 16.7%, at least £1,500.00. (Apprenticeship funding rules 2025 to 2026, rule 35.2)',
      'Price: £9,000.00, now at most £7,500.00.',
      'Funding band maximum for this apprentice: £10,000.00, now £8,333.33. (Apprenticeship funding rules 2025 to 2026, rule 35.2)',
    ]);
    expect(rows(h, '.rpl-limits li')).to.deep.equal([]);
    expect(rows(h, '.rpl-limits')).to.deep.equal(['No limit of the funding rules applied.']);
    expect(rows(h, '.rpl-notes li')[0]).to.equal('An item counts as prior learning when rated “Independently” or higher; “not sure” and unanswered items do not count.');
  });

  it('puts the headline first: the share, the figures before and after, and the limits; the item table opens from a button', async () => {
    const { h } = await scan(full(mini()));
    await h.answer('K1', 'Confidently');
    await h.answer('K2', 'With support');
    const panel = h.root.querySelector<HTMLElement>('[part="rpl-headline"]')!;
    expect(squash(panel.querySelector('.rpl-share')!.textContent)).to.equal('33.3% prior learning: 200 of 600 off-the-job hours');
    expect(rows(h, '.rpl-figures tbody tr')).to.deep.equal(['Off-the-job hours 600 400', 'Planned duration 12 months 8 months', 'Price £9,000.00 at most £7,500.00']);
    // Before the calculation steps and the item table, in reading order and on screen.
    const table = h.root.querySelector<HTMLElement>('.rpl-table')!;
    const lines = h.root.querySelector<HTMLElement>('.rpl-lines')!;
    expect(panel.compareDocumentPosition(lines) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(lines.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(table.offsetParent, 'the item table is closed at first').to.equal(null);
    const toggle = h.root.querySelector<HTMLButtonElement>('.rpl-items-toggle')!;
    expect(squash(toggle.textContent)).to.equal('The 3 items: rating, hours and hours removed');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(table.offsetParent).to.not.equal(null);
    // A later render (another answer) leaves it open.
    await h.answer('S1', 'Aware');
    expect(h.root.querySelector<HTMLElement>('.rpl-table')!.offsetParent).to.not.equal(null);
    await expect(h.el).to.be.accessible();
  });

  it('puts the breakdown in ksb-submit, and it survives the round trip back into the element', async () => {
    const { el, h } = await scan(full(mini()));
    await h.answer('K1', 'Confidently');
    await h.answer('K2', 'Independently');
    const submitted = oneEvent(el, 'ksb-submit');
    h.button('Submit').click();
    const result = (await submitted).detail.result as Result;
    const expected = calculateRpl(result, {
      items: ['K1', 'K2', 'S1'],
      threshold: 4,
      otjHours: 600,
      otjMinimum: 500,
      durationMonths: 12,
      bandMaximum: 10000,
      price: 9000,
    }).breakdown;
    expect(result.rpl).to.deep.equal(expected);
    expect(result.rpl!.hoursRemoved).to.equal(400);
    // The form value carries it too.
    const back = validateResult(JSON.stringify(result), mini());
    expect(back.problems).to.deep.equal([]);
    expect(back.value).to.deep.equal(result);

    // Given back without the figures (a stored, submitted scan), the stored breakdown is shown.
    const again = await scan(html`<skills-scan readonly mode="all" .framework=${mini()} .value=${JSON.parse(JSON.stringify(result))}></skills-scan>`);
    expect(again.h.text()).to.match(/As calculated when the scan was submitted on \d+ \w+ \d{4}\./);
    expect(rows(again.h, '.rpl-table tbody tr')).to.deep.equal(['K1 Confidently Yes 200 200', 'K2 Independently Yes 200 200', 'S1 Not answered No 200 0']);
    expect(again.el.currentResult).to.deep.equal(result);
  });

  it('drops a stamped breakdown when an answer changes, and leaves it out when the figures are gone', async () => {
    const { el, h } = await scan(full(mini()));
    await h.answer('K1', 'Confidently');
    h.button('Submit').click();
    await elementUpdated(el);
    expect(el.currentResult!.rpl).to.exist;
    const changed = oneEvent(el, 'ksb-change');
    await h.answer('K1', 'Aware');
    expect((await changed).detail.result.rpl).to.be.undefined;
    expect(el.currentResult!.rpl).to.be.undefined;

    el.removeAttribute('band-maximum');
    await elementUpdated(el);
    const submitted = oneEvent(el, 'ksb-submit');
    h.button('Submit').click();
    expect('rpl' in (await submitted).detail.result).to.be.false;
  });

  it('keeps showing the simple estimate without the full set of figures', async () => {
    const { h } = await scan(html`<skills-scan mode="all" .framework=${mini()} otj-hours="300" price="9000" otj-minimum="250"></skills-scan>`);
    await h.answer('K1', 'Confidently');
    expect(rpl(h)).to.be.null;
    expect(h.text()).to.include('This is an estimate from a self-assessment.');
    expect(h.text()).to.include('Off-the-job training: about 100 hours fewer, 200 hours remaining.');
  });

  it('uses uneven hours per item from the JSON attribute or the property', async () => {
    const hours = [
      { item: 'K1', hours: 120.5 },
      { item: 'K2', hours: 80 },
      { item: 'S1', hours: 350 },
    ];
    const { el, h } = await scan(html`<skills-scan mode="all" .framework=${mini()} otj-hours="600" otj-minimum="500" duration-months="18" band-maximum="12000" price="12000" hours-per-item=${JSON.stringify(hours)}></skills-scan>`);
    await h.answer('K1', 'Confidently');
    await h.answer('K2', 'Independently');
    expect(h.text()).to.include('Hours per item: as given by the training provider.');
    expect(rows(h, '.rpl-table tbody tr')).to.deep.equal(['K1 Confidently Yes 120.5 120.5', 'K2 Independently Yes 80 80', 'S1 Not answered No 350 0']);
    expect(rows(h, '.rpl-table tfoot tr')).to.deep.equal(['Total 2 of 3 550.5 200.5']);
    expect(rows(h, '.rpl-lines li')[0]).to.equal('Off-the-job training: 200 of 600 planned hours removed for prior learning, leaving 400 hours.');
    expect(rows(h, '.rpl-notes li')).to.include(
      '49.5 planned hours are not tied to any item (such as induction or end-point assessment preparation) and are never removed.',
    );

    el.removeAttribute('hours-per-item');
    el.hoursPerItem = [
      { item: 'K1', hours: 300 },
      { item: 'K2', hours: 300 },
      { item: 'S1', hours: 0 },
    ];
    await elementUpdated(el);
    expect(rows(h, '.rpl-table tfoot tr')).to.deep.equal(['Total 2 of 3 600 600']);
  });

  it('shows every floor that binds, with the rule it comes from', async () => {
    const { h } = await scan(html`<skills-scan mode="all" .framework=${mini()} otj-hours="400" otj-minimum="300" duration-months="12" band-maximum="9000" price="9000"></skills-scan>`);
    for (const id of ['K1', 'K2', 'S1']) await h.answer(id, 'Confidently');
    expect(rows(h, '.rpl-lines li').slice(0, 4)).to.deep.equal([
      'Off-the-job training: 213 of 400 planned hours removed for prior learning, leaving 187 hours.',
      'Prior learning (RPL) percentage: 213 ÷ 400 = 53.3%. (Apprenticeship funding rules 2025 to 2026, rule 35.2)',
      'Off-the-job minimum: 300 hours, reduced by the same percentage to 187 hours. (Apprenticeship funding rules 2025 to 2026)',
      'Planned duration: 12 months, now 8 months. (Apprenticeship funding rules 2025 to 2026)',
    ]);
    expect(rows(h, '.rpl-limits li')).to.deep.equal([
      'The items that count cover 400 hours, but off-the-job training cannot fall below 187 hours, so only 213 hours are removed. The provider must check the apprentice still needs enough new learning for an apprenticeship. (Apprenticeship funding rules 2025 to 2026)',
      'The off-the-job minimum cannot fall below 187 hours. (Apprenticeship funding rules 2025 to 2026)',
      'The planned duration cannot fall below 8 months; the off-the-job minimum of 187 hours applies across the whole duration. (Apprenticeship funding rules 2025 to 2026)',
    ]);
  });

  it('says so when nothing counts, and the figures stay as planned', async () => {
    const { h } = await scan(full(mini()));
    await h.answer('K1', 'Aware');
    expect(h.text()).to.include('No item counts as prior learning, so the programme, its duration and its price stay as planned.');
    expect(rows(h, '.rpl-lines li')[5]).to.equal('Price: £9,000.00, now at most £9,000.00.');
    expect(rows(h, '.rpl-limits li')).to.deep.equal([]);
  });

  it('fires ksb-error with source "programme" for invalid figures', async () => {
    const el = document.createElement('skills-scan');
    const error = oneEvent(el, 'ksb-error');
    el.framework = mini();
    for (const [name, value] of Object.entries({ 'otj-hours': '-10', 'otj-minimum': '500', 'duration-months': '12', 'band-maximum': '9000', price: '8000' })) el.setAttribute(name, value);
    document.body.append(el);
    const { detail } = await error;
    expect(detail.source).to.equal('programme');
    expect(detail.problems.map((p: { path: string }) => p.path)).to.deep.equal(['$.otjHours']);
    el.remove();
  });

  it('shows clear errors for invalid figures, naming the attribute, and submits without a breakdown', async () => {
    const { el, h } = await scan(html`<skills-scan mode="all" .framework=${mini()} otj-hours="-10" otj-minimum="500" duration-months="12" band-maximum="9000" price="9500"></skills-scan>`);
    const panel = rpl(h)!;
    expect(squash(panel.querySelector('h4')!.textContent)).to.equal('The programme figures cannot be used for the prior-learning calculation');
    expect(rows(h, '.rpl-problems li')).to.deep.equal([
      'The planned off-the-job hours ("otjHours") cannot be negative (-10). (attribute “otj-hours”)',
      'The planned price (£9500.00) is above the funding band maximum (£9000.00). (attribute “price”)',
    ]);
    el.setAttribute('otj-hours', 'lots');
    el.setAttribute('price', '9000');
    el.setAttribute('hours-per-item', '[{"item": "K1", "hours": 5}, {"item": "X9", "hours": 1}]');
    await elementUpdated(el);
    expect(rows(h, '.rpl-problems li')).to.deep.equal([
      'The planned off-the-job hours ("otjHours") must be a number but is number NaN. (attribute “otj-hours”)',
      'Item "X9" is not one of the items scanned. (attribute “hours-per-item[1].item”)',
    ]);
    el.setAttribute('otj-hours', '600');
    el.setAttribute('hours-per-item', '[{"item": ');
    await elementUpdated(el);
    expect(rows(h, '.rpl-problems li')[0]).to.match(/^The hours per item are not valid JSON: .+ \(attribute “hours-per-item”\)$/);
    const submitted = oneEvent(el, 'ksb-submit');
    h.button('Submit').click();
    expect((await submitted).detail.result.rpl).to.be.undefined;
  });

  describe('for the Apprenticeship Service and your ILR', () => {
    /** Field name and value as shown, per row of the panel. */
    const fields = (h: ScanHarness) =>
      [...h.root.querySelectorAll<HTMLTableRowElement>('[part="funding"] tr[data-field]')].map((r) => `${r.dataset.field} ${squash(r.querySelector('.value')!.textContent)}`);
    /** Replaces the clipboard's writeText for one test. */
    const withClipboard = async (write: (text: string) => Promise<void>, run: () => Promise<void>) => {
      const clipboard = navigator.clipboard;
      const original = clipboard.writeText;
      clipboard.writeText = write;
      try {
        await run();
      } finally {
        clipboard.writeText = original;
      }
    };

    it('shows the figures under the field names the two systems use, each number with a copy button', async () => {
      const { el, h } = await scan(full(mini()));
      await h.answer('K1', 'Confidently');
      await h.answer('K2', 'With support');
      const panel = h.root.querySelector('[part="funding"]')!;
      expect(squash(panel.querySelector('h5')!.textContent)).to.equal('For the Apprenticeship Service and your ILR');
      // 200 of 600 hours (a third): 12 months become 8, the price falls by at least £1,500.
      expect(fields(h)).to.deep.equal([
        'RecognisePriorLearning Yes',
        'TrainingTotalHours 600 hours',
        'TrainingHoursReduction 200 hours',
        'IsDurationReducedByRPL Yes',
        'DurationReducedBy 17 weeks',
        'PriceReducedBy £1,500',
        'PHours 400 hours',
        'PriorLearnFundAdj 67%',
        'TNP1 £7,500',
      ]);
      // The mappings that are a judgement say so.
      expect(squash(panel.querySelector('tr[data-field="DurationReducedBy"] .funding-judgement')!.textContent)).to.match(/^A judgement: The calculation cuts whole months/);
      expect(panel.querySelectorAll('button.copy').length).to.equal(7);
      const copied: string[] = [];
      await withClipboard(
        async (text) => void copied.push(text),
        async () => {
          h.button('Copy TrainingHoursReduction').click();
          await new Promise((r) => setTimeout(r));
        },
      );
      expect(copied).to.deep.equal(['200']);
      expect(squash(panel.querySelector('.copy-status')!.textContent)).to.equal('Copied 200 (TrainingHoursReduction).');
      await expect(el).to.be.accessible();
    });

    it('says how to copy by hand where the page may not use the clipboard', async () => {
      const { h } = await scan(full(mini()));
      await h.answer('K1', 'Confidently');
      await withClipboard(
        () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
        async () => {
          h.button('Copy PHours').click();
          await new Promise((r) => setTimeout(r));
        },
      );
      expect(squash(h.root.querySelector('.copy-status')!.textContent)).to.equal('This page cannot copy: select the value and copy it yourself.');
    });
  });

  it('downloads the answers as a spreadsheet from the summary', async () => {
    const { h } = await scan(full(mini()));
    await h.answer('K1', 'Confidently');
    await h.answer('S1', 'Not sure');
    const files = await catchDownloads(() => h.button('Download the answers (CSV)').click(), 1);
    expect(files.map((f) => f.name)).to.deep.equal([`${mini().id}-ratings.csv`]);
    const lines = files[0].text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).to.match(/^result,framework,version,subject,party/);
    expect(lines.slice(1).map((l) => l.split(',')[10])).to.deep.equal(['K1', 'S1']);
    expect(lines[1]).to.include('Confidently');
    expect(lines[2]).to.include('Not sure');
  });

  it('speaks Welsh', async () => {
    const { h } = await scan(html`<skills-scan lang="cy" mode="all" .framework=${mini()} otj-hours="600" otj-minimum="500" duration-months="12" band-maximum="10000" price="9000"></skills-scan>`);
    await h.answer('K1', 'Yn hyderus');
    expect(h.text()).to.include('Dysgu blaenorol: cyfrifiad y darparwr hyfforddiant');
    expect(rows(h, '.rpl-table thead th')).to.deep.equal(['Eitem', 'Sgôr', 'Yn cyfrif fel dysgu blaenorol', 'Oriau', 'Oriau a dynnwyd']);
    expect(rows(h, '.rpl-lines li')[1]).to.equal('Canran dysgu blaenorol (RPL): 200 ÷ 600 = 33.3%. (Apprenticeship funding rules 2025 to 2026, rheol 35.2)');
    expect(h.button('Argraffu’r crynodeb')).to.exist;
    expect(h.button('Lawrlwytho’r atebion (CSV)')).to.exist;
    expect(squash(h.root.querySelector('[part="funding"] h5')!.textContent)).to.equal('Ar gyfer y Gwasanaeth Prentisiaethau a’ch ILR');
    // The systems' own questions stay in English, marked so.
    expect(h.root.querySelector('[part="funding"] tr[data-field="PHours"] th span')!.getAttribute('lang')).to.equal('en');
  });

  describe('printing', () => {
    // Puppeteer's WebDriver BiDi driver for Firefox cannot emulate print media; Chromium checks the computed print styles.
    const canEmulate = !/Firefox\//.test(navigator.userAgent);
    afterEach(async () => {
      if (canEmulate) await emulateMedia({ media: 'screen' });
    });

    it('has a "Print summary" button that prints the page', async () => {
      const { h } = await scan(full(mini()));
      const original = window.print;
      let printed = 0;
      window.print = () => {
        printed++;
      };
      try {
        await h.press('Print summary');
      } finally {
        window.print = original;
      }
      expect(printed).to.equal(1);
    });

    it('prints learner, standard, reference, version, date, every rating and the calculation, without navigation or questions', async () => {
      const { h } = await scan(html`<skills-scan .framework=${mini()} subject="Ana Jones" otj-hours="600" otj-minimum="500" duration-months="12" band-maximum="10000" price="9000"></skills-scan>`);
      await h.answer('K1', 'Confidently');
      await h.press('Next');
      await h.press('Review answers');
      // On screen the evidence block is hidden.
      expect(getComputedStyle(h.root.querySelector<HTMLElement>('[part="evidence"]')!).display).to.equal('none');
      const terms = [...h.root.querySelectorAll('[part="evidence"] dt')].map((d) => squash(d.textContent));
      expect(terms).to.deep.equal(['Learner', 'Standard', 'Reference', 'Version', 'Date of scan', 'Printed']);
      const values = [...h.root.querySelectorAll('[part="evidence"] dd')].map((d) => squash(d.textContent));
      expect(values.slice(0, 4)).to.deep.equal(['Ana Jones', 'Mini standard', 'ST9999', '2']);
      expect(values[4]).to.match(/^\d+ \w+ \d{4}$/);

      if (canEmulate) {
        await emulateMedia({ media: 'print' });
        expect(matchMedia('print').matches).to.be.true;
        expect(getComputedStyle(h.root.querySelector<HTMLElement>('[part="evidence"]')!).display).to.equal('block');
        expect(getComputedStyle(h.root.querySelector('nav')!).display).to.equal('none');
        expect(getComputedStyle(h.root.querySelector('.summary-buttons')!).display).to.equal('none');
        expect(getComputedStyle(rpl(h)!).display).to.equal('block');
      }
      // The print rules come with the summary's chunk, and are in the element's styles once the summary is shown (either browser).
      const { summaryStyles } = await import('../../src/elements/skills-scan/scan-summary.js');
      expect(summaryStyles.cssText).to.match(/@media print[\s\S]*nav,[\s\S]*\.section,[\s\S]*display: none !important/);
      const adopted = h.root.adoptedStyleSheets.length ? h.root.adoptedStyleSheets : [...h.root.querySelectorAll('style')].map((st) => st.sheet!);
      expect(adopted.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.startsWith('@media print')))).to.be.true;
    });

    it('prints every item’s rating when there is no RPL table', async () => {
      const { h } = await scan(html`<skills-scan mode="all" .framework=${mini()}></skills-scan>`);
      await h.answer('K1', 'Aware');
      await h.answer('K2', 'Not sure');
      expect(rows(h, '[part="evidence"] .ratings-table tbody tr')).to.deep.equal(['K1 Knows one thing Aware', 'K2 Knows another Not sure', 'S1 Does a thing Not answered']);
      expect(h.root.querySelector('[part="evidence"] dt')!.textContent).to.equal('Standard');
    });
  });

  describe('accessibility (axe)', () => {
    it('is clean with the calculation and its floors', async () => {
      const { el, h } = await scan(html`<skills-scan mode="all" .framework=${mini()} otj-hours="400" otj-minimum="300" duration-months="12" band-maximum="9000" price="9000"></skills-scan>`);
      for (const id of ['K1', 'K2', 'S1']) await h.answer(id, 'Confidently');
      await expect(el).to.be.accessible();
    });

    it('is clean with problems in the figures', async () => {
      const { el } = await scan(html`<skills-scan mode="all" .framework=${mini()} otj-hours="600" otj-minimum="500" duration-months="6" band-maximum="9000" price="9500"></skills-scan>`);
      await expect(el).to.be.accessible();
    });
  });
});
