// Example: a Vue 3 app with a skills scan. The template is compiled in the
// browser, so Vue is told which tags are custom elements; the framework object
// is bound as a property (.prop) and each answer lands in Vue state.
import { createApp, reactive } from 'vue';
import '../../../src/elements/skills-scan/skills-scan.js';
import type { KsbChangeEvent } from '../../../src/shared/events.js';
import type { Result } from '../../../src/model/result.js';

/** The library's tags, for Vue's `isCustomElement` (with a build step, the same function goes in the Vue plugin's `template.compilerOptions`). */
export const isKsbElement = (tag: string) => tag === 'skills-scan' || tag === 'dreyfus-rater' || tag.startsWith('ksb-');

export interface ScanState {
  framework?: unknown;
  subject: string;
  draft?: Result;
}

/** Mounts the app on `target` and loads the framework from `src`; returns the app and its reactive state. */
export function mountScanApp(target: Element, src: string, subject: string) {
  const state = reactive<ScanState>({ subject });
  fetch(src)
    .then((r) => r.json())
    .then((framework) => (state.framework = framework));

  const app = createApp({
    setup: () => ({ state, onChange: (e: KsbChangeEvent) => (state.draft = e.detail.result) }),
    template: `
      <skills-scan v-if="state.framework" :framework.prop="state.framework" :subject="state.subject" @ksb-change="onChange"></skills-scan>
      <p role="status">{{ state.draft ? state.draft.responses.length + ' saved for ' + state.draft.subject : 'Nothing saved yet' }}</p>`,
  });
  app.config.compilerOptions.isCustomElement = isKsbElement;
  app.mount(target);
  return { app, state };
}
