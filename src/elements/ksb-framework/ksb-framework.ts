import { defineElement } from '../../shared/define.js';
import { KsbFrameworkProvider } from './ksb-framework.component.js';

export { KsbFrameworkProvider };
defineElement('ksb-framework', KsbFrameworkProvider);

declare global {
  interface HTMLElementTagNameMap {
    'ksb-framework': KsbFrameworkProvider;
  }
}
