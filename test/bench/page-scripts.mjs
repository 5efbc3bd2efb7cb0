// Functions run inside the benchmark page (passed to page.evaluate: no closures over Node scope).

/**
 * <skills-scan mode="all"> (or, with `tag` and `itemSelector`, another element of a list of
 * items: <dreyfus-rater>, fieldset.competency): time from setting .framework to updateComplete
 * (every question rendered) + one frame + forced layout; and `firstMs`, to the first frame whose page holds a
 * question (+ forced layout): the questions come a few runs at a time, so that frame is the
 * first a person sees.
 */
export async function ksbScan(url, tag = 'skills-scan', itemSelector = 'fieldset.question') {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const settle = async (el) => { while (!(await el.updateComplete)); };
  const fw = await (await fetch(url)).json();
  const el = document.createElement(tag);
  if (tag === 'skills-scan') el.setAttribute('mode', 'all');
  document.body.append(el);
  await settle(el);
  await frame();
  const t0 = performance.now();
  el.framework = fw;
  let firstMs;
  const first = (async () => {
    for (;;) {
      await frame();
      if (el.shadowRoot.querySelector(itemSelector)) {
        void document.body.offsetHeight;
        firstMs = performance.now() - t0;
        return;
      }
    }
  })();
  await settle(el);
  const tSync = performance.now();
  await first;
  await frame();
  void document.body.offsetHeight;
  const t1 = performance.now();
  const radios = el.shadowRoot.querySelectorAll('input[type=radio]').length;
  return { ms: t1 - t0, syncMs: tSync - t0, firstMs, radios, items: el.shadowRoot.querySelectorAll(itemSelector).length };
}

/** SurveyJS: new Model(json) + renderSurvey into a div, to onAfterRenderSurvey + one frame + forced layout. */
export async function surveyScan(url) {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const json = await (await fetch(url)).json();
  const div = document.createElement('div');
  document.body.append(div);
  await frame();
  const t0 = performance.now();
  const model = new window.Survey.Model(json);
  const rendered = new Promise((r) => model.onAfterRenderSurvey.add(() => r()));
  window.Survey.renderSurvey(model, div);
  await rendered;
  const tSync = performance.now();
  await frame();
  void document.body.offsetHeight;
  const t1 = performance.now();
  window.model = model;
  const radios = div.querySelectorAll('input[type=radio]').length;
  return { ms: t1 - t0, syncMs: tSync - t0, radios };
}

/**
 * Rating clicks on an already rendered <skills-scan>: time from input.click() to the
 * ksb-change event (dispatched once the DOM is updated) and to a forced layout after it.
 * With `pauseMs`, each click comes after that long idle (untimed), as a person reads the
 * statement before answering: the garbage of the first render is then collected while idle,
 * as a browser does, rather than inside the first clicks.
 */
export async function ksbClicks(n, pauseMs = 0) {
  const el = document.querySelector('skills-scan');
  const questions = [...el.shadowRoot.querySelectorAll('fieldset.question')];
  const out = [];
  for (let k = 0; k < n; k++) {
    const q = questions[Math.floor(((k + 0.5) / n) * questions.length)];
    const radios = q.querySelectorAll('input[type=radio]');
    const input = radios[(k % 5) + 0];
    // As a person clicks: on a question in view (scrolled there first, untimed).
    q.scrollIntoView({ block: 'center' });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    let tEvent;
    const changed = new Promise((r) => el.addEventListener('ksb-change', () => { tEvent = performance.now(); r(); }, { once: true }));
    const t0 = performance.now();
    input.click();
    await changed;
    void document.body.offsetHeight;
    const t1 = performance.now();
    const progress = el.shadowRoot.querySelector('#progress-text').textContent;
    out.push({ eventMs: tEvent - t0, ms: t1 - t0, progress });
  }
  return out;
}

/** The same clicks on a rendered SurveyJS survey: click to onValueChanged, and to the DOM mutation + forced layout. */
export async function surveyClicks(n) {
  const model = window.model;
  const rows = [...document.querySelectorAll('tr.sd-table__row')].filter((r) => r.querySelector('input[type=radio]'));
  const out = [];
  for (let k = 0; k < n; k++) {
    const row = rows[Math.floor(((k + 0.5) / n) * rows.length)];
    const input = row.querySelectorAll('input[type=radio]')[k % 5];
    row.scrollIntoView({ block: 'center' });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    let tEvent;
    const changed = new Promise((r) => model.onValueChanged.add(function h() { tEvent = performance.now(); model.onValueChanged.remove(h); r(); }));
    const mutated = new Promise((r) => {
      const mo = new MutationObserver(() => { mo.disconnect(); r(); });
      mo.observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true });
    });
    const t0 = performance.now();
    input.click();
    await changed;
    await Promise.race([mutated, new Promise((r) => setTimeout(r, 2000))]);
    void document.body.offsetHeight;
    const t1 = performance.now();
    out.push({ eventMs: tEvent - t0, ms: t1 - t0, checked: input.checked });
  }
  return out;
}

/** <ksb-matrix layout="table">: first render (as for the scan), then filter to a query and clear it. */
export async function ksbMatrix(url, query) {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const settle = async (el) => { while (!(await el.updateComplete)); };
  const fw = await (await fetch(url)).json();
  const el = document.createElement('ksb-matrix');
  el.setAttribute('layout', 'table');
  el.setAttribute('rows', 'duty');
  el.setAttribute('columns', 'knowledge skill behaviour');
  document.body.append(el);
  await settle(el);
  await frame();
  const timed = async (change) => {
    const t0 = performance.now();
    change();
    await settle(el);
    const tSync = performance.now();
    await frame();
    void document.body.offsetHeight;
    return { ms: performance.now() - t0, syncMs: tSync - t0 };
  };
  const first = await timed(() => (el.framework = fw));
  const cells = el.shadowRoot.querySelectorAll('tbody td').length;
  await frame();
  const filter = await timed(() => (el.filter = query));
  const shown = el.shadowRoot.querySelectorAll('tbody th[part=row-header]').length;
  await frame();
  const clear = await timed(() => (el.filter = ''));
  // Scrolling 40 px a frame, as the cohort's figure (a reference for it: this grid re-renders nothing on scroll).
  el.style.setProperty('--ksb-matrix-max-height', '700px');
  await settle(el);
  await frame();
  const box = el.shadowRoot.querySelector('[part=table-wrapper]');
  const frames = [];
  let last = performance.now();
  for (let i = 0; i < 30; i++) {
    box.scrollTop += 40;
    box.scrollLeft += 40;
    await frame();
    const now = performance.now();
    frames.push(now - last);
    last = now;
  }
  // Moving focus by arrow key, as a keyboard user crosses the grid: from the focused cell, right and down
  // (40 moves), each from the keydown to the element's update and a forced layout (as the rating
  // click), one frame apart.
  box.scrollTop = 0;
  box.scrollLeft = 0;
  await frame();
  await settle(el);
  el.shadowRoot.querySelector('[part=table-wrapper] [tabindex="0"]').focus();
  await frame();
  const moves = [];
  for (let i = 0; i < 40; i++) {
    const from = el.shadowRoot.activeElement;
    // Three steps right to one down, so 40 moves stay inside a grid of ten rows.
    const key = i % 4 === 3 ? 'ArrowDown' : 'ArrowRight';
    const t0 = performance.now();
    from.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    await settle(el);
    void document.body.offsetHeight;
    moves.push(performance.now() - t0);
    await frame();
    if (el.shadowRoot.activeElement === from) throw new Error(`${key} did not move focus from ${from.dataset.r}:${from.dataset.c}`);
  }
  const at = el.shadowRoot.activeElement;
  return { first, filter, clear, cells, shown, frames, moves, movedTo: `${at.dataset.r}:${at.dataset.c}` };
}

/**
 * <ksb-matrix rows="results"> (the cohort view): time from setting .framework and .results to
 * updateComplete + one frame + forced layout; then scrolling the grid by one screen, ten
 * times, each to the next frame after the re-render (the scroll's own frame, the element's
 * update, one more frame and a forced layout); then scrolling 40 px a frame, each frame's time.
 */
export async function ksbCohort(url) {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const settle = async (el) => { while (!(await el.updateComplete)); };
  const { framework, results } = await (await fetch(url)).json();
  const el = document.createElement('ksb-matrix');
  el.setAttribute('layout', 'table');
  el.setAttribute('rows', 'results');
  el.style.setProperty('--ksb-matrix-max-height', '700px');
  document.body.append(el);
  await settle(el);
  await frame();
  const t0 = performance.now();
  el.framework = framework;
  el.results = results;
  await settle(el);
  const tSync = performance.now();
  await frame();
  void document.body.offsetHeight;
  const first = performance.now() - t0;
  const box = el.shadowRoot.querySelector('[part=table-wrapper]');
  const rows = el.shadowRoot.querySelectorAll('tbody tr[data-subject]').length;
  const scrolls = [];
  for (let i = 0; i < 10; i++) {
    const s0 = performance.now();
    box.scrollTop += box.clientHeight;
    await frame();
    await settle(el);
    await frame();
    void document.body.offsetHeight;
    scrolls.push(performance.now() - s0);
  }
  // Scrolling as a wheel or trackpad does: 40 px a frame for 60 frames, each frame's time.
  box.scrollTop = 0;
  await frame();
  await frame();
  const frames = [];
  let last = performance.now();
  for (let i = 0; i < 60; i++) {
    box.scrollTop += 40;
    await frame();
    const now = performance.now();
    frames.push(now - last);
    last = now;
  }
  const cells = el.shadowRoot.querySelectorAll('td[part=cell]').length;
  return { ms: first, syncMs: tSync - t0, rows, cells, scrolls, frames };
}

/**
 * <ksb-review> of three parties' results: time from setting .framework and .results to
 * updateComplete + one frame + forced layout; then agreeing one item's rating (a select's
 * change) to the ksb-change event and a forced layout after it.
 */
export async function ksbReview(url) {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const settle = async (el) => { while (!(await el.updateComplete)); };
  const { framework, results } = await (await fetch(url)).json();
  const el = document.createElement('ksb-review');
  document.body.append(el);
  await settle(el);
  await frame();
  const t0 = performance.now();
  el.framework = framework;
  el.results = results;
  await settle(el);
  await frame();
  void document.body.offsetHeight;
  const t1 = performance.now();
  const rows = el.shadowRoot.querySelectorAll('tr[data-item]').length;
  const select = el.shadowRoot.querySelector('tr[data-item] select');
  const changed = new Promise((r) => el.addEventListener('ksb-change', () => r(performance.now()), { once: true }));
  const c0 = performance.now();
  select.value = '4';
  select.dispatchEvent(new Event('change'));
  const tEvent = await changed;
  void document.body.offsetHeight;
  const c1 = performance.now();
  return { ms: t1 - t0, rows, agreeMs: c1 - c0, agreeEventMs: tEvent - c0 };
}

/**
 * The static floor: the same questions as static HTML (no script in it), from inserting the
 * markup to one frame + forced layout, timed as the scan is.
 */
export async function staticScan(url) {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const markup = await (await fetch(url)).text();
  const div = document.createElement('div');
  document.body.append(div);
  await frame();
  const t0 = performance.now();
  div.innerHTML = markup;
  const tSync = performance.now();
  await frame();
  void document.body.offsetHeight;
  const t1 = performance.now();
  return { ms: t1 - t0, syncMs: tSync - t0, radios: div.querySelectorAll('input[type=radio]').length };
}
