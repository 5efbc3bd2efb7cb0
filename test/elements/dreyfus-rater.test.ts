import { aTimeout, elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import '../../src/elements/ksb-framework/ksb-framework.js';
import type { DreyfusRater } from '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { KsbFrameworkProvider } from '../../src/elements/ksb-framework/ksb-framework.js';
import type { Framework } from '../../src/model/framework.js';
import type { Result } from '../../src/model/result.js';
import { bundled, bundledUrl } from '../harness/frameworks.js';
import { keyboardFrom } from '../harness/keyboard.js';
import { RaterHarness } from '../harness/rater-harness.js';
import { catchDownloads } from '../harness/downloads.js';

async function rater(template: ReturnType<typeof html>): Promise<{ el: DreyfusRater; h: RaterHarness }> {
  const el = await fixture<DreyfusRater>(template);
  await elementUpdated(el);
  return { el, h: new RaterHarness(el) };
}

const SOMERSET_SIX = [
  'person-centred-approach',
  'promoting-autonomy',
  'action-planning-goal-setting',
  'managing-setbacks-problem-solving',
  'supporting-competence-self-efficacy',
  'self-monitoring',
];

/** A stored result rating Somerset competencies, as a host would give it back. */
function somersetResult(values: Record<string, number>, extra: Partial<Result> = {}): Result {
  const time = '2026-05-01T09:00:00.000Z';
  return {
    format: 'ksb-result/1',
    framework: { id: 'somerset-splw', version: '4.0' },
    scale: 'dreyfus',
    started: time,
    updated: time,
    responses: Object.entries(values).map(([item, value]) => ({ item, value, scale: 'dreyfus', time })),
    ...extra,
  };
}

/** A small framework with career levels, a rubric and a resource, for focused cases. */
function mini(overrides: Partial<Framework> = {}): Framework {
  return {
    format: 'ksb-framework/1',
    id: 'mini',
    version: '2',
    title: 'Mini framework',
    items: [
      { id: 'A', type: 'competency', statement: 'Listening' },
      { id: 'B', type: 'competency', statement: 'Planning' },
    ],
    levels: [
      { id: 'one', label: 'Level one', assesses: ['A'], payBand: 'Band 3' },
      { id: 'two', label: 'Level two', assesses: ['B'], payBand: 'Band 4' },
    ],
    rubrics: [
      {
        item: 'A',
        scale: 'dreyfus',
        keyFeatures: 'Listens first.',
        interaction: 'Avoid advice.',
        descriptors: [0, 1, 2, 3, 4, 5].map((value) => ({ value, text: `Listening at ${value}` })),
      },
      { item: 'B', scale: 'dreyfus', descriptors: [{ value: 3, text: 'Plans with the person' }] },
    ],
    resources: [{ id: 'r1', title: 'Planning course', url: 'https://example.org/plan', levels: ['two'] }],
    ...overrides,
  };
}

describe('<dreyfus-rater>', () => {
  let somerset: Framework;
  before(async () => {
    somerset = await bundled('somerset-splw.json');
  });

  describe('on the Somerset framework', () => {
    it('shows the six assessed competencies, each with key features, interaction and the six Dreyfus levels', async () => {
      const { h } = await rater(html`<dreyfus-rater .framework=${somerset}></dreyfus-rater>`);
      expect(h.competencyIds()).to.deep.equal(SOMERSET_SIX);
      expect(h.competencies().map((c) => c.tagName)).to.deep.equal(Array(6).fill('FIELDSET'));
      expect(h.title('promoting-autonomy')).to.equal('Promoting Autonomy');
      expect(h.levelNames('promoting-autonomy')).to.deep.equal(['0 Absence', '1 Novice', '2 Advanced Beginner', '3 Competent', '4 Proficient', '5 Expert']);
      expect(h.progressText()).to.equal('0 of 6 rated');
      const guidance = h.competency('person-centred-approach').querySelector('details[part="guidance"]')!;
      expect(guidance.querySelector('summary')!.textContent).to.equal('Key features and interaction');
      expect(guidance.textContent!.replace(/\s+/g, ' ')).to.include(
        'Key features: Communication should be person centred, with a focus on ‘what matters to you’, encouraging individuals; maximising their autonomy and sense of intrinsic motivation.',
      );
      expect(guidance.textContent!.replace(/\s+/g, ' ')).to.include('Interaction: Facilitators should build rapport, be empathetic');
      expect(h.text()).to.include('Assessed at: Early career (Core Competencies)');
      // The guidance collapses and opens again with the keyboard-operable summary.
      (guidance as HTMLDetailsElement).open = false;
      guidance.querySelector('summary')!.click();
      expect((guidance as HTMLDetailsElement).open).to.be.true;
    });

    it('shows the scoring guidance of the source, with 5 reserved for exceptional delivery', async () => {
      const { h } = await rater(html`<dreyfus-rater .framework=${somerset}></dreyfus-rater>`);
      const scoring = h.root.querySelector('[part="scoring"]')!;
      const steps = [...scoring.querySelectorAll('.steps li')].map((li) => li.textContent);
      expect(steps[0]).to.equal('First identify whether the key features of the competency are evident.');
      expect(steps[1]).to.equal('Then consider whether they were used appropriately: few opportunities missed, and delivered well when used.');
      expect(steps[2]).to.match(/^Keep 5 \(Expert\) for exceptional delivery/);
      expect(scoring.textContent).to.include('Target rating for each competency: 3 Competent.');
      // The framework's own instructions, in full, behind a disclosure.
      expect(scoring.querySelector('details')!.textContent).to.include(
        'When rating skill at delivering a particular competence, first identify if the key features of the competence are evident.',
      );
      expect(h.descriptor('self-monitoring', 5)).to.not.include('Reserved');
      expect(h.radio('self-monitoring', 5).closest('label')!.textContent).to.include('Reserved for exceptional delivery.');
    });

    it('shows for each level the competency’s own descriptor, in the words of the source', async () => {
      const { h } = await rater(html`<dreyfus-rater .framework=${somerset}></dreyfus-rater>`);
      // Transcribed from Appendix 6 of the source document.
      const pca = [
        'Absence of Person-centred approach. A completely ‘didactic’ and / or highly inappropriate style of interaction, which could result in resistance. No attempt at building rapport or listening to individual.',
        'Minimal use of person-centred approach with an overly didactic and/ or inappropriate style of interaction. Limited attempts at building rapport or listening. Tendency to take same approach with every individual.',
        'Some evidence of competence using person-centred approach (but these are infrequent), and may not be carried out to sufficient detail (missing key issues, lack of reflexive listening). There are numerous problems or inconsistencies e.g. a facilitator who sometimes dominates the discussion or a focus on identifying solutions too early in the conversation.',
        'Competent and appropriate use of person-centred approach however some difficulties are evident (e.g. failing to identify an individual’s strengths). Awareness of and ability to cope with different contexts and situations but some minor problems or inconsistencies.',
        'Numerous and appropriate usage of person-centred approach. Facilitator encouraging the individual to be actively involved and driving the discussion. The facilitator is able to discriminate between a variety of contexts and situations with minimal problems or inconsistencies.',
        'Highly appropriate and sufficient use of person-centred approach. Facilitator encouraging the individual to be actively involved. Able to make more subtle, refined discriminations between situations and contexts and able to adjust accordingly. No problems or inconsistencies.',
      ];
      pca.forEach((text, value) => expect(h.descriptor('person-centred-approach', value), `level ${value}`).to.equal(text));
      expect(h.descriptor('self-monitoring', 3)).to.equal(
        'Competent and appropriate attempts to discuss self –monitoring behaviours and participant reflection on progress. The facilitator is engaged, aware and able to cope with different context and situations. There are however some minor problems or inconsistencies.',
      );
      expect(h.descriptor('managing-setbacks-problem-solving', 0)).to.match(/^Absence of /);
      // Every level of every competency shows that competency's text, never the generic Table 2 line.
      for (const id of SOMERSET_SIX) {
        const rubric = somerset.rubrics!.find((r) => r.item === id)!;
        for (const d of rubric.descriptors) expect(h.descriptor(id, d.value), `${id} ${d.value}`).to.equal(d.text);
      }
      expect(h.text()).to.not.include('Minimal use of skill and /or inappropriate performance');
      expect(h.text()).to.not.include('general descriptors');
    });

    it('rates all six competencies by keyboard alone, and submits every rating', async function () {
      this.timeout(60000);
      const { el, h } = await rater(html`<dreyfus-rater .framework=${somerset} rater="Sam Supervisor"></dreyfus-rater>`);
      const wanted = [3, 4, 2, 5, 0, 1];
      const { tabTo, done } = keyboardFrom(el);
      for (const [i, id] of SOMERSET_SIX.entries()) {
        // One tab stop per group: the first Tab into it lands on a radio.
        await tabTo((a) => a.matches('input[type=radio]') && !!a.closest(`[data-item="${id}"]`));
        await sendKeys({ type: ' ' });
        for (let m = 0; m < wanted[i]; m++) await sendKeys({ press: 'ArrowRight' });
        await elementUpdated(el);
        expect(h.checked(id), id).to.equal(wanted[i]);
        const label = ['Absence', 'Novice', 'Advanced Beginner', 'Competent', 'Proficient', 'Expert'][wanted[i]];
        expect(h.chosenMark(id)).to.equal(`Chosen: ${wanted[i]} ${label} ${h.descriptor(id, wanted[i])}`);
      }
      // Arrows move back as well.
      await sendKeys({ press: 'ArrowLeft' });
      await elementUpdated(el);
      expect(h.checked('self-monitoring')).to.equal(0);
      await sendKeys({ press: 'ArrowRight' });
      await elementUpdated(el);
      expect(h.progressText()).to.equal('6 of 6 rated');
      const submitted = oneEvent(el, 'ksb-submit');
      await tabTo((a) => a.textContent!.trim() === 'Submit ratings', 40);
      await sendKeys({ press: 'Enter' });
      const { detail } = await submitted;
      expect(detail.result.rater).to.equal('Sam Supervisor');
      expect(detail.result.submitted).to.be.a('string');
      expect(detail.result.responses.map((r: { item: string; value: number }) => [r.item, r.value])).to.deep.equal(
        SOMERSET_SIX.map((id, i) => [id, wanted[i]]),
      );
      done();
    });

    it('rates with mouse or touch on the whole level, not only the radio', async () => {
      const { h } = await rater(html`<dreyfus-rater .framework=${somerset}></dreyfus-rater>`);
      const descriptor = h.radio('promoting-autonomy', 4).closest('label')!.querySelector<HTMLElement>('.point-desc')!;
      descriptor.click();
      await elementUpdated(h.el);
      expect(h.checked('promoting-autonomy')).to.equal(4);
      expect(h.radio('promoting-autonomy', 4).closest('label')!.classList.contains('chosen')).to.be.true;
    });
  });

  describe('career level supported (hand-checked, target 3)', () => {
    it('one competency below target: supports Early career and names what Mid-career needs, with its training', async () => {
      const value = somersetResult({
        'person-centred-approach': 3,
        'promoting-autonomy': 4,
        'action-planning-goal-setting': 3,
        'managing-setbacks-problem-solving': 2,
        'supporting-competence-self-efficacy': 5,
        'self-monitoring': 3,
      });
      const { h } = await rater(html`<dreyfus-rater .framework=${somerset} .value=${value}></dreyfus-rater>`);
      expect(h.attained()).to.equal('These ratings support: Early career (Core Competencies). Pay band: AfC Band 3 Suggested pay: £19,737');
      expect(h.nextLevel()).to.equal('To reach Mid-career (Level 1 Competencies):');
      expect(h.missing()).to.deep.equal(['Managing Setbacks & Problem Solving: rated 2 Advanced Beginner']);
      expect(h.rows('levels-table').map((r) => [r[0], r[2], r[3]])).to.deep.equal([
        ['Entry Level with no previous experience OR Apprenticeship route (Local Induction Competencies)', 'AfC Band 3, £19,737', 'Met'],
        ['Early career (Core Competencies)', 'AfC Band 3, £19,737', 'Met'],
        ['Mid-career (Level 1 Competencies)', 'AfC Band 3, £19, 737 - £21,142', 'Not met'],
        ['Established career (Level 2 competencies)', 'AfC Band 4, £21,892 - £24, 157.', 'Not met'],
        [
          'Wider responsibilities, leadership or specialisation (Level 3 Competencies (Expert level))',
          'AfC Band 5, £24,907 - £30,615.',
          'Not shown by ratings: this level assesses no competencies of its own',
        ],
      ]);
      expect(h.rows('levels-table')[2][1]).to.equal('Promoting Autonomy, Action Planning & Goal Setting and Managing Setbacks & Problem Solving');
      expect(h.rows('ratings-table')[3]).to.deep.equal(['Managing Setbacks & Problem Solving', '2 Advanced Beginner Below target']);
      expect(h.rows('ratings-table')[0]).to.deep.equal(['Person Centred Approach', '3 Competent At or above target']);
      const training = h.training();
      expect(training).to.have.length(1);
      expect(training[0].heading).to.equal('For Managing Setbacks & Problem Solving Training listed for Mid-career (Level 1 Competencies)');
      expect(training[0].resources).to.have.length(12);
      expect(training[0].resources[0]).to.equal('Hello my name is');
      const link = h.root.querySelector<HTMLAnchorElement>('.training-group a')!;
      expect(link.href).to.equal('https://www.hellomynameis.org.uk/');
    });

    it('all six at Competent: supports Established career (AfC Band 4); Level 3 is not claimed from ratings', async () => {
      const value = somersetResult(Object.fromEntries(SOMERSET_SIX.map((id) => [id, 3])));
      const { h } = await rater(html`<dreyfus-rater .framework=${somerset} .value=${value}></dreyfus-rater>`);
      expect(h.attained()).to.equal('These ratings support: Established career (Level 2 competencies). Pay band: AfC Band 4 Suggested pay: £21,892 - £24, 157.');
      expect(h.nextLevel()).to.equal(undefined);
      expect(h.text()).to.include('These ratings meet the requirements of every career level that ratings can show.');
      expect(h.text()).to.include('No rated competency is below the target.');
      expect(h.training()).to.deep.equal([]);
    });

    it('a core competency below target holds everything back, however high the rest', async () => {
      const value = somersetResult({ ...Object.fromEntries(SOMERSET_SIX.map((id) => [id, 5])), 'person-centred-approach': 2 });
      const { h } = await rater(html`<dreyfus-rater .framework=${somerset} .value=${value}></dreyfus-rater>`);
      expect(h.attained()).to.equal(
        'These ratings support: Entry Level with no previous experience OR Apprenticeship route (Local Induction Competencies). Pay band: AfC Band 3 Suggested pay: £19,737',
      );
      expect(h.missing()).to.deep.equal(['Person Centred Approach: rated 2 Advanced Beginner']);
      expect(h.training()[0].heading).to.equal('For Person Centred Approach Training listed for Early career (Core Competencies)');
      expect(h.training()[0].resources).to.include('Person centred approaches');
    });

    it('follows the target attribute: at target 4, Competent everywhere supports only the entry level', async () => {
      const value = somersetResult(Object.fromEntries(SOMERSET_SIX.map((id) => [id, 3])));
      const { el, h } = await rater(html`<dreyfus-rater .framework=${somerset} .value=${value} target="4"></dreyfus-rater>`);
      expect(h.text()).to.include('Target rating for each competency: 4 Proficient.');
      expect(h.attained()).to.match(/^These ratings support: Entry Level/);
      expect(h.missing()).to.deep.equal(['Person Centred Approach: rated 3 Competent']);
      expect(h.training().map((g) => g.heading.split(' Training')[0])).to.deep.equal([
        'For Person Centred Approach',
        'For Promoting Autonomy, Action Planning & Goal Setting and Managing Setbacks & Problem Solving',
        'For Supporting Competence & Self Efficacy and Self-monitoring',
      ]);
      el.target = 3;
      await elementUpdated(el);
      expect(h.attained()).to.match(/^These ratings support: Established career/);
    });

    it('lists unrated competencies as missing, and updates live as ratings are given', async () => {
      const { h } = await rater(html`<dreyfus-rater .framework=${somerset}></dreyfus-rater>`);
      expect(h.attained()).to.match(/^These ratings support: Entry Level/);
      expect(h.missing()).to.deep.equal(['Person Centred Approach: not rated']);
      await h.rate('person-centred-approach', 4);
      expect(h.attained()).to.match(/^These ratings support: Early career/);
      expect(h.missing()).to.deep.equal([
        'Promoting Autonomy: not rated',
        'Action Planning & Goal Setting: not rated',
        'Managing Setbacks & Problem Solving: not rated',
      ]);
    });
  });

  describe('choosing what to rate', () => {
    it('rates the competencies a career level assesses, with its pay band and pay', async () => {
      const { h } = await rater(html`<dreyfus-rater .framework=${somerset} level="mid"></dreyfus-rater>`);
      expect(h.competencyIds()).to.deep.equal(['promoting-autonomy', 'action-planning-goal-setting', 'managing-setbacks-problem-solving']);
      const line = h.root.querySelector('.level-line')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(line).to.equal('Competencies assessed at Mid-career (Level 1 Competencies) Pay band: AfC Band 3 Suggested pay: £19, 737 - £21,142');
      expect(h.progressText()).to.equal('0 of 3 rated');
    });

    it('rates every assessed competency for a level with none of its own (Somerset Level 3)', async () => {
      const { h } = await rater(html`<dreyfus-rater .framework=${somerset} level="wider"></dreyfus-rater>`);
      expect(h.competencyIds()).to.deep.equal(SOMERSET_SIX);
    });

    it('rates only the competencies named', async () => {
      const { h } = await rater(html`<dreyfus-rater .framework=${somerset} competencies="self-monitoring, person-centred-approach"></dreyfus-rater>`);
      expect(h.competencyIds()).to.deep.equal(['person-centred-approach', 'self-monitoring']);
    });

    it('shows an error and fires ksb-error for an unknown level or competency', async () => {
      const el = document.createElement('dreyfus-rater');
      const failed = oneEvent(el, 'ksb-error');
      el.framework = somerset;
      el.level = 'senior';
      document.body.append(el);
      const { detail } = await failed;
      await elementUpdated(el);
      expect(detail.problems[0].message).to.equal(
        'Unknown career level "senior"; this framework\'s levels are "entry", "early", "mid", "established", "wider".',
      );
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.include('These competencies cannot be shown');
      expect(alert.textContent).to.include('Unknown career level "senior"');
      await expect(el).to.be.accessible();
      const again = oneEvent(el, 'ksb-error');
      el.level = '';
      el.competencies = 'self-monitoring nope';
      expect((await again).detail.problems[0].message).to.equal('The "competencies" attribute names an item not in this framework: "nope".');
      el.remove();
    });
  });

  describe('frameworks without rubrics', () => {
    it('rates AHP competencies on the generic Dreyfus descriptors, by domain, and places no career level', async function () {
      // 55 competencies of six levels each: axe over the whole of it takes a while on a busy machine.
      this.timeout(40000);
      const ahp = await bundled('ahp-support-worker.json');
      const { el, h } = await rater(html`<dreyfus-rater .framework=${ahp}></dreyfus-rater>`);
      expect(h.progressText()).to.equal('0 of 55 rated');
      const sections = [...h.root.querySelectorAll('h3.section-title')].map((x) => x.textContent);
      expect(sections).to.have.length(8);
      expect(sections[0]).to.equal('Domain 1: Formal knowledge and experience');
      expect(h.root.querySelector('.competency-title')!.tagName).to.equal('H4');
      const first = h.competencyIds()[0];
      expect(h.descriptor(first, 0)).to.equal('Absence of and/ or highly inappropriate performance of skill');
      expect(h.descriptor(first, 3)).to.equal('Competent, good skills with some minor problems or inconsistencies');
      expect(h.competency(first).textContent).to.include('This competency has no rubric of its own');
      expect(h.competency(first).querySelector('details[part="guidance"]')).to.equal(null);
      expect(h.text()).to.include('This framework does not say which competencies each career level requires');
      await h.rate(first, 2);
      expect(h.chosenMark(first)).to.equal('Chosen: 2 Advanced Beginner Evidence of some competence, with numerous problems or inconsistencies.');
      await expect(el).to.be.accessible();
    });

    it('rates the KSBs of an apprenticeship standard (ST0958)', async function () {
      this.timeout(20000);
      const st0958 = await bundled('st0958.json');
      const { h } = await rater(html`<dreyfus-rater .framework=${st0958}></dreyfus-rater>`);
      expect(h.progressText()).to.equal('0 of 92 rated');
      expect(h.title('K1')).to.match(/^K1 the wider social determinants of health/);
      expect(h.levelNames('K1')).to.have.length(6);
    });
  });

  describe('events', () => {
    it('emits ksb-change with the whole result on every rating and note, bubbling and composed', async () => {
      const { h } = await rater(html`<dreyfus-rater .framework=${mini()} subject="worker-7" rater="Ana Assessor"></dreyfus-rater>`);
      const seen: CustomEvent[] = [];
      const listen = (e: Event) => seen.push(e as CustomEvent);
      document.body.addEventListener('ksb-change', listen);
      await h.rate('A', 3);
      await h.rate('A', 4);
      await h.writeNote('B', 'Seen in a review on 3 May');
      document.body.removeEventListener('ksb-change', listen);
      expect(seen).to.have.length(3);
      expect(seen.every((e) => e.bubbles && e.composed)).to.be.true;
      expect(seen.map((e) => e.detail.item)).to.deep.equal(['A', 'A', 'B']);
      const result: Result = seen[2].detail.result;
      expect(result.framework).to.deep.equal({ id: 'mini', version: '2', title: 'Mini framework' });
      expect(result.subject).to.equal('worker-7');
      expect(result.rater).to.equal('Ana Assessor');
      expect(result.scale).to.equal('dreyfus');
      expect(result.responses.map((r) => [r.item, r.value, r.note])).to.deep.equal([
        ['A', 4, undefined],
        ['B', undefined, 'Seen in a review on 3 May'],
      ]);
      expect(JSON.parse(JSON.stringify(result))).to.deep.equal(result);
    });

    it('clears a rating, keeps the note, and returns focus to the level group', async () => {
      const { el, h } = await rater(html`<dreyfus-rater .framework=${mini()}></dreyfus-rater>`);
      await h.rate('A', 2);
      await h.writeNote('A', 'Keep me');
      const changed = oneEvent(el, 'ksb-change');
      await h.press('Clear the rating for Listening');
      const r = (await changed).detail.result as Result;
      expect(r.responses).to.have.length(1);
      expect(r.responses[0].value).to.equal(undefined);
      expect(r.responses[0].note).to.equal('Keep me');
      await elementUpdated(el);
      expect(h.checked('A')).to.equal(undefined);
      expect(h.chosenMark('A')).to.equal('Not rated yet');
      expect(el.shadowRoot!.activeElement).to.equal(h.radio('A', 0));
    });
  });

  describe('resume', () => {
    it('round-trips: a stored result given back restores every rating and note exactly', async () => {
      const first = await rater(html`<dreyfus-rater .framework=${somerset} subject="Jo" rater="Sam"></dreyfus-rater>`);
      await first.h.rate('person-centred-approach', 4);
      await first.h.rate('self-monitoring', 1);
      const changed = oneEvent(first.el, 'ksb-change');
      first.h.note('self-monitoring').value = 'Line one\nLine two, “quoted” <b>not bold</b>';
      first.h.note('self-monitoring').dispatchEvent(new Event('input'));
      const stored = JSON.stringify((await changed).detail.result);

      const second = await rater(html`<dreyfus-rater .framework=${somerset} value=${stored}></dreyfus-rater>`);
      expect(second.el.currentResult).to.deep.equal(JSON.parse(stored));
      expect(second.h.checked('person-centred-approach')).to.equal(4);
      expect(second.h.checked('self-monitoring')).to.equal(1);
      expect(second.h.checked('promoting-autonomy')).to.equal(undefined);
      expect(second.h.note('self-monitoring').value).to.equal('Line one\nLine two, “quoted” <b>not bold</b>');
      expect(second.h.progressText()).to.equal('2 of 6 rated');
      // Carrying on from the resumed result keeps what was there.
      const next = oneEvent(second.el, 'ksb-change');
      await second.h.rate('promoting-autonomy', 3);
      const r = (await next).detail.result as Result;
      expect(r.started).to.equal(JSON.parse(stored).started);
      expect(r.subject).to.equal('Jo');
      expect(r.rater).to.equal('Sam');
      expect(r.responses.map((x) => x.item)).to.deep.equal(['person-centred-approach', 'self-monitoring', 'promoting-autonomy']);
    });

    it('flags a result for another framework version and does not apply it silently', async () => {
      const old = somersetResult({ 'person-centred-approach': 4, 'retired-competency': 2 }, { framework: { id: 'somerset-splw', version: '3.0' } });
      const el = document.createElement('dreyfus-rater');
      const error = oneEvent(el, 'ksb-error');
      el.framework = somerset;
      el.value = old;
      document.body.append(el);
      const { detail } = await error;
      await elementUpdated(el);
      const h = new RaterHarness(el);
      expect(detail.source).to.equal('value');
      expect(detail.problems.map((p: { code: string }) => p.code)).to.deep.equal(['version-mismatch', 'unknown-id']);
      const notice = el.shadowRoot!.querySelector('[part="mismatch"]')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      const text = notice.textContent!.replace(/\s+/g, ' ');
      expect(text).to.include('The saved answers were given for version 3.0; this is version 4.0.');
      expect(text).to.include('1 answer matches an item in this framework; 1 does not.');
      expect(text).to.include('retired-competency');
      expect(h.checked('person-centred-approach')).to.equal(undefined);
      expect(el.currentResult).to.equal(undefined);
      await expect(el).to.be.accessible();
      const changed = oneEvent(el, 'ksb-change');
      await h.press('Use the matching answers');
      const r = (await changed).detail.result as Result;
      expect(r.framework.version).to.equal('4.0');
      expect(r.responses.map((x) => [x.item, x.value])).to.deep.equal([['person-centred-approach', 4]]);
      expect(h.checked('person-centred-approach')).to.equal(4);
      el.remove();
    });
  });

  describe('forms', () => {
    it('submits the result JSON with a plain form, and blocks it while required competencies are unrated', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><dreyfus-rater name="rating" required .framework=${mini()}></dreyfus-rater></form>`);
      const el = form.querySelector('dreyfus-rater')!;
      await elementUpdated(el);
      const h = new RaterHarness(el);
      expect(form.checkValidity()).to.be.false;
      expect(el.validationMessage).to.equal('Answer 2 more items before submitting.');
      await h.rate('A', 3);
      await h.rate('B', 5);
      expect(form.checkValidity()).to.be.true;
      const posted = JSON.parse(new FormData(form).get('rating') as string) as Result;
      expect(posted.responses.map((r) => [r.item, r.value])).to.deep.equal([['A', 3], ['B', 5]]);
      form.reset();
      await elementUpdated(el);
      expect(new FormData(form).get('rating')).to.equal(null);
      expect(h.checked('A')).to.equal(undefined);
    });
  });

  describe('history', () => {
    const earlier = (date: string, rater: string, value: number, version = '4.0'): Result => ({
      ...somersetResult({ 'person-centred-approach': value }, { framework: { id: 'somerset-splw', version } }),
      rater,
      submitted: date,
    });

    it('shows each competency’s earlier ratings in date order, with the raters and the change', async () => {
      // Given out of order, and one from an older version of the framework.
      const history = [earlier('2026-04-20T10:00:00.000Z', 'B. Jones', 3), earlier('2026-01-15T10:00:00.000Z', 'A. Okafor', 2, '3.0')];
      const { el, h } = await rater(html`<dreyfus-rater .framework=${somerset} .history=${history}></dreyfus-rater>`);
      const trend = () => h.competency('person-centred-approach').querySelector('[part="trend"]')!;
      expect([...trend().querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
        '15 January 2026, A. Okafor: 2 Advanced Beginner',
        '20 April 2026, B. Jones: 3 Competent',
      ]);
      expect(trend().querySelector('.trend-change')!.textContent).to.equal('+1 since 15 January 2026');
      await h.rate('person-centred-approach', 4);
      expect([...trend().querySelectorAll('li')].map((li) => li.textContent!.trim()).at(-1)).to.equal('Now: 4 Proficient');
      expect(trend().querySelector('.trend-change')!.textContent).to.equal('+2 since 15 January 2026');
      expect(h.rows('ratings-table')[0]).to.deep.equal(['Person Centred Approach', '4 Proficient At or above target', '2 → 3 → 4']);
      expect(h.competency('promoting-autonomy').querySelector('[part="trend"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('reports earlier results it cannot use, and still shows the rest', async () => {
      const el = document.createElement('dreyfus-rater');
      const error = oneEvent(el, 'ksb-error');
      el.framework = somerset;
      el.history = [earlier('2026-01-15T10:00:00.000Z', 'A. Okafor', 2), { format: 'nope' }, { ...earlier('2026-02-01T00:00:00.000Z', 'X', 1), framework: { id: 'other', version: '1' } }];
      document.body.append(el);
      const { detail } = await error;
      await elementUpdated(el);
      expect(detail.source).to.equal('history');
      expect(detail.problems.map((p: { path: string }) => p.path)).to.include('$[2].framework.id');
      expect(detail.problems.some((p: { path: string }) => p.path.startsWith('$[1]'))).to.be.true;
      const alert = [...el.shadowRoot!.querySelectorAll('[role="alert"]')].find((a) => a.textContent!.includes('Some earlier ratings cannot be shown'));
      expect(alert).to.exist;
      const h = new RaterHarness(el);
      expect(h.competency('person-centred-approach').querySelectorAll('[part="trend"] li')).to.have.length(1);
      el.remove();
    });
  });

  describe('input and errors', () => {
    it('loads from src with a loading state, then fires ksb-load', async () => {
      const el = document.createElement('dreyfus-rater');
      el.src = bundledUrl('somerset-splw.json');
      const loaded = oneEvent(el, 'ksb-load');
      document.body.append(el);
      await elementUpdated(el);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.include('Loading the framework');
      await expect(el).to.be.accessible();
      expect((await loaded).detail.id).to.equal('somerset-splw');
      await elementUpdated(el);
      expect(new RaterHarness(el).competencyIds()).to.deep.equal(SOMERSET_SIX);
      el.remove();
    });

    it('shows an accessible error and fires ksb-error when src fails', async () => {
      const el = document.createElement('dreyfus-rater');
      el.src = new URL('/no/such/framework.json', location.href).href;
      const failed = oneEvent(el, 'ksb-error');
      document.body.append(el);
      const { detail } = await failed;
      await elementUpdated(el);
      expect(detail.source).to.equal('src');
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('The framework could not be loaded');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('reports invalid framework JSON in the attribute without throwing into the page', async () => {
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', onError);
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const errorSeen = new Promise<CustomEvent>((resolve) => wrapper.addEventListener('ksb-error', (e) => resolve(e as CustomEvent)));
      wrapper.innerHTML = `<dreyfus-rater framework='{"format": "ksb-framework/1", "items": [}'></dreyfus-rater>`;
      const e = await errorSeen;
      const el = wrapper.querySelector('dreyfus-rater')!;
      await elementUpdated(el);
      window.removeEventListener('error', onError);
      expect(e.detail.source).to.equal('framework');
      expect(e.detail.problems[0].message).to.match(/^The "framework" attribute is not valid JSON/);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      expect(errors).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('renders hostile strings as text, runs nothing, and links only http(s) resources', async () => {
      (window as any).__pwned = 0;
      const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
      const hostile = mini({
        title: payload,
        items: [
          { id: 'A', code: '<b>A</b>', type: 'competency', statement: payload },
          { id: 'B', type: 'competency', statement: 'Planning' },
        ],
        levels: [
          { id: 'one', label: payload, assesses: ['A'], payBand: payload, pay: payload },
          { id: 'two', label: 'Two', assesses: ['B'] },
        ],
        rubrics: [{ item: 'A', scale: 'dreyfus', keyFeatures: payload, interaction: payload, descriptors: [{ value: 2, text: payload }] }],
        resources: [
          { id: 'r1', title: payload, url: 'javascript:window.__pwned=3', levels: ['one'] },
          { id: 'r2', title: 'Good', url: 'https://example.org/ok', provider: payload, levels: ['one'] },
        ],
      });
      const value = { ...somersetResult({ A: 1 }), framework: { id: 'mini', version: '2' }, responses: [{ item: 'A', value: 1, scale: 'dreyfus', note: payload, time: '2026-05-01T09:00:00.000Z' }] };
      const { el, h } = await rater(html`<dreyfus-rater .framework=${hostile} .value=${value} level="one" rater=${payload}></dreyfus-rater>`);
      await aTimeout(50);
      expect(h.root.querySelectorAll('img, script, b')).to.have.length(0);
      expect(h.root.querySelector('.title')!.textContent).to.equal(payload);
      expect(h.title('A')).to.equal(`<b>A</b> ${payload}`);
      expect(h.descriptor('A', 2)).to.equal(payload);
      expect(h.note('A').value).to.equal(payload);
      expect(h.text()).to.include(`Rated by ${payload}`);
      const links = [...h.root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['https://example.org/ok']);
      expect(h.training()[0].resources[0]).to.equal(payload);
      (h.root.querySelector('.training-group li') as HTMLElement).click();
      expect((window as any).__pwned).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('read-only, languages and provider', () => {
    it('shows the ratings, descriptors and evidence as text in readonly mode', async () => {
      const value = somersetResult({ 'person-centred-approach': 3 });
      value.responses[0].note = 'Observed on 2 May.\nGood rapport.';
      const { el, h } = await rater(html`<dreyfus-rater readonly .framework=${somerset} .value=${value}></dreyfus-rater>`);
      expect(h.root.querySelectorAll('input, textarea')).to.have.length(0);
      expect(h.chosenMark('person-centred-approach')).to.match(/^Rating: 3 Competent Competent and appropriate use of person-centred approach/);
      expect((h.competency('person-centred-approach').querySelector('details[part="guidance"]') as HTMLDetailsElement).open).to.be.false;
      expect(h.chosenMark('self-monitoring')).to.equal('Not rated yet');
      expect(h.competency('person-centred-approach').textContent).to.include('Observed on 2 May.\nGood rapport.');
      expect(h.text()).to.include('These answers can be read but not changed.');
      expect(() => h.button('Submit ratings')).to.throw();
      await expect(el).to.be.accessible();
    });

    it('speaks Welsh with lang="cy", from the element or the page', async () => {
      const { el, h } = await rater(html`<dreyfus-rater lang="cy" .framework=${somerset}></dreyfus-rater>`);
      expect(h.progressText()).to.equal('0 o 6 wedi’u sgorio');
      expect(h.root.querySelector('#scoring-title')!.textContent).to.equal('Sut i sgorio');
      expect(h.button('Cyflwyno’r sgoriau')).to.exist;
      expect(h.competency('self-monitoring').querySelector('summary')!.textContent).to.equal('Nodweddion allweddol a rhyngweithio');
      await h.rate('self-monitoring', 2);
      expect(h.chosenMark('self-monitoring')).to.match(/^Wedi’i ddewis: 2 Advanced Beginner/);
      await expect(el).to.be.accessible();
      const inPage = await fixture<HTMLDivElement>(html`<div lang="cy-GB"><dreyfus-rater .framework=${mini()}></dreyfus-rater></div>`);
      const cy = inPage.querySelector('dreyfus-rater')!;
      await elementUpdated(cy);
      expect(new RaterHarness(cy).progressText()).to.equal('0 o 2 wedi’u sgorio');
      // The built-in Dreyfus scale in Welsh (Somerset defines its own, kept in its words).
      await new RaterHarness(cy).rate('A', 3);
      expect(new RaterHarness(cy).chosenMark('A')).to.match(/^Wedi’i ddewis: 3 Cymwys/);
    });

    it('uses the framework of an enclosing <ksb-framework> and shares its result', async () => {
      const provider = await fixture<KsbFrameworkProvider>(
        html`<ksb-framework src=${bundledUrl('somerset-splw.json')}><dreyfus-rater level="early"></dreyfus-rater></ksb-framework>`,
      );
      const el = provider.querySelector('dreyfus-rater')!;
      await waitUntil(() => el.shadowRoot!.querySelector('.competency'), 'rater never showed the provider framework', { timeout: 5000 });
      const h = new RaterHarness(el);
      expect(h.competencyIds()).to.deep.equal(['person-centred-approach']);
      await h.rate('person-centred-approach', 3);
      await elementUpdated(provider);
      expect(provider.results.map((r) => r.responses.map((x) => [x.item, x.value]))).to.deep.equal([[['person-centred-approach', 3]]]);
    });
  });

  describe('accessibility (axe) in every state', () => {
    it('is clean with no framework', async () => {
      const { el } = await rater(html`<dreyfus-rater></dreyfus-rater>`);
      await expect(el).to.be.accessible();
    });

    it('downloads the ratings as a spreadsheet from the summary', async () => {
      const { h } = await rater(html`<dreyfus-rater .framework=${somerset} subject="Jo" rater="Sam" party="assessor"></dreyfus-rater>`);
      await h.rate(SOMERSET_SIX[0], 3);
      const files = await catchDownloads(() => h.button('Download the ratings (CSV)').click(), 1);
      expect(files.map((f) => f.name)).to.deep.equal([`${somerset.id}-ratings.csv`]);
      const lines = files[0].text.replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines.length).to.equal(2);
      expect(lines[1]).to.include(',Jo,assessor,Sam,');
      expect(lines[1]).to.include('Competent');
    });

    it('is clean with nothing rated', async () => {
      const { el } = await rater(html`<dreyfus-rater .framework=${somerset}></dreyfus-rater>`);
      await expect(el).to.be.accessible();
    });

    it('is clean partly rated with notes, and fully rated and submitted', async () => {
      const { el, h } = await rater(html`<dreyfus-rater .framework=${somerset} subject="Jo" rater="Sam"></dreyfus-rater>`);
      await h.rate('person-centred-approach', 2);
      await h.writeNote('person-centred-approach', 'Some evidence');
      await expect(el).to.be.accessible();
      for (const id of SOMERSET_SIX) await h.rate(id, 4);
      await h.press('Submit ratings');
      expect(h.text()).to.include('Submitted');
      await expect(el).to.be.accessible();
    });

    it('is clean with no competencies to rate (a level that assesses none)', async () => {
      const fw = mini({ levels: [{ id: 'intro', label: 'Induction' }, { id: 'one', label: 'Level one', assesses: ['A'] }], resources: [] });
      const { el, h } = await rater(html`<dreyfus-rater .framework=${fw} level="intro"></dreyfus-rater>`);
      expect(h.text()).to.include('There are no competencies to rate here.');
      await expect(el).to.be.accessible();
    });
  });
});
