import { expect } from '@open-wc/testing';
import { ST0958_DUTY_KSBS as DUTY_KSBS } from '../fixtures/source-duty-ksbs.js';

// Checks frameworks/st0958.json against the source listing of apprenticeship
// standard ST0958 v1 "Community health and wellbeing worker". The expected
// values below are copied from the source text, not computed from the JSON.

interface Item {
  id: string;
  code?: string;
  type: string;
  statement: string;
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
  itemTypes?: { id: string; label: string; plural?: string }[];
  items: Item[];
  associations?: Association[];
  defaultScale?: string;
}

/** KSB codes listed under each duty in the source, in source order. */

/** Duty statements as the source words them (text after "DUTY:"). */
const DUTY_STATEMENTS: Record<string, string> = {
  'Duty 1':
    'use preventative approaches to promote the health and wellbeing of individuals, groups and communities, addressing the wider determinants of health and causes of ill-health',
  'Duty 2':
    'help communities to build local resilience and identify strengths, capacity and resources that support their health and wellbeing',
  'Duty 3': 'provide informed advice about local services and projects that support health and wellbeing',
  'Duty 4': 'manage referrals from a range of agencies, professionals and through self-referral',
  'Duty 5': 'apply behavioural science to help people find practical solutions for better health and wellbeing',
  'Duty 6':
    'implement actions set out in strategies and policies that promote health and wellbeing at community level',
  'Duty 7':
    'communicate public health messages and information to promote health and wellbeing at an individual, group and community level',
  'Duty 8': 'manage data and information and contribute to the evaluation of projects and services',
  'Duty 9':
    'operate within legal and ethical frameworks that relate to the promotion and protection of the public’s health and wellbeing',
  'Duty 10': 'take responsibility for personal and professional development in line with organisational protocol',
};

/** A sample of KSB statements copied from the source. */
const SAMPLE_STATEMENTS: Record<string, string> = {
  K1: 'the wider social determinants of health and their impact on the physical, mental and emotional wellbeing of individuals, families and communities',
  K9: 'how to recognise the suitability of non-statutory community and voluntary groups and services to support people’s health and wellbeing needs, and local protocols for service appraisal and risk assessment',
  K12: 'the different local and national voluntary and charity organisations and their role in the provision of services available to the public for different issues, such as managing debt, reporting crime, domestic abuse, accessing government services online, tackling social isolation, bereavement support, promoting good mental health and wellbeing',
  K21: 'evidenced-based behaviour change tools and techniques (e.g. those that include capability, motivation, opportunity, and action planning) that can be applied to behaviour change interventions',
  K31: 'barriers to communication that may affect a person’s understanding of health messages and strategies for overcoming these (barriers could include sensory disability, neurodiversity, low levels of literacy or health literacy, language, or culture)',
  K40: 'the importance of keeping up to date with developments in population health and community health and wellbeing (continuing professional development)',
  K42: 'the importance of appraisal, training and ongoing review including ways to give and receive feedback',
  S1: 'recognise, and help others to also recognise, the factors that impact on a person’s health and wellbeing that they can or cannot control or influence',
  S12: 'keep information on local and digital provision up to date',
  S22: 'use behaviour change tools and techniques to develop and agree a plan of action, or set goals with a person to help them to address the issues and priorities they have identified regarding their health and wellbeing',
  S39: 'recognise when the support needs of people or communities are beyond the scope of the role, and escalate in a timely manner particularly if a person is ‘at risk’',
  S44: 'engage with performance appraisal and reflective practice in line with organisational procedures and management processes',
  B1: 'acts with honesty and integrity',
  B2: 'respectful of others',
  B3: "non-judgemental regarding others' circumstances or decisions",
  B6: 'seeks to collaborate (with individuals, communities and organisations) across sectoral, organisational and cultural boundaries',
};

describe('framework st0958 (Community health and wellbeing worker)', () => {
  let framework: Framework;
  const byCode = (code: string): Item => {
    const found = framework.items.filter((i) => i.code === code);
    expect(found, `items with code ${code}`).to.have.length(1);
    return found[0];
  };

  before(async () => {
    framework = await (await fetch(new URL('../../frameworks/st0958.json', import.meta.url))).json();
  });

  it('has the standard header', () => {
    expect(framework.format).to.equal('ksb-framework/1');
    expect(framework.id).to.equal('st0958');
    expect(framework.version).to.equal('1');
    expect(framework.reference).to.equal('ST0958');
    expect(framework.title).to.equal('Community health and wellbeing worker');
    expect(framework.language).to.equal('en-GB');
    expect(framework.defaultScale).to.equal('confidence');
    // The source does not state a level.
    expect(framework.level).to.equal(undefined);
  });

  it('declares the item types it uses', () => {
    const ids = (framework.itemTypes ?? []).map((t) => t.id);
    expect(ids).to.have.members(['knowledge', 'skill', 'behaviour', 'duty']);
    const used = new Set(framework.items.map((i) => i.type));
    for (const t of used) expect(ids, `type ${t}`).to.include(t);
  });

  it('has 42 knowledge, 44 skill, 6 behaviour and 10 duty items', () => {
    const count = (type: string) => framework.items.filter((i) => i.type === type).length;
    expect(count('knowledge')).to.equal(42);
    expect(count('skill')).to.equal(44);
    expect(count('behaviour')).to.equal(6);
    expect(count('duty')).to.equal(10);
    expect(framework.items).to.have.length(102);
  });

  it('numbers KSBs K1-K42, S1-S44, B1-B6 with id equal to code', () => {
    const expected: [string, string, number][] = [
      ['K', 'knowledge', 42],
      ['S', 'skill', 44],
      ['B', 'behaviour', 6],
    ];
    for (const [prefix, type, n] of expected) {
      const codes = framework.items.filter((i) => i.type === type).map((i) => i.code);
      expect(codes).to.deep.equal(Array.from({ length: n }, (_, k) => `${prefix}${k + 1}`));
      for (const item of framework.items.filter((i) => i.type === type)) expect(item.id).to.equal(item.code);
    }
  });

  it('has duties D1-D10 coded "Duty 1".."Duty 10" with the source statements', () => {
    const duties = framework.items.filter((i) => i.type === 'duty');
    expect(duties.map((d) => d.id)).to.deep.equal(Array.from({ length: 10 }, (_, k) => `D${k + 1}`));
    expect(duties.map((d) => d.code)).to.deep.equal(Object.keys(DUTY_STATEMENTS));
    for (const [code, statement] of Object.entries(DUTY_STATEMENTS)) {
      expect(byCode(code).statement, code).to.equal(statement);
    }
  });

  it('keeps KSB statements exactly as the source words them', () => {
    for (const [code, statement] of Object.entries(SAMPLE_STATEMENTS)) {
      expect(byCode(code).statement, code).to.equal(statement);
    }
  });

  it('has no empty or untrimmed statements', () => {
    for (const item of framework.items) {
      expect(item.statement, item.id).to.be.a('string').and.not.equal('');
      expect(item.statement.trim(), item.id).to.equal(item.statement);
      expect(item.statement, item.id).not.to.match(/\s{2,}|•/);
    }
  });

  it('has 98 requires associations and no other kind', () => {
    const associations = framework.associations ?? [];
    const expectedTotal = Object.values(DUTY_KSBS).reduce((n, list) => n + list.length, 0);
    expect(expectedTotal).to.equal(98);
    expect(associations).to.have.length(98);
    for (const a of associations) expect(a.type).to.equal('requires');
  });

  it('links each duty to exactly the KSBs the source lists, in source order', () => {
    const associations = framework.associations ?? [];
    for (const [code, ksbs] of Object.entries(DUTY_KSBS)) {
      const duty = byCode(code);
      const targets = associations
        .filter((a) => a.type === 'requires' && a.source === duty.id)
        .map((a) => framework.items.find((i) => i.id === a.target)?.code);
      expect(targets, code).to.deep.equal(ksbs);
    }
  });

  it('keeps associations in source order (duty by duty)', () => {
    const flat = Object.entries(DUTY_KSBS).flatMap(([code, ksbs]) =>
      ksbs.map((k) => `${byCode(code).id}>${k}`),
    );
    expect((framework.associations ?? []).map((a) => `${a.source}>${a.target}`)).to.deep.equal(flat);
  });

  it('only links duties to knowledge, skills and behaviours', () => {
    const types = new Map(framework.items.map((i) => [i.id, i.type]));
    for (const a of framework.associations ?? []) {
      expect(types.get(a.source), a.source).to.equal('duty');
      expect(['knowledge', 'skill', 'behaviour'], a.target).to.include(types.get(a.target));
    }
  });

  it('has unique ids and every reference resolves', () => {
    const ids = framework.items.map((i) => i.id);
    expect(new Set(ids).size).to.equal(ids.length);
    const known = new Set(ids);
    for (const a of framework.associations ?? []) {
      expect(known.has(a.source), `source ${a.source}`).to.equal(true);
      expect(known.has(a.target), `target ${a.target}`).to.equal(true);
    }
    for (const item of framework.items) {
      if (item.parent) expect(known.has(item.parent), `parent ${item.parent}`).to.equal(true);
    }
  });
});
