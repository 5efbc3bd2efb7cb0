import { defineElement } from '../../shared/define.js';
import { KsbProfileBuilder } from './ksb-profile-builder.component.js';

export { KsbProfileBuilder };
defineElement('ksb-profile-builder', KsbProfileBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'ksb-profile-builder': KsbProfileBuilder;
  }
}
