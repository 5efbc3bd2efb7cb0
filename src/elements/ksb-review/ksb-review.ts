import { defineElement } from '../../shared/define.js';
import { KsbReview } from './ksb-review.component.js';

export { KsbReview };
defineElement('ksb-review', KsbReview);

declare global {
  interface HTMLElementTagNameMap {
    'ksb-review': KsbReview;
  }
}
