/**
 * UI strings of `<ksb-review>` (never framework text), English (en-GB) and
 * Welsh side by side. The element itself is still being built (see the
 * CHANGELOG): these tables are its settled wording. The shared strings
 * (loading, errors) come from `shared/localize.ts`.
 */
import type { Party } from '../../model/result.js';
import { localeFor } from '../../shared/localize.js';

/** The Welsh plural category of `n`. */
const plural = (n: number) => new Intl.PluralRules('cy').select(n);

export interface ReviewStrings {
  reviewOf: (subject: string) => string;
  reviewUntitled: string;
  progress: (agreed: number, total: number) => string;
  progressLabel: string;
  evidenceTitle: string;
  standard: string;
  reference: string;
  version: string;
  subject: string;
  parties: string;
  /** A source result, as listed in the record: who, and when it was submitted or last changed. */
  sourceLine: (party: string, rater: string | undefined, when: string, submitted: boolean) => string;
  reviewStarted: string;
  reviewSubmitted: string;
  digest: string;
  digestNote: string;
  noResults: string;
  resultsErrorTitle: string;
  resultsErrorIntro: string;
  valueErrorTitle: string;
  sourceChanged: (parties: string) => string;
  compareTitle: string;
  compareIntro: (points: number) => string;
  onlyDisagreements: (n: number) => string;
  noDisagreements: string;
  quickTitle: string;
  takeParty: (party: string) => string;
  takenParty: (party: string, n: number) => string;
  item: string;
  difference: string;
  agreedRating: string;
  flagSpread: (points: number) => string;
  flagUnsure: string;
  flagNone: string;
  notAnswered: string;
  choose: string;
  agreedLabel: (code: string) => string;
  reasonLabel: (code: string) => string;
  reasonHint: (differs: string) => string;
  chartTitle: string;
  chartAlt: (section: string, figures: string) => string;
  chartTableCaption: string;
  section: string;
  meanOf: (party: string) => string;
  noRating: string;
  rplTitle: string;
  rplNeedsFigures: string;
  planTitle: string;
  planIntro: (threshold: string) => string;
  planHours: (hours: string) => string;
  planTotal: (n: number, hours: string | undefined) => string;
  planEmpty: string;
  planNotAgreed: string;
  signoffTitle: string;
  signoffIntro: string;
  signoffLegend: (party: string) => string;
  name: string;
  role: string;
  date: string;
  declaration: string;
  sign: (party: string) => string;
  unsign: (party: string) => string;
  signedBy: (name: string, role: string | undefined, date: string, recorded: string) => string;
  signNameMissing: string;
  signDateMissing: string;
  declarations: Record<Party, string>;
  submit: string;
  print: string;
  submittedNote: (when: string) => string;
  readonlyNote: string;
  errorSummaryTitle: string;
  missingAgreed: (code: string) => string;
  missingReason: (code: string) => string;
  missingSignoff: (party: string) => string;
  requiredMessage: (n: number) => string;
}

const en: ReviewStrings = {
  reviewOf: (subject) => `Initial assessment review: ${subject}`,
  reviewUntitled: 'Initial assessment review',
  progress: (a, t) => `${a} of ${t} agreed`,
  progressLabel: 'Ratings agreed',
  evidenceTitle: 'Record of the initial assessment',
  standard: 'Standard',
  reference: 'Reference',
  version: 'Version',
  subject: 'Learner',
  parties: 'Ratings reviewed',
  sourceLine: (party, rater, when, submitted) => `${party}${rater ? ` (${rater})` : ''}: ${submitted ? 'submitted' : 'last changed'} ${when}`,
  reviewStarted: 'Review started',
  reviewSubmitted: 'Review submitted',
  digest: 'Digest (SHA-256 of the canonical JSON)',
  digestNote: 'The digest shows whether this record has changed since it was submitted. It does not show who made it.',
  noResults: 'No ratings have been given to review yet.',
  resultsErrorTitle: 'Some ratings cannot be reviewed',
  resultsErrorIntro: 'These results are left out of the review and nothing has been merged. Ask the site owner to check them:',
  valueErrorTitle: 'The saved review cannot be used',
  sourceChanged: (parties) => `The ratings of ${parties} have changed since this review recorded them: check the agreed ratings again.`,
  compareTitle: 'Ratings side by side',
  compareIntro: (points) =>
    `Items marked “Discuss” have ratings ${points} or more points apart, or someone was not sure. Record the rating you agree for every item, with a reason where it differs from a party’s rating.`,
  onlyDisagreements: (n) => `Show only the items to discuss (${n})`,
  noDisagreements: 'No items to discuss: the parties’ ratings are close on every item.',
  quickTitle: 'Agree where the parties agree',
  takeParty: (party) => `Use the ${party}’s ratings where the parties agree`,
  takenParty: (party, n) => `${n === 1 ? '1 rating' : `${n} ratings`} agreed from the ${party}’s.`,
  item: 'Item',
  difference: 'Difference',
  agreedRating: 'Agreed rating',
  flagSpread: (points) => `Discuss: ${points} points apart`,
  flagUnsure: 'Discuss: someone is not sure',
  flagNone: 'Close',
  notAnswered: 'Not answered',
  choose: 'Choose a rating',
  agreedLabel: (code) => `Agreed rating for ${code}`,
  reasonLabel: (code) => `Reason for the agreed rating of ${code}`,
  reasonHint: (differs) => `It differs from the rating of ${differs}.`,
  chartTitle: 'The parties’ ratings by section',
  chartAlt: (section, figures) => `${section}: ${figures}`,
  chartTableCaption: 'Mean rating per section',
  section: 'Section',
  meanOf: (party) => `${party}: mean`,
  noRating: 'No rating',
  rplTitle: 'Recognition of prior learning from the agreed ratings',
  rplNeedsFigures: 'Give the programme figures (otj-hours, otj-minimum, duration-months, band-maximum and price) to see the prior-learning calculation.',
  planTitle: 'Training plan',
  planIntro: (threshold) => `The items agreed below “${threshold}”, or not agreed yet: what the programme must teach.`,
  planHours: (hours) => `${hours} planned off-the-job hours`,
  planTotal: (n, hours) => `${n === 1 ? '1 item' : `${n} items`} to train${hours ? `, ${hours} planned off-the-job hours` : ''}.`,
  planEmpty: 'Every item is agreed as prior learning: nothing is left to train.',
  planNotAgreed: 'not agreed yet',
  signoffTitle: 'Sign-off',
  signoffIntro:
    'Each party types their name, role and the date to sign. This records what was typed and when; it does not prove who typed it. The site you are using is responsible for checking who people are.',
  signoffLegend: (party) => `${party}: sign-off`,
  name: 'Full name',
  role: 'Role',
  date: 'Date',
  declaration: 'Declaration',
  sign: (party) => `Sign as the ${party}`,
  unsign: (party) => `Remove the ${party}’s sign-off`,
  signedBy: (name, role, date, recorded) => `Signed by ${name}${role ? `, ${role}` : ''}, dated ${date} (recorded ${recorded}).`,
  signNameMissing: 'Type a full name to sign.',
  signDateMissing: 'Enter the date to sign.',
  declarations: {
    learner: 'I confirm that the agreed ratings are a fair account of what I already know and can do, and that the evidence I gave is my own.',
    employer: 'I confirm that I have reviewed the agreed starting point with the learner and the training provider, and that it reflects the learner’s current job and experience.',
    provider: 'I confirm that this initial assessment was carried out before the start, that the agreed starting point is supported by evidence, and that the training plan, duration and price reflect the prior learning recognised.',
    assessor: 'I confirm that I have reviewed the evidence for the agreed ratings.',
  },
  submit: 'Submit review',
  print: 'Print or save as PDF',
  submittedNote: (when) => `Review submitted ${when}.`,
  readonlyNote: 'This review can be read but not changed.',
  errorSummaryTitle: 'There is a problem',
  missingAgreed: (code) => `Agree a rating for ${code}`,
  missingReason: (code) => `Give a reason for the agreed rating of ${code}`,
  missingSignoff: (party) => `The ${party} has not signed`,
  requiredMessage: (n) => (n === 1 ? 'Complete 1 more step before submitting.' : `Complete ${n} more steps before submitting.`),
};

/** `<ksb-review>`: the three-party initial assessment review. */
const cy: ReviewStrings = {
  reviewOf: (subject) => `Adolygiad asesiad cychwynnol: ${subject}`,
  reviewUntitled: 'Adolygiad asesiad cychwynnol',
  progress: (a, t) => `${a} o ${t} wedi’u cytuno`,
  progressLabel: 'Sgoriau wedi’u cytuno',
  evidenceTitle: 'Cofnod o’r asesiad cychwynnol',
  standard: 'Safon',
  reference: 'Cyfeirnod',
  version: 'Fersiwn',
  subject: 'Dysgwr',
  parties: 'Sgoriau a adolygwyd',
  sourceLine: (party, rater, when, submitted) => `${party}${rater ? ` (${rater})` : ''}: ${submitted ? 'cyflwynwyd' : 'newidiwyd ddiwethaf'} ${when}`,
  reviewStarted: 'Dechreuwyd yr adolygiad',
  reviewSubmitted: 'Cyflwynwyd yr adolygiad',
  digest: 'Crynhoad (SHA-256 o’r JSON canonaidd)',
  digestNote: 'Mae’r crynhoad yn dangos a yw’r cofnod hwn wedi newid ers ei gyflwyno. Nid yw’n dangos pwy a’i gwnaeth.',
  noResults: 'Does dim sgoriau wedi’u rhoi i’w hadolygu eto.',
  resultsErrorTitle: 'Does dim modd adolygu rhai sgoriau',
  resultsErrorIntro: 'Mae’r canlyniadau hyn wedi’u gadael allan o’r adolygiad a does dim wedi’i gyfuno. Gofynnwch i berchennog y wefan eu gwirio:',
  valueErrorTitle: 'Does dim modd defnyddio’r adolygiad a gadwyd',
  sourceChanged: (parties) => `Mae sgoriau ${parties} wedi newid ers i’r adolygiad hwn eu cofnodi: gwiriwch y sgoriau a gytunwyd eto.`,
  compareTitle: 'Sgoriau ochr yn ochr',
  compareIntro: (points) =>
    `Mae gan eitemau a nodir “Trafod” sgoriau ${points} pwynt neu fwy ar wahân, neu roedd rhywun yn ansicr. Cofnodwch y sgôr a gytunwch ar gyfer pob eitem, gyda rheswm lle mae’n wahanol i sgôr un o’r partïon.`,
  onlyDisagreements: (n) => `Dangos dim ond yr eitemau i’w trafod (${n})`,
  noDisagreements: 'Dim eitemau i’w trafod: mae sgoriau’r partïon yn agos ar bob eitem.',
  quickTitle: 'Cytuno lle mae’r partïon yn cytuno',
  takeParty: (party) => `Defnyddio sgoriau’r ${party} lle mae’r partïon yn cytuno`,
  takenParty: (party, n) => `${n} ${plural(n) === 'one' ? 'sgôr' : 'o sgoriau'} wedi’u cytuno o sgoriau’r ${party}.`,
  item: 'Eitem',
  difference: 'Gwahaniaeth',
  agreedRating: 'Sgôr a gytunwyd',
  flagSpread: (points) => `Trafod: ${points} pwynt ar wahân`,
  flagUnsure: 'Trafod: mae rhywun yn ansicr',
  flagNone: 'Agos',
  notAnswered: 'Heb ei ateb',
  choose: 'Dewiswch sgôr',
  agreedLabel: (code) => `Sgôr a gytunwyd ar gyfer ${code}`,
  reasonLabel: (code) => `Rheswm dros y sgôr a gytunwyd ar gyfer ${code}`,
  reasonHint: (differs) => `Mae’n wahanol i sgôr ${differs}.`,
  chartTitle: 'Sgoriau’r partïon fesul adran',
  chartAlt: (section, figures) => `${section}: ${figures}`,
  chartTableCaption: 'Sgôr gyfartalog fesul adran',
  section: 'Adran',
  meanOf: (party) => `${party}: cyfartaledd`,
  noRating: 'Dim sgôr',
  rplTitle: 'Cydnabod dysgu blaenorol o’r sgoriau a gytunwyd',
  rplNeedsFigures: 'Rhowch ffigurau’r rhaglen (otj-hours, otj-minimum, duration-months, band-maximum a price) i weld y cyfrifiad dysgu blaenorol.',
  planTitle: 'Cynllun hyfforddi',
  planIntro: (threshold) => `Yr eitemau a gytunwyd yn is na “${threshold}”, neu heb eu cytuno eto: yr hyn y mae’n rhaid i’r rhaglen ei addysgu.`,
  planHours: (hours) => `${hours} awr oddi ar y gwaith wedi’u cynllunio`,
  planTotal: (n, hours) => `${n} eitem i’w hyfforddi${hours ? `, ${hours} awr oddi ar y gwaith wedi’u cynllunio` : ''}.`,
  planEmpty: 'Mae pob eitem wedi’i chytuno’n ddysgu blaenorol: does dim ar ôl i’w hyfforddi.',
  planNotAgreed: 'heb ei gytuno eto',
  signoffTitle: 'Llofnodi',
  signoffIntro:
    'Mae pob parti yn teipio ei enw, ei rôl a’r dyddiad i lofnodi. Mae hyn yn cofnodi’r hyn a deipiwyd a phryd; nid yw’n profi pwy a’i teipiodd. Y wefan rydych chi’n ei defnyddio sy’n gyfrifol am wirio pwy yw pobl.',
  signoffLegend: (party) => `${party}: llofnodi`,
  name: 'Enw llawn',
  role: 'Rôl',
  date: 'Dyddiad',
  declaration: 'Datganiad',
  sign: (party) => `Llofnodi fel y ${party}`,
  unsign: (party) => `Dileu llofnod y ${party}`,
  signedBy: (name, role, date, recorded) => `Llofnodwyd gan ${name}${role ? `, ${role}` : ''}, dyddiedig ${date} (cofnodwyd ${recorded}).`,
  signNameMissing: 'Teipiwch enw llawn i lofnodi.',
  signDateMissing: 'Rhowch y dyddiad i lofnodi.',
  declarations: {
    learner: 'Rwy’n cadarnhau bod y sgoriau a gytunwyd yn adlewyrchiad teg o’r hyn rwyf eisoes yn ei wybod ac yn gallu ei wneud, ac mai fy nhystiolaeth i fy hun yw’r dystiolaeth a roddais.',
    employer: 'Rwy’n cadarnhau fy mod wedi adolygu’r man cychwyn a gytunwyd gyda’r dysgwr a’r darparwr hyfforddiant, a’i fod yn adlewyrchu swydd a phrofiad presennol y dysgwr.',
    provider: 'Rwy’n cadarnhau bod yr asesiad cychwynnol hwn wedi’i gynnal cyn y dechrau, bod tystiolaeth i gefnogi’r man cychwyn a gytunwyd, a bod y cynllun hyfforddi, y hyd a’r pris yn adlewyrchu’r dysgu blaenorol a gydnabuwyd.',
    assessor: 'Rwy’n cadarnhau fy mod wedi adolygu’r dystiolaeth ar gyfer y sgoriau a gytunwyd.',
  },
  submit: 'Cyflwyno’r adolygiad',
  print: 'Argraffu neu gadw fel PDF',
  submittedNote: (when) => `Cyflwynwyd yr adolygiad ${when}.`,
  readonlyNote: 'Gellir darllen yr adolygiad hwn ond nid ei newid.',
  errorSummaryTitle: 'Mae problem wedi codi',
  missingAgreed: (code) => `Cytunwch ar sgôr ar gyfer ${code}`,
  missingReason: (code) => `Rhowch reswm dros y sgôr a gytunwyd ar gyfer ${code}`,
  missingSignoff: (party) => `Nid yw’r ${party} wedi llofnodi`,
  requiredMessage: (n) => (plural(n) === 'one' ? 'Cwblhewch 1 cam arall cyn cyflwyno.' : `Cwblhewch ${n} cam arall cyn cyflwyno.`),
};

/** The review's strings for a language tag: Welsh for `cy`, else English (both tables here, side by side). */
export function reviewStringsFor(lang: string | null | undefined): ReviewStrings {
  return localeFor(lang) === 'cy' ? cy : en;
}
