import { defineElement } from '../../shared/define.js';
import { KsbMatrix } from './ksb-matrix.component.js';

export { KsbMatrix };
defineElement('ksb-matrix', KsbMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'ksb-matrix': KsbMatrix;
  }
}
