import { elementTable } from '../../shared/localize.js';

/** UI strings of `<ksb-profile-builder>` in English; the Welsh table is beside it in `builder-strings.cy.ts`. */
export interface BuilderStrings {
  heading: (framework: string) => string;
  intro: string;
  presetsTitle: string;
  presetsHint: string;
  presetItems: (n: number) => string;
  presetApplied: (title: string) => string;
  titleLabel: string;
  titleHint: string;
  defaultTitle: (framework: string) => string;
  chosen: (n: number, of: number) => string;
  selectAll: string;
  selectNone: string;
  inGroup: (group: string) => string;
  groupCount: (n: number, of: number) => string;
  reasonLabel: (code: string) => string;
  valueErrorTitle: string;
}

const en: BuilderStrings = {
  heading: (f) => `Role profile for ${f}`,
  intro: 'Tick the items that apply to this role. Items left out can have a reason.',
  presetsTitle: 'Start from a suggestion',
  presetsHint: 'Suggestions the framework itself gives. Choosing one replaces the current choice.',
  presetItems: (n) => (n === 1 ? '1 item' : `${n} items`),
  presetApplied: (t) => `Applied “${t}”.`,
  titleLabel: 'Role title',
  titleHint: 'For example: STR worker, older people’s services.',
  defaultTitle: (f) => `${f}: role profile`,
  chosen: (n, of) => `${n} of ${of} items chosen.`,
  selectAll: 'Select all',
  selectNone: 'Select none',
  inGroup: (g) => ` in ${g}`,
  groupCount: (n, of) => `${n} of ${of} chosen`,
  reasonLabel: (code) => `Why ${code} is left out (optional)`,
  valueErrorTitle: 'The saved role profile cannot be used',
};


export function builderStrings(lang: string): BuilderStrings {
  return elementTable(lang, 'builder', en);
}
