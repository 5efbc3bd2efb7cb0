import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import '../../src/elements/ksb-matrix/ksb-matrix.js';
import '../../src/elements/ksb-framework/ksb-framework.js';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';
import type { Framework } from '../../src/model/framework.js';
import { bundled } from '../harness/frameworks.js';
import { fixtureUrl, miniResult, textOf, watchPageErrors } from './helpers.js';

/** Makes the next fetch of `url` fail as a dropped connection would; later fetches go through. */
function failNextFetch(url: string): () => void {
  const real = window.fetch;
  let failed = false;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (!failed && String(input instanceof Request ? input.url : input) === url) {
      failed = true;
      return Promise.reject(new TypeError('Failed to fetch'));
    }
    return real(input, init);
  };
  return () => (window.fetch = real);
}

describe('"Try again" after a failed src load, and reload()', () => {
  for (const tag of ['skills-scan', 'dreyfus-rater', 'ksb-matrix'] as const) {
    it(`<${tag}>: the alert says the framework could not be loaded and offers "Try again", which loads it`, async () => {
      const stop = watchPageErrors();
      const url = fixtureUrl('mini.json');
      const restore = failNextFetch(url);
      try {
        const el = document.createElement(tag);
        const failed = oneEvent(el, 'ksb-error');
        el.src = url;
        document.body.append(el);
        expect((await failed).detail.source).to.equal('src');
        await elementUpdated(el);
        const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
        expect(textOf(alert.querySelector('h2'))).to.equal('The framework could not be loaded');
        expect(textOf(alert)).to.include('Failed to fetch');
        await expect(el).to.be.accessible();
        const retry = alert.querySelector<HTMLButtonElement>('button')!;
        expect(textOf(retry)).to.equal('Try again');
        const loaded = oneEvent(el, 'ksb-load');
        retry.focus();
        retry.click();
        await loaded;
        await waitUntil(() => !el.shadowRoot!.querySelector('[role="alert"]'), 'the alert stayed');
        expect(el.currentFrameworkData?.id).to.equal('mini');
        // Focus is not lost to the page: it goes to the element's heading.
        await elementUpdated(el);
        expect(el.shadowRoot!.activeElement, 'focus after the retry').to.not.equal(null);
        el.remove();
      } finally {
        restore();
      }
      expect(stop()).to.deep.equal([]);
    });
  }

  it('<ksb-framework>: an element inside offers "Try again", which reloads the provider', async () => {
    const url = fixtureUrl('mini.json');
    const restore = failNextFetch(url);
    try {
      const wrapper = await fixture<HTMLElement>(html`<ksb-framework src=${url}><skills-scan></skills-scan></ksb-framework>`);
      const scan = wrapper.querySelector('skills-scan')!;
      await waitUntil(() => scan.shadowRoot!.querySelector('[role="alert"] button'), 'no retry button');
      scan.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
      await waitUntil(() => scan.shadowRoot!.querySelector('fieldset.question'), 'the questions never came');
    } finally {
      restore();
    }
  });

  it('reload() fetches src again and keeps the answers', async () => {
    const url = fixtureUrl('mini.json');
    const el = await fixture<SkillsScan>(html`<skills-scan mode="all" src=${url}></skills-scan>`);
    await waitUntil(() => el.currentFrameworkData);
    el.shadowRoot!.querySelector<HTMLInputElement>('[data-item="K1"] input[type=radio]')!.click();
    await elementUpdated(el);
    const before = el.currentResult;
    el.reload();
    await waitUntil(() => !el.shadowRoot!.querySelector('[role="status"][aria-busy]'));
    await elementUpdated(el);
    expect(el.currentResult).to.deep.equal(before);
  });
});

describe('a bad saved value or profile is named as such', () => {
  let st0958: Framework;
  before(async () => {
    st0958 = await bundled('st0958.json');
  });

  it('<skills-scan>: a value that fails validation is "the saved answers", not applied, with "Start afresh"; the questions are shown', async () => {
    const broken = { ...miniResult({ K1: 4 }), framework: { id: st0958.id, version: st0958.version } } as Record<string, unknown>;
    delete broken.scale;
    const el = document.createElement('skills-scan');
    const error = oneEvent(el, 'ksb-error');
    el.setAttribute('mode', 'all');
    el.framework = st0958;
    el.value = broken;
    document.body.append(el);
    expect((await error).detail.source).to.equal('value');
    await elementUpdated(el);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(textOf(alert.querySelector('h2'))).to.equal('The saved answers cannot be used');
    expect(textOf(alert)).to.include('They have not been applied');
    expect(textOf(alert)).to.not.include('framework cannot be shown');
    expect(el.shadowRoot!.querySelectorAll('fieldset.question').length).to.be.greaterThan(90);
    await expect(el).to.be.accessible();
    alert.querySelector<HTMLButtonElement>('button')!.click();
    await elementUpdated(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.id).to.equal('title');
    el.remove();
  });

  it('<dreyfus-rater>: the same wording for its saved ratings', async () => {
    const somerset = await bundled('somerset-splw.json');
    const el = document.createElement('dreyfus-rater');
    el.framework = somerset;
    el.value = { format: 'ksb-result/1', framework: { id: somerset.id, version: somerset.version }, responses: 'none' };
    document.body.append(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(textOf(el.shadowRoot!.querySelector('[role="alert"] h2'))).to.equal('The saved answers cannot be used');
    el.remove();
  });

  it('a profile that cannot be used is named as the role profile, not a broken framework', async () => {
    const el = document.createElement('skills-scan');
    el.framework = st0958;
    el.profile = { format: 'ksb-profile/1', framework: { id: 'other', version: '1' }, title: 'Other', items: ['K1'] };
    document.body.append(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(textOf(alert.querySelector('h2'))).to.equal('The role profile cannot be used');
    expect(textOf(alert)).to.include('The framework is fine');
    el.remove();
  });
});

describe('answers survive a change of framework under a live element', () => {
  it('<skills-scan>: a new version of the framework holds the answers and offers the matching ones', async () => {
    const stop = watchPageErrors();
    const st0958 = await bundled('st0958.json');
    const el = await fixture<SkillsScan>(html`<skills-scan mode="all" .framework=${st0958}></skills-scan>`);
    for (const item of ['K1', 'K2', 'S1']) {
      el.shadowRoot!.querySelector<HTMLInputElement>(`[data-item="${item}"] input[type=radio]`)!.click();
      await elementUpdated(el);
    }
    expect(el.currentResult!.responses.length).to.equal(3);
    el.framework = { ...st0958, version: '2' };
    await elementUpdated(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="mismatch"]'), 'no notice offering the answers');
    const notice = el.shadowRoot!.querySelector('[part="mismatch"]')!;
    expect(textOf(notice)).to.include('The saved answers were given for version 1; this is version 2.');
    expect(textOf(notice)).to.include('3 answers match items');
    await expect(el).to.be.accessible();
    const changed = oneEvent(el, 'ksb-change');
    [...notice.querySelectorAll('button')].find((b) => textOf(b) === 'Use the matching answers')!.click();
    const { result } = (await changed).detail;
    expect(result.framework.version).to.equal('2');
    expect(result.responses.map((r: { item: string }) => r.item)).to.deep.equal(['K1', 'K2', 'S1']);
    await elementUpdated(el);
    expect(el.shadowRoot!.querySelectorAll('input[type=radio]:checked').length).to.equal(3);
    expect(stop()).to.deep.equal([]);
  });
});
