import { defineElement } from '../../shared/define.js';
import { SkillsScan } from './skills-scan.component.js';

export { SkillsScan };
defineElement('skills-scan', SkillsScan);

declare global {
  interface HTMLElementTagNameMap {
    'skills-scan': SkillsScan;
  }
}
