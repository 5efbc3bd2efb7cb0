import { expect } from '@open-wc/testing';
import { PWP_DUTY_KSBS as DUTY_KSBS } from '../fixtures/source-duty-ksbs.js';

// Checks frameworks/st0568-pwp.json against the source text of apprenticeship
// standard ST0568 v1.2 "Psychological wellbeing practitioner" (level 6).
// The expected values below are copied from the source text (OCR cleaned:
// "\$10" read as S10, stray "SI", "pc", "ı" removed), not computed from the JSON.

interface Item {
  id: string;
  code?: string;
  type: string;
  statement: string;
  notes?: string[];
  parent?: string;
}
interface Association {
  type: string;
  source: string;
  target: string;
}
interface Framework {
  format: string;
  id: string;
  version: string;
  title: string;
  reference?: string;
  level?: number;
  language?: string;
  description?: string;
  notes?: string[];
  itemTypes?: { id: string; label: string; plural?: string }[];
  items: Item[];
  associations?: Association[];
  levels?: unknown[];
  defaultScale?: string;
}

/** KSB codes listed against each duty in the source table, in source order. */

/** Duty statements as the source words them (lines split by the table joined). */
const DUTY_STATEMENTS: Record<string, string> = {
  'Duty 1':
    'Provide assessments to identify the common mental health problems of anxiety disorders and depression, including the assessment of risk and safeguarding issues and appropriate onward referral.',
  'Duty 3':
    'Select and deliver treatment to aid recovery, promote social inclusion, and support an appropriate return to work, supporting overall wellbeing that helps with physical and psychological health.',
  'Duty 4':
    'Provide guided self-help treatment informed by cognitive-behavioural principles, which are patient-centred psychological treatments with an emphasis on self-management and are designed to be less intensive than other psychological treatments.',
  'Duty 5':
    'Provide support that enables patients to optimise their use of self-management / recovery information, which is delivered through a variety of methods such as face to face, telephone, or email, as well as other contact methods including digital platforms and group workshops.',
  'Duty 6':
    'Provide information on common medication prescribed for symptoms of anxiety/depression and support patients to optimise their use of such treatments.',
  'Duty 7':
    'Delivering within a "stepped care service delivery model", to treat patients at the lowest appropriate level in first instance, only \'stepping up\' to intensive/specialist services as clinically required. The level of input is increased or decreased until satisfactory health status is achieved. The outcomes from sessions are routinely collected for clinical, social and employment results as part of a national outcome monitoring system.',
  'Duty 13':
    'Use both clinical skills and case management supervision meetings to assist the delivery of low-intensity interventions.',
  'Duty 14': "Adhere to the employer's code of conduct and policies, including values and standards.",
};

/** A sample of KSB statements copied from the source. */
const KSB_STATEMENTS: Record<string, string> = {
  K1: 'The significance of effective communication within the workplace setting.',
  K3: 'The policies and guidelines that relate to the management of confidential information, including data protection legislation e.g. The General Data Protection Regulation (GDPR) 2016, the importance of recording accurate patient records securely and how to escalate matters if data protection breaches occur.',
  K13: 'The stepped care model in IAPT services and NICE guidelines for depression and anxiety disorders.',
  K18: "A range of codes of conduct and employers' policies relevant to the role.",
  K23: "The concept of 'risk' and how to manage risk and promote health and well-being while aiming to empower choices that promote self-care and safety.",
  K25: 'The significance of timely record keeping.',
  S1: 'Communicate effectively with individuals verbally and in writing to build successful caring relationships with patients and colleagues, whilst also keeping information confidential.',
  S2: "Evaluate and respond to peoples' needs sensitively with regards to all aspects of diversity.",
  S10: "Build and sustain a therapeutic alliance with patients to manage emotional distress in sessions and understand patients' perspectives.",
  S12: 'Formulate and deliver evidenced based low-intensity psychological treatments. For example, supporting patients undertaking recommended treatments for problem solving, panic and sleep management and to review treatment plans continually.',
  S18: 'Adhere to employers ethical local and national policies and procedures.',
  S20: 'Practice autonomously within your scope of practice and be responsible and accountable for safe, compassionate, patient-centred, evidence based practice.',
  S21: 'Work within your own practice boundaries and levels of competence.',
  S22: "Establish consent appropriate to the patient's capacity and determine the optimal course of action when consent cannot be secured",
  S24: 'Recognise the limitations to your competence and role and direct people to resources appropriate to their needs, including step-up to high-intensity therapy and onward referral.',
  B1: 'You will treat people with dignity, respecting diversity, beliefs, culture, needs, values, privacy and preferences.',
  B2: 'You will show respect and empathy for those you will work with, have the courage to challenge areas of concern and work to evidence based best practice.',
  B3: 'You will be adaptable, reliable and consistent, demonstrate competence, resilience and responsibility.',
};

const range = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

describe('ST0568 Psychological wellbeing practitioner framework', () => {
  let framework: Framework;
  let byId: Map<string, Item>;
  let byCode: Map<string, Item>;

  before(async () => {
    framework = await (await fetch(new URL('../../frameworks/st0568-pwp.json', import.meta.url))).json();
    byId = new Map(framework.items.map((i) => [i.id, i]));
    byCode = new Map(framework.items.filter((i) => i.code).map((i) => [i.code!, i]));
  });

  const ofType = (type: string) => framework.items.filter((i) => i.type === type);

  it('has the standard-level metadata', () => {
    expect(framework.format).to.equal('ksb-framework/1');
    expect(framework.id).to.equal('st0568');
    expect(framework.version).to.equal('1.2');
    expect(framework.reference).to.equal('ST0568');
    expect(framework.level).to.equal(6);
    expect(framework.language).to.equal('en-GB');
    expect(framework.title).to.equal('Psychological wellbeing practitioner');
    expect(framework.defaultScale).to.equal('confidence');
    expect(framework.levels ?? []).to.have.length(0);
  });

  it('declares the item types it uses', () => {
    const declared = (framework.itemTypes ?? []).map((t) => t.id);
    expect(declared).to.have.members(['knowledge', 'skill', 'behaviour', 'duty']);
    const used = new Set(framework.items.map((i) => i.type));
    for (const t of used) expect(declared, t).to.include(t);
  });

  it('keeps the occupation summary whole in the description', () => {
    const d = framework.description ?? '';
    expect(d).to.match(/^This occupation is found in the public sector within the NHS England Improving Access/);
    expect(d).to.include(
      'They offer evidence based interventions to patients with mild to moderate anxiety and depression as well as other common mental health problems determined by National Institute for Health and Care Excellence (NICE)*1, the Improving Access to Psychological Therapies (IAPT)*2 manual.',
    );
    expect(d).to.include('for example the mental health charity, Mind.');
    expect(d).to.include('*2 https://www.england.nhs.uk/wp-content/uploads/2018/06/the-iapt-manual.pdf');
    expect(d).to.match(/appraise alternatives and plan and implement actions\.$/);
    const notes = (framework.notes ?? []).join('\n');
    expect(notes).to.include('https://www.nice.org.uk/guidance');
    expect(notes).to.include('Certificate in Psychological Wellbeing Practice');
    expect(notes).to.include('British Psychological Society (BPS). Training provider must be approved by regulator body.');
  });

  it('has exactly K1-K25, S1-S24, B1-B3 and 14 duties, in source order', () => {
    expect(ofType('knowledge').map((i) => i.id)).to.deep.equal(range('K', 25));
    expect(ofType('skill').map((i) => i.id)).to.deep.equal(range('S', 24));
    expect(ofType('behaviour').map((i) => i.id)).to.deep.equal(range('B', 3));
    expect(ofType('duty').map((i) => i.id)).to.deep.equal(range('D', 14));
    expect(ofType('duty').map((i) => i.code)).to.deep.equal(range('Duty ', 14));
    expect(framework.items).to.have.length(25 + 24 + 3 + 14);
    for (const i of framework.items) if (i.type !== 'duty') expect(i.code, i.id).to.equal(i.id);
  });

  it('has the exact duty statements', () => {
    for (const [code, statement] of Object.entries(DUTY_STATEMENTS)) {
      expect(byCode.get(code)?.statement, code).to.equal(statement);
    }
  });

  it('has the exact KSB statements (sample)', () => {
    for (const [code, statement] of Object.entries(KSB_STATEMENTS)) {
      expect(byCode.get(code)?.statement, code).to.equal(statement);
    }
  });

  it('has no OCR noise left in any statement', () => {
    for (const i of framework.items) {
      expect(i.statement, i.id).not.to.match(/\\\$|\*\*|\t|\s{2}|ı|^\s|\s$/);
      expect(i.statement, i.id).not.to.match(/\b(SI|pc)\b/);
      expect(i.statement, i.id).not.to.match(/\bdel"|\bvices\b/);
    }
  });

  it('records the OCR cleaning decisions in notes', () => {
    for (const code of ['S10', 'S11', 'S12', 'S13', 'S14', 'S15', 'S16', 'S17', 'S18', 'S19', 'S20', 'S24']) {
      expect((byCode.get(code)?.notes ?? []).join(' '), code).to.include('\\$');
    }
    expect(byCode.get('S9')?.notes).to.equal(undefined);
    expect((byCode.get('Duty 7')?.notes ?? []).join(' ')).to.include('in the first instance');
    const notes = (framework.notes ?? []).join('\n');
    for (const noise of ['"SI"', '"pc"', '"ı"']) expect(notes).to.include(noise);
  });

  it('has one requires association per duty KSB, 229 in all', () => {
    const assocs = framework.associations ?? [];
    const total = Object.values(DUTY_KSBS).reduce((n, l) => n + l.length, 0);
    expect(total).to.equal(229);
    expect(assocs).to.have.length(229);
    for (const a of assocs) expect(a.type).to.equal('requires');
  });

  it('maps every duty to its KSBs in source order', () => {
    const assocs = framework.associations ?? [];
    expect(Object.keys(DUTY_KSBS)).to.have.length(14);
    for (const [code, ksbs] of Object.entries(DUTY_KSBS)) {
      const duty = byCode.get(code);
      expect(duty, code).to.not.equal(undefined);
      const targets = assocs
        .filter((a) => a.type === 'requires' && a.source === duty!.id)
        .map((a) => byId.get(a.target)?.code);
      expect(targets, code).to.deep.equal(ksbs);
    }
  });

  it('links every KSB to at least one duty', () => {
    const targets = new Set((framework.associations ?? []).map((a) => a.target));
    for (const i of framework.items) if (i.type !== 'duty') expect(targets.has(i.id), i.id).to.equal(true);
  });

  it('resolves every association end to an item of the right type', () => {
    for (const a of framework.associations ?? []) {
      expect(byId.get(a.source)?.type, a.source).to.equal('duty');
      expect(['knowledge', 'skill', 'behaviour'], a.target).to.include(byId.get(a.target)?.type);
    }
    for (const i of framework.items) if (i.parent) expect(byId.has(i.parent), i.parent).to.equal(true);
    expect(new Set(framework.items.map((i) => i.id)).size).to.equal(framework.items.length);
  });
});
