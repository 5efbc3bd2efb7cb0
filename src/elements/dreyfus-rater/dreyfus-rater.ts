import { defineElement } from '../../shared/define.js';
import { DreyfusRater } from './dreyfus-rater.component.js';

export { DreyfusRater };
defineElement('dreyfus-rater', DreyfusRater);

declare global {
  interface HTMLElementTagNameMap {
    'dreyfus-rater': DreyfusRater;
  }
}
