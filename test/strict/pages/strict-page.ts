// The strict page's only script of its own (external, as the policy requires): loads
// the library from src through the dev server, or the built bundle with ?lib=bundle,
// and offers two controls the test calls to prove Trusted Types and eval are blocked.
const lib = new URLSearchParams(location.search).get('lib') === 'bundle' ? '/dist/ksb-elements.bundle.js' : '/src/index.ts';

const controls = {
  /** A string into an HTML sink: Trusted Types must refuse it. */
  innerHtml(): string {
    const div = document.createElement('div');
    try {
      div.innerHTML = '<b>trusted-types-control</b>';
      return 'assigned';
    } catch (e) {
      return (e as Error).name;
    }
  },
  /** A string compiled as code: script-src without 'unsafe-eval' must refuse it. */
  evalString(): string {
    try {
      return String((0, eval)('"eval-control"'));
    } catch (e) {
      return (e as Error).name;
    }
  },
};

Object.assign(window, {
  strictPage: { lib, controls, loaded: import(lib).then(() => true) },
});
