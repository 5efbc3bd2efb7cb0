import { expect } from '@open-wc/testing';

// Checks frameworks/somerset-splw.json against the source: "Somerset competency
// framework for social prescribing link workers and health coaches", Version 4.0
// March 2021. Expected values are copied from the source text, not computed from the JSON.

interface Item {
  id: string;
  code?: string;
  type: string;
  title?: string;
  statement: string;
  description?: string;
  elements?: string[];
  parent?: string;
  levels?: string[];
  status?: string;
}
interface Level {
  id: string;
  label: string;
  description?: string;
  competencyLevel?: string;
  payBand?: string;
  pay?: string;
  assesses?: string[];
  notes?: string[];
}
interface Rubric {
  item: string;
  scale: string;
  keyFeatures?: string;
  interaction?: string;
  descriptors: { value: number; text: string }[];
}
interface Resource {
  id: string;
  title: string;
  url?: string;
  provider?: string;
  description?: string;
  items?: string[];
  levels?: string[];
}
interface Framework {
  format: string;
  id: string;
  version: string;
  title: string;
  language?: string;
  notes?: string[];
  itemTypes?: { id: string; label: string; plural?: string }[];
  items: Item[];
  associations?: unknown[];
  levels: Level[];
  scales: { id: string; title: string; description?: string; points: { value: number; label: string; description?: string }[] }[];
  defaultScale?: string;
  rubrics: Rubric[];
  resources: Resource[];
  lists: { id: string; title: string; items: string[] }[];
}

/** Table 1, in order: career level, competencies achieved, suggested payscale as printed. */
const TABLE_1 = [
  ['entry', 'Entry Level with no previous experience OR Apprenticeship route', 'Local Induction Competencies', '£19,737'],
  ['early', 'Early career', 'Core Competencies', '£19,737'],
  ['mid', 'Mid-career', 'Level 1 Competencies', '£19, 737 - £21,142'],
  ['established', 'Established career', 'Level 2 competencies', '£21,892 - £24, 157.'],
  ['wider', 'Wider responsibilities, leadership or specialisation', 'Level 3 Competencies (Expert level)', '£24,907 - £30,615.'],
];

/** Assessed competencies per level (Table 1), by name as printed. */
const ASSESSED: Record<string, string[]> = {
  entry: [],
  early: ['Person Centred Approach'],
  mid: ['Promoting Autonomy', 'Action Planning & Goal Setting', 'Managing Setbacks & Problem Solving'],
  established: ['Supporting Competence & Self Efficacy', 'Self-monitoring'],
  wider: [],
};

/** Table 2: Competency scoring system. */
const TABLE_2: [number, string, string][] = [
  [0, 'Absence', 'Absence of and/ or highly inappropriate performance of skill'],
  [1, 'Novice', 'Minimal use of skill and /or inappropriate performance'],
  [2, 'Advanced Beginner', 'Evidence of some competence, with numerous problems or inconsistencies.'],
  [3, 'Competent', 'Competent, good skills with some minor problems or inconsistencies'],
  [4, 'Proficient', 'Very good skills, with minimal problems or inconsistencies'],
  [5, 'Expert', 'Excellent skills, no problems or inconsistencies.'],
];

/** Appendix 6: all six descriptors of the Person Centred Approach rubric. */
const PCA_DESCRIPTORS = [
  'Absence of Person-centred approach. A completely ‘didactic’ and / or highly inappropriate style of interaction, which could result in resistance. No attempt at building rapport or listening to individual.',
  'Minimal use of person-centred approach with an overly didactic and/ or inappropriate style of interaction. Limited attempts at building rapport or listening. Tendency to take same approach with every individual.',
  'Some evidence of competence using person-centred approach (but these are infrequent), and may not be carried out to sufficient detail (missing key issues, lack of reflexive listening). There are numerous problems or inconsistencies e.g. a facilitator who sometimes dominates the discussion or a focus on identifying solutions too early in the conversation.',
  'Competent and appropriate use of person-centred approach however some difficulties are evident (e.g. failing to identify an individual’s strengths). Awareness of and ability to cope with different contexts and situations but some minor problems or inconsistencies.',
  'Numerous and appropriate usage of person-centred approach. Facilitator encouraging the individual to be actively involved and driving the discussion. The facilitator is able to discriminate between a variety of contexts and situations with minimal problems or inconsistencies.',
  'Highly appropriate and sufficient use of person-centred approach. Facilitator encouraging the individual to be actively involved. Able to make more subtle, refined discriminations between situations and contexts and able to adjust accordingly. No problems or inconsistencies.',
];

/** Appendix 6: score 0 and score 5 descriptors of every assessed competency. */
const RUBRIC_0_5: Record<string, [string, string]> = {
  'Person Centred Approach': [PCA_DESCRIPTORS[0], PCA_DESCRIPTORS[5]],
  'Promoting Autonomy': [
    'Absence of attempts to promote autonomy and choice and /or highly inappropriate delivery.',
    'Highly appropriate and sufficient attempts to promote autonomy or choice. The facilitator is able to make more subtle, refined discriminations between situations and contexts and able to adjust accordingly. No problems or inconsistencies.',
  ],
  'Action Planning & Goal Setting': [
    'Absence of attempts to encourage action planning and goal setting and or highly inappropriate interaction.',
    'Highly appropriate and sufficient attempts to encourage action-planning and goal setting. The facilitator is able to make more subtle, refined discriminations between situations and contexts and able to adjust accordingly. No problems or inconsistencies.',
  ],
  'Managing Setbacks & Problem Solving': [
    'Absence of discussion to review participant setbacks or appropriate problem-solving strategies and/or highly inappropriate interaction.',
    'Highly appropriate and sufficient review of participant setbacks or problem-solving strategies. The facilitator is able to make more subtle refined discriminations between contexts and able to adjust accordingly. No problems or inconsistencies.',
  ],
  'Supporting Competence & Self Efficacy': [
    'Absence of attempts to build and reinforce competence and self-efficacy and / or highly inappropriate interactions.',
    'Highly appropriate and sufficient attempts to support competence and self-efficacy. The facilitator is able to make more subtle, refined discriminations between situations and contexts and able to adjust accordingly. No problems or inconsistencies.',
  ],
  'Self-monitoring': [
    'Absence of discussion on self - monitoring behaviours and participant reflection on progress and or highly inappropriate delivery.',
    'Highly appropriate and sufficient discussions on self - monitoring behaviours and participant reflection on progress. The facilitator is able to make more subtle refined discriminations between situations and contexts and able to adjust accordingly. No problems or inconsistencies.',
  ],
};

/** Section 8.0 left-column entries per level, as printed. */
const LOCAL_INDUCTION = [
  'IT Systems',
  'Supervision and appraisal arrangements',
  'Clinical escalation',
  'Policies and procedures e.g. lone working',
  'Practice, PCN & wider neighbourhood team & MDT roles, huddles / meetings.',
  'Mandatory training e.g. fire, infection control, confidentiality',
  'Use of Outcome Tools e.g. Patient Activation Measure (PAM) / ONS4 /SWEMWBS /MYCAW/ Wellbeing Star or other outcome tools.',
  'SNOMED codes',
  'On-line directories. Need to ensure these are relevant, being kept up-to-date and used in conjunction with ‘What matters to you’ conversations.',
  'Care certificate',
];
const LEVEL_1_SKILLS = [
  'Hello my name is',
  'Open-ended questions',
  'Use of open focused questions to closed questions (cone)',
  'Reflection',
  'Empathy',
  'Affirmation',
  'Normalisation',
  'De-mystifying information',
  'Active listening',
  'Summarising',
  'Clarification',
  'Use of non-verbal / body language',
  'Environmental awareness',
  'Ask before advising',
];
const LEVEL_2_SKILLS = [
  'Skills to use personalised care and support planning to identify what is important to the person.',
  'Skills to provide information in a way supports people to have more choice and control.',
  'Skills to support the person to engage, explore, and reflect on a potential decision or way forward.',
  'Skills to find out the individual’s priorities and what outcomes are important to them.',
  'Skills to assess individuals’ levels of activation and health literacy, modify approach accordingly and support people to develop health literacy and activation.',
  'Skills to coproduce short term and long term goals and an action plan (personalised care and support plan).',
  'Skills to follow up in a timely and appropriate way to support progress against goals/action plans.',
];
const VALUES_IN_PERSONALISED_CARE = [
  'Shared-decision making',
  'Personalised Care & Support Planning',
  'Social prescribing and Community-based support',
  'Supported self-management',
  'Enabling choice',
  'Personal & Integrated personal budgets.',
];
const SIX_COMPONENTS = [
  'Shared Decision Making',
  'Personalised care and support planning',
  'Social Prescribing & Community Development',
  'Self-management support',
  'Enabling choice, including legal rights to choice',
  'Personal Health Budgets and Integrated Personal Budgets',
];
const OTHER_TRAINING = [
  'Adverse Childhood Experiences',
  'Alcohol & Tobacco',
  'Carers',
  'Community resources (support groups, social groups, etc)',
  'Conflict resolution & Non-violent communication',
  'COVID - 19',
  'Dementia',
  'Debt management',
  'Diabetes',
  'Domestic violence & abuse',
  'End of life',
  'Housing & Homelessness',
  'Learning disability',
  'Mental Health',
  'NHS health check',
  'Obesity',
  'Pain',
  'Physical Activity',
  'Work & Health',
];

/** Appendix 2: sections and the number of competencies (bullets) printed under each. */
const APPENDIX_2_SECTIONS: [string, number][] = [
  ['Competencies to engage people', 13],
  ['Competencies to enable and support people', 7],
  ['Knowledge of models and theoretical frameworks and tools', 0],
  ['Theoretical models, tools', 13],
  ['Awareness and understanding of legislation and policy', 22],
  ['Awareness and understanding of key conditions', 2],
  ['Awareness and understanding of social prescribing activities', 2],
  ['Community development', 6],
  ['Professional behaviours and practice', 8],
];
const APPENDIX_2_ENGAGE = [
  'open-ended questions',
  'Use of open focused questions to closed questions (cone)',
  'Reflection',
  'Empathy',
  'Affirmation',
  'Normalisation',
  'De-mystifying information',
  'Active listening',
  'Summarising',
  'Clarification',
  'Use of non-verbal / body language',
  'Environmental awareness',
  'Ask before advising',
];

/** Appendix 3: area -> number of bullets, grouped as printed. */
const APPENDIX_3: Record<string, [string, number][]> = {
  'Patient Centred Care': [
    ['Respecting people as individuals with strengths and resources', 6],
    ['Working in partnership with people', 7],
    ['Encouragement and advice', 4],
    ['Right time approach', 2],
    ['Practical approach to problem solving', 3],
  ],
  'General Skills': [
    ['Communication', 5],
    ['Ethical', 2],
    ['Local Knowledge', 1],
    ['Relationship building', 4],
  ],
};

/** Exact statements copied from the source. */
const STATEMENTS: [string, string][] = [
  ['national-competency', 'Overview of supporting people (across the age range) who are lonely and isolated'],
  ['national-competency', 'Use the ONS4 well-being tool and other tools as appropriate to capture individual levels of knowledge, confidence and skills at regular intervals to assess impact.'],
  ['national-competency', 'Policy context of Universal Personalised Care (Values in Personalised Care (as defined by UPC) and social prescribing'],
  ['national-competency', 'Understating the dynamic between the person, environment and occupation'],
  ['national-competency', 'addictions and their impact on emotion health, wellbeing and confidence'],
  ['national-competency', 'Peer support- structure of effective peer support groups'],
  ['national-competency', 'Use of personal heath budgets to support people to meet the outcomes in their PCSP and access local groups or activities'],
  ['national-competency', 'Facilitate appropriate support that is realistic and avoids dependence by utilising appropriate support groups and agencies targeted to the needs of the person and/or his or her family and carers.'],
  ['national-competency', 'Be able to follow up in a timely and appropriate way to support progress against goals/action plans.'],
  ['workshop-competency', 'Adopting a strength-based, solution orientated approach (not a deficit/what’s lacking approach)'],
  ['workshop-competency', 'Developing a sense of when, how and for how long to offer support – and knowing when to stop to avoid dependency'],
  ['workshop-competency', 'Skilled in the use of appropriate tools eg PAM but able to adapt to each individual patient'],
  ['workshop-competency', 'Patience and understanding of system and individual pressures, whether clinicians, staff or patients and their families'],
  ['workshop-area', 'Respecting people as individuals with strengths and resources'],
  ['topic', 'Supervision, leadership, facilitation etc'],
  ['topic', 'Generic professional capabilities'],
];

/** Links printed in the source (a sample), each expected exactly once as a resource URL. */
const URLS = [
  'https://www.e-lfh.org.uk/programmes/new-roles-in-primary-care/',
  'https://www.e-lfh.org.uk/programmes/statutory-and-mandatory-training/',
  'https://www.meaningfulmeasures.co.uk/mycaw',
  'https://westsomersetcommunitydirectory.org/?fbclid=IwAR3BBc-tFE_dTPdXNMjl8LtjTBvwQnBuH4zYYCLYh5jVDWb7jYTkNemqYC0',
  'https://www.personalisedcareinstitute.org.uk/enrol/index.php?id=3',
  'https://www.e-lfh.org.uk/programmes/social-prescribing/',
  'https://www.hellomynameis.org.uk/',
  'https://www.youtube.com/watch?v=H_Z1ZvjlKDE',
  'https://www.england.nhs.uk/wp-content/uploads/2020/03/health-coaching-implementation-and-quality-summary-guide.pdf',
  'https://www.england.nhs.uk/wp-content/uploads/2020/03/hc-summary-guide-technical-annexes.pdf',
  'https://www.onlinesolutions.ie/resources/MI_Manual/Motivational%20Interviewing%20Manual.pdf',
  'https://future.nhs.uk/connect.ti/socialprescribing/grouphome',
  'https://www.e-lfh.org.uk/programmes/domestic-violence-and-abuse-e-learning-for-health-visitors-and-nurses/',
  'https://www.ageuk.org.uk/somerset/activities-and-events/flexercise-classes/flexercise-classes/',
  'https://www.hee.nhs.uk/sites/default/files/documents/Care%20Navigation%20Competency%20Framework_Final.pdf',
  'https://www.instituteforapprenticeships.org/apprenticeship-standards/community-health-and-wellbeing-worker',
  'mailto:rhian.loughlin@nhs.net',
  'mailto:ECHO@st-margarets-hospice.org.uk',
];

describe('somerset-splw framework', () => {
  let fw: Framework;
  const byId = new Map<string, Item>();
  const ofType = (type: string) => fw.items.filter((i) => i.type === type);
  const children = (id: string) => fw.items.filter((i) => i.parent === id);
  const findItem = (type: string, statement: string) => {
    const found = fw.items.filter((i) => i.type === type && i.statement === statement);
    expect(found, `${type}: ${statement}`).to.have.length(1);
    return found[0];
  };

  before(async () => {
    fw = await (await fetch(new URL('../../frameworks/somerset-splw.json', import.meta.url))).json();
    for (const i of fw.items) byId.set(i.id, i);
  });

  it('identifies the framework', () => {
    expect(fw.format).to.equal('ksb-framework/1');
    expect(fw.id).to.equal('somerset-splw');
    expect(fw.version).to.equal('4.0');
    expect(fw.language).to.equal('en-GB');
    expect(fw.defaultScale).to.equal('dreyfus');
    expect(fw.associations ?? []).to.have.length(0);
  });

  it('has the expected number of items of each type, all declared', () => {
    const counts: Record<string, number> = {};
    for (const i of fw.items) counts[i.type] = (counts[i.type] ?? 0) + 1;
    expect(counts).to.deep.equal({
      competency: 6,
      topic: 45,
      skill: 21,
      'national-section': 9,
      'national-competency': 77,
      'workshop-group': 2,
      'workshop-area': 9,
      'workshop-competency': 34,
    });
    expect(fw.items).to.have.length(203);
    const declared = (fw.itemTypes ?? []).map((t) => t.id);
    for (const t of Object.keys(counts)) expect(declared).to.include(t);
  });

  it('has the Table 1 career levels in order with competency level and pay as printed', () => {
    expect(fw.levels.map((l) => [l.id, l.label, l.competencyLevel, l.pay])).to.deep.equal(TABLE_1);
    expect(fw.levels.map((l) => l.payBand)).to.deep.equal(['AfC Band 3', 'AfC Band 3', 'AfC Band 3', 'AfC Band 4', 'AfC Band 5']);
  });

  it('assesses the Table 1 competencies at each level', () => {
    for (const level of fw.levels) {
      const names = (level.assesses ?? []).map((id) => byId.get(id)?.statement);
      expect(names, level.id).to.deep.equal(ASSESSED[level.id]);
      for (const id of level.assesses ?? []) expect(byId.get(id)!.levels).to.deep.equal([level.id]);
    }
    expect(ofType('competency').map((c) => c.statement)).to.deep.equal([
      'Person Centred Approach',
      'Promoting Autonomy',
      'Action Planning & Goal Setting',
      'Managing Setbacks & Problem Solving',
      'Supporting Competence & Self Efficacy',
      'Self-monitoring',
    ]);
  });

  it('gives each level its section 7.0 narrative', () => {
    const d = Object.fromEntries(fw.levels.map((l) => [l.id, l.description ?? '']));
    expect(d.entry).to.contain('Individuals at this level might be paid at the bottom of AfC Band 3 or equivalent i.e. £19,737 (March 2021).');
    expect(d.early).to.equal(d.entry);
    expect(d.mid).to.match(/^Level 1 Capabilities: Competencies to Engage People – Core communication and relationship building skills\./);
    expect(d.mid).to.contain('Those at Level 1 might be paid within the AfC Band 3 pay range or equivalent i.e. £19,737 - £21,142, (March 2021).');
    expect(d.established).to.contain('Competency assessment should focus on the following capabilities: Supporting Competence & Self Efficacy and Self-monitoring.');
    expect(d.established).to.contain('£21,892 - £24, 157, (March 2021).');
    expect(d.wider).to.contain('might be paid at AfC Band 5 or equivalent i.e. £24,907 - £30,615 (March 2021).');
    expect(d.wider).to.contain('with a degree level qualification.');
  });

  it('defines the Dreyfus scale with the Table 2 skill descriptors and the scoring instructions', () => {
    expect(fw.scales).to.have.length(1);
    const scale = fw.scales[0];
    expect(scale.id).to.equal('dreyfus');
    expect(scale.points.map((p) => [p.value, p.label, p.description])).to.deep.equal(TABLE_2);
    expect(scale.description).to.contain(
      'The six-point rating scale based on the Dreyfus system for skill acquisition is intended to measure the competence in the delivery of person centred skills (Dreyfus, 2004).',
    );
    expect(scale.description).to.contain(
      'It should be noted that the scores produced from using this measure should follow a roughly normal distribution, with relatively few individuals scoring at the extremes of the scales (low/high scores).',
    );
  });

  it('has one Appendix 6 rubric per assessed competency with six descriptors 0-5', () => {
    expect(fw.rubrics.map((r) => byId.get(r.item)?.statement)).to.deep.equal(Object.keys(RUBRIC_0_5));
    for (const r of fw.rubrics) {
      expect(r.scale).to.equal('dreyfus');
      expect(r.descriptors.map((d) => d.value)).to.deep.equal([0, 1, 2, 3, 4, 5]);
      expect(r.keyFeatures, r.item).to.be.a('string').and.not.be.empty;
      expect(r.interaction, r.item).to.be.a('string').and.not.be.empty;
    }
  });

  it('has the source text of all six Person Centred Approach descriptors', () => {
    const pca = fw.rubrics.find((r) => r.item === 'person-centred-approach')!;
    expect(pca.descriptors.map((d) => d.text)).to.deep.equal(PCA_DESCRIPTORS);
    expect(pca.keyFeatures).to.equal(
      'Communication should be person centred, with a focus on ‘what matters to you’, encouraging individuals; maximising their autonomy and sense of intrinsic motivation.',
    );
    expect(pca.interaction).to.equal(
      'Facilitators should build rapport, be empathetic, seek to listen and understand the individual’s context, situation, strengths and what matters to them. They should avoid jumping to offering solutions, advice or being didactic.',
    );
  });

  it('has the source text of the 0 and 5 descriptors of every rubric', () => {
    for (const [name, [zero, five]] of Object.entries(RUBRIC_0_5)) {
      const r = fw.rubrics.find((x) => byId.get(x.item)?.statement === name)!;
      expect(r.descriptors[0].text, name).to.equal(zero);
      expect(r.descriptors[5].text, name).to.equal(five);
    }
    const sm = fw.rubrics.find((r) => r.item === 'self-monitoring')!;
    expect(sm.descriptors[3].text).to.equal(
      'Competent and appropriate attempts to discuss self –monitoring behaviours and participant reflection on progress. The facilitator is engaged, aware and able to cope with different context and situations. There are however some minor problems or inconsistencies.',
    );
    const ms = fw.rubrics.find((r) => r.item === 'managing-setbacks-problem-solving')!;
    expect(ms.interaction).to.match(/^The facilitator should reinforce any self-monitoring activity and any successes using Affirmation\./);
  });

  it('lists the section 8.0 entries of each level', () => {
    const at = (level: string, type: string) => fw.items.filter((i) => i.type === type && !i.parent && (i.levels ?? []).includes(level)).map((i) => i.statement);
    expect(at('entry', 'topic')).to.deep.equal(LOCAL_INDUCTION);
    expect(at('early', 'topic')).to.deep.equal(['Generic professional capabilities', 'Values in Personalised Care']);
    expect(at('mid', 'skill')).to.deep.equal(LEVEL_1_SKILLS);
    expect(at('established', 'skill')).to.deep.equal(LEVEL_2_SKILLS);
    expect(at('wider', 'topic')).to.deep.equal(['The six components of personalised care', 'Supervision, leadership, facilitation etc']);
    const values = findItem('topic', 'Values in Personalised Care');
    expect(children(values.id).map((c) => [c.code, c.statement])).to.deep.equal(VALUES_IN_PERSONALISED_CARE.map((s, i) => [String(i + 1), s]));
    const six = findItem('topic', 'The six components of personalised care');
    expect(children(six.id).map((c) => c.statement)).to.deep.equal(SIX_COMPONENTS);
    for (const c of children(six.id)) expect(c.levels).to.deep.equal(['wider']);
  });

  it('lists the Other training topics without a level', () => {
    const list = fw.lists.find((l) => l.id === 'other-training')!;
    expect(list.items.map((id) => byId.get(id)!.statement)).to.deep.equal(OTHER_TRAINING);
    for (const id of list.items) expect(byId.get(id)!.levels).to.be.undefined;
  });

  it('keeps exact statements from the source', () => {
    for (const [type, statement] of STATEMENTS) findItem(type, statement);
    const cone = findItem('national-competency', 'Use of open focused questions to closed questions (cone)');
    expect(cone.description).to.equal(
      'Knowing how and when to move from open exploratory questions to ones that are more focused around a particular topic or subject. Understanding the place and value of closed questions.',
    );
  });

  it('has the Appendix 2 sections, hierarchy and counts', () => {
    const sections = ofType('national-section');
    expect(sections.map((s) => [s.statement, children(s.id).filter((c) => c.type === 'national-competency').length])).to.deep.equal(APPENDIX_2_SECTIONS);
    const knowledge = findItem('national-section', 'Knowledge of models and theoretical frameworks and tools');
    expect(children(knowledge.id).map((c) => c.code)).to.deep.equal(['i', 'ii', 'iii', 'iv']);
    const engage = findItem('national-section', 'Competencies to engage people');
    expect(children(engage.id).map((c) => c.statement)).to.deep.equal(APPENDIX_2_ENGAGE);
    const partial = findItem('national-competency', 'Overview of supporting people or have,');
    expect(children(partial.id).map((c) => c.statement)).to.deep.equal([
      'long term conditions',
      'mental health needs',
      'complex social needs which affect their health and wellbeing',
      'addictions and their impact on emotion health, wellbeing and confidence',
    ]);
    const enable = findItem('national-section', 'Competencies to enable and support people');
    expect(enable.elements).to.have.length(7);
    expect(enable.elements![0]).to.equal('what matters to me');
    const pb = findItem('national-section', 'Professional behaviours and practice');
    expect(children(pb.id).map((c) => c.code)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8']);
    for (const i of [...sections, ...ofType('national-competency')]) expect(i.status, i.id).to.equal('draft');
  });

  it('has the Appendix 3 groups, areas and competencies', () => {
    const groups = ofType('workshop-group');
    expect(groups.map((g) => g.statement)).to.deep.equal(Object.keys(APPENDIX_3));
    for (const g of groups) {
      const areas = children(g.id);
      expect(areas.map((a) => [a.statement, children(a.id).length])).to.deep.equal(APPENDIX_3[g.statement]);
      for (const a of areas) for (const c of children(a.id)) expect(c.type).to.equal('workshop-competency');
    }
  });

  it('has the appendix lists in source order', () => {
    expect(fw.lists.map((l) => [l.id, l.items.length])).to.deep.equal([
      ['appendix-2', 86],
      ['appendix-3', 45],
      ['other-training', 19],
    ]);
    const a2 = fw.lists[0].items.map((id) => byId.get(id)!.statement);
    expect(a2[0]).to.equal('Competencies to engage people');
    expect(a2[1]).to.equal('open-ended questions');
    expect(a2[a2.length - 1]).to.equal(
      'Facilitate appropriate support that is realistic and avoids dependence by utilising appropriate support groups and agencies targeted to the needs of the person and/or his or her family and carers.',
    );
    const a3 = fw.lists[1].items.map((id) => byId.get(id)!.statement);
    expect(a3.slice(0, 3)).to.deep.equal(['Patient Centred Care', 'Respecting people as individuals with strengths and resources', 'Understanding what matters to people']);
    expect(a3[a3.length - 1]).to.equal('Patience and understanding of system and individual pressures, whether clinicians, staff or patients and their families');
  });

  it('has every source link once as a resource', () => {
    const urls = fw.resources.map((r) => r.url).filter((u): u is string => !!u);
    expect(fw.resources).to.have.length(131);
    expect(urls).to.have.length(122);
    expect(new Set(urls).size).to.equal(122);
    expect(urls.filter((u) => u.startsWith('mailto:'))).to.have.length(6);
    expect(urls.filter((u) => u.startsWith('https://www.e-lfh.org.uk/'))).to.have.length(42);
    for (const u of URLS) expect(urls.filter((x) => x === u), u).to.have.length(1);
    for (const u of urls) expect(u, u).to.match(/^(https?:\/\/\S+|mailto:\S+@\S+)$/);
  });

  it('attaches resources to levels and items as the section 8.0 tables do', () => {
    const r = (url: string) => fw.resources.find((x) => x.url === url)!;
    expect(r('https://www.e-lfh.org.uk/programmes/cultural-competence/').levels).to.deep.equal(['early']);
    expect(byId.get(r('https://www.e-lfh.org.uk/programmes/cultural-competence/').items![0])!.statement).to.equal('Generic professional capabilities');
    expect(r('https://www.e-lfh.org.uk/programmes/health-literacy/').levels).to.deep.equal(['established']);
    expect(r('https://www.e-lfh.org.uk/programmes/communicating-with-empathy/').levels).to.deep.equal(['mid']);
    expect(r('https://socialprescribingacademy.org.uk/').levels).to.deep.equal(['wider']);
    expect(byId.get(r('https://www.sasp.co.uk/health-walks').items![0])!.statement).to.equal('Physical Activity');
    expect(r('https://www.e-lfh.org.uk/programmes/statutory-and-mandatory-training/').description).to.match(
      /^This e-learning covers the 11 statutory and mandatory training for all staff working in health and social care i\.e\. Conflict Resolution,/,
    );
    const it = fw.resources.find((x) => x.title === 'IT Systems')!;
    expect(it.provider).to.equal('Employer e.g. NHS, Voluntary sector, Social care');
    expect(it.url).to.be.undefined;
  });

  it('resolves every id reference', () => {
    const levelIds = new Set(fw.levels.map((l) => l.id));
    for (const i of fw.items) {
      if (i.parent) expect(byId.has(i.parent), `${i.id} parent`).to.be.true;
      for (const l of i.levels ?? []) expect(levelIds.has(l), `${i.id} level ${l}`).to.be.true;
    }
    for (const l of fw.levels) for (const id of l.assesses ?? []) expect(byId.has(id), id).to.be.true;
    for (const r of fw.rubrics) expect(byId.has(r.item), r.item).to.be.true;
    for (const r of fw.resources) {
      for (const id of r.items ?? []) expect(byId.has(id), `${r.id} -> ${id}`).to.be.true;
      for (const l of r.levels ?? []) expect(levelIds.has(l), `${r.id} level ${l}`).to.be.true;
    }
    for (const list of fw.lists) for (const id of list.items) expect(byId.has(id), `${list.id} -> ${id}`).to.be.true;
    expect(new Set(fw.items.map((i) => i.id)).size).to.equal(fw.items.length);
  });
});
