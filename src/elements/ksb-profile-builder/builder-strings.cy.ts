/** Welsh UI strings of `<ksb-profile-builder>`: a chunk of their own, loaded before a Welsh render; the English table is in `builder-strings.ts`. */
import type { BuilderStrings } from './builder-strings.js';

export const cy: BuilderStrings = {
  heading: (f) => `Proffil rôl ar gyfer ${f}`,
  intro: 'Ticiwch yr eitemau sy’n berthnasol i’r rôl hon. Gellir rhoi rheswm dros adael eitemau allan.',
  presetsTitle: 'Dechrau o awgrym',
  presetsHint: 'Awgrymiadau gan y fframwaith ei hun. Mae dewis un yn disodli’r dewis presennol.',
  presetItems: (n) => (n === 1 ? '1 eitem' : `${n} eitem`),
  presetApplied: (t) => `Wedi defnyddio “${t}”.`,
  titleLabel: 'Teitl y rôl',
  titleHint: 'Er enghraifft: gweithiwr STR, gwasanaethau pobl hŷn.',
  defaultTitle: (f) => `${f}: proffil rôl`,
  chosen: (n, of) => `${n} o ${of} eitem wedi’u dewis.`,
  selectAll: 'Dewis y cyfan',
  selectNone: 'Dewis dim',
  inGroup: (g) => ` yn ${g}`,
  groupCount: (n, of) => `${n} o ${of} wedi’u dewis`,
  reasonLabel: (code) => `Pam mae ${code} wedi’i adael allan (dewisol)`,
  valueErrorTitle: 'Ni ellir defnyddio’r proffil rôl a gadwyd',
};
