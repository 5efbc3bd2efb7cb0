import { expect } from '@open-wc/testing';
import type { Framework, Item, Association } from '../../src/model/framework.js';

// Checks frameworks/str-workers.json against the source text: "Support, Time and
// Recovery (STR) workers – A Competence Framework" (Department of Health, 2008).
// Every expected value below is copied from the source (Appendices B to G); the
// mapping tables reproduce the cells of Appendix B as printed.

// Appendix B, column one -> column two: rows of core tasks (ids in Appendix C
// order: ct-<sub-area or area>-<position>) and the NOS printed against them
// (continuation rows with an empty column one included in the group above).
const COVERAGE: [string[], string[]][] = [
  [["ct-1.1-1","ct-1.1-2","ct-1.1-3","ct-1.1-4","ct-1.1-5","ct-1.1-6"], ["HSC35","HSC332","HSC382"]],
  [["ct-1.1-7"], ["HSC396"]],
  [["ct-1.1-8","ct-1.1-9"], ["HSC387","HSC389"]],
  [["ct-1.2-1","ct-1.2-2","ct-1.2-3"], ["HSC31"]],
  [["ct-1.2-4","ct-1.2-5","ct-1.2-6"], ["HSC369"]],
  [["ct-1.3-1","ct-1.3-2","ct-1.3-3"], ["HSC233"]],
  [["ct-1.3-4"], ["HSC419"]],
  [["ct-1.3-5","ct-1.3-6"], ["HSC226"]],
  [["ct-1.3-7"], ["HSC356"]],
  [["ct-1.4-1","ct-1.4-2"], ["HSC3103","HSC3112"]],
  [["ct-1.4-3"], ["HSC362","HSC365"]],
  [["ct-1.4-4"], ["HSC29"]],
  [["ct-1.4-5"], ["HSC210"]],
  [["ct-1.5-1","ct-1.5-2","ct-1.5-3","ct-1.5-4","ct-1.5-5"], ["HSC331","HSC3102","HSC3116"]],
  [["ct-1.6-1"], ["HSC349","HSC383"]],
  [["ct-1.6-2"], ["HSC347","HSC348"]],
  [["ct-1.6-3","ct-1.6-4","ct-1.6-5"], ["HSC345","HSC346"]],
  [["ct-1.6-6"], ["HSC28"]],
  [["ct-1.6-7"], ["HSC343"]],
  [["ct-1.6-8"], ["HSC344"]],
  [["ct-1.6-9"], ["HSC366"]],
  [["ct-1.7-1"], ["HSC330"]],
  [["ct-1.8-1","ct-1.8-2","ct-1.8-3","ct-1.8-4","ct-1.8-5","ct-1.8-6"], ["HSC328","HSC352"]],
  [["ct-1.8-7"], ["HSC386"]],
  [["ct-1.9-1","ct-1.9-2","ct-1.9-3"], ["FMH18"]],
  [["ct-1.10-1","ct-1.10-2","ct-1.10-3","ct-1.10-4","ct-1.10-5","ct-1.10-6"], ["MH94"]],
  [["ct-1.11-1"], ["HSC335","HSC395"]],
  [["ct-2.1-1","ct-2.1-2","ct-2.1-3","ct-2.1-4"], ["HSC399"]],
  [["ct-2.1-5","ct-2.1-6","ct-2.1-7"], ["HSC433"]],
  [["ct-2.2-1","ct-2.2-2","ct-2.2-3","ct-2.2-4","ct-2.2-5","ct-2.2-6"], ["HSC3100"]],
  [["ct-2.3-1","ct-2.3-2","ct-2.3-3"], ["HSC329"]],
  [["ct-2.3-4"], ["HSC3111"]],
  [["ct-2.4-1","ct-2.4-2","ct-2.4-3"], ["HSC32"]],
  [["ct-2.5-1","ct-2.5-2"], ["HSC3115"]],
  [["ct-2.5-3","ct-2.5-4"], ["HSC26"]],
  [["ct-2.5-5","ct-2.5-6"], ["CfA220","CfA212"]],
  [["ct-3-1","ct-3-2","ct-3-3","ct-3-4","ct-3-5","ct-3-6","ct-3-7","ct-3-8","ct-3-9"], ["HSC33","HSC3119"]],
  [["ct-3-10","ct-3-11"], ["GEN36"]],
  [["ct-3-12","ct-3-13"], ["HSC3121"]],
  [["ct-3-14"], ["HSC244"]],
  [["ct-4-1","ct-4-2","ct-4-3"], ["HSC43"]],
  [["ct-4-4","ct-4-5"], ["HSC444"]],
  [["ct-4-6","ct-4-7"], ["HSC451"]],
  [["ct-4-8","ct-4-9"], ["HSC446"]],
  [["ct-4-8","ct-4-9"], ["HSC439"]],
];
const KSF: [string, string][] = [
  ["HSC35", "Core 6/Level 3: Promote equality and value diversity"],
  ["HSC332", "HWB4/Level 3: Enable people to address specific needs in relation to health and wellbeing"],
  ["HSC382", "HWB4/Level 3: Enable people to address specific needs in relation to health and wellbeing"],
  ["HSC396", "HWB4/Level 4: Empower people to realise and maintain their potential in relation to health and wellbeing"],
  ["HSC387", "HWB4/Level 3: Enable people to address specific needs in relation to health and wellbeing"],
  ["HSC389", "HWB4/Level 3: Enable people to address specific needs in relation to health and wellbeing"],
  ["HSC31", "Core 1/Level 3: Develop and maintain communication with people about difficult matters and/or in difficult situations"],
  ["HSC369", "HWB4/Level 3: Enable people to address specific needs in relation to health and wellbeing"],
  ["HSC233", "HWB4/Level 2: Enable people to meet ongoing health and wellbeing needs"],
  ["HSC419", "HWB 2/Level 2: Contribute to assessing health and wellbeing needs and planning how to meet those needs"],
  ["HSC226", "HWB4/Level 2: Enable people to meet ongoing health and wellbeing needs"],
  ["HSC356", "HWB4/Level 3: Enable people to address specific needs in relation to health and wellbeing"],
  ["HSC3103", "HWB1/Level 1: Contribute to promoting health and wellbeing and preventing adverse effects on health and wellbeing"],
  ["HSC3112", "HWB1/Level 1: Contribute to promoting health and wellbeing and preventing adverse effects on health and wellbeing"],
  ["HSC362", "HWB 2/Level 1: Assist in the assessment of people's health and wellbeing needs"],
  ["HSC365", "HWB 1/Level 1: Contribute to promoting health and wellbeing and preventing adverse effects on health and wellbeing"],
  ["HSC29", "HWB4/Level 2: Enable people to meet ongoing health and wellbeing needs"],
  ["HSC210", "HWB4/Level 2: Enable people to meet ongoing health and wellbeing needs"],
  ["HSC331", "HWB4/Level 3: Enable people to address specific needs in relation to health and wellbeing"],
  ["HSC3102", "G7/Level 1: Sustain capacity and capability"],
  ["HSC3116", "HWB1/Level 2: Plan, develop and implement approaches to promote health and wellbeing and prevent adverse effects on health and wellbeing"],
  ["HSC349", "HWB4/Level 3: Enable people to address specific needs in relation to health and wellbeing"],
  ["HSC383", "HWB4/Level 3: Enable people to address specific needs in relation to health and wellbeing"],
  ["HSC347", "HWB4/Level 3: Enable people to address specific needs in relation to health and wellbeing"],
  ["HSC348", "HWB4/Level 3: Enable people to address specific needs in relation to health and wellbeing"],
  ["HSC345", "HWB3/Level 3: Implement aspects of a protection plan and review its effectiveness"],
  ["HSC346", "HWB4/Level 3: Enable people to address specific needs in relation to health and wellbeing"],
  ["HSC28", "HWB4/Level 2: Enable people to meet ongoing health and wellbeing needs"],
  ["HSC343", "HWB4/Level 3: Enable people to address specific needs in relation to health and wellbeing"],
  ["HSC344", "HWB4/Level 3: Enable people to address specific needs in relation to health and wellbeing"],
  ["HSC366", "HWB4/Level 3: Enable people to address specific needs in relation to health and wellbeing"],
  ["HSC330", "HWB4/Level 3: Enable people to address specific needs in relation to health and wellbeing"],
  ["HSC328", "HWB2/Level 2: Contribute to assessing health and wellbeing needs and planning how to meet those needs"],
  ["HSC352", "HWB4/Level 3: Enable people to address specific needs in relation to health and wellbeing"],
  ["HSC386", "HWB4/Level 3: Enable people to address specific needs in relation to health and wellbeing"],
  ["FMH18", "HWB4/Level 3: Enable people to address specific needs in relation to health and wellbeing"],
  ["MH94", "HWB4/Level 4: Empower people to realise and maintain their potential in relation to health and wellbeing"],
  ["HSC335", "HWB3/Level 2: Contribute to protecting people at risk"],
  ["HSC395", "HWB3/Level 2: Contribute to protecting people at risk"],
  ["HSC399", "G7/Level 1: Sustain capacity and capability"],
  ["HSC433", "G7/ Level 2: Facilitate the development of capacity and capability"],
  ["HSC3100", "HWB5/ Level 2: Undertake care activities to meet the health and wellbeing needs of individuals with a greater degree of dependency"],
  ["HSC329", "HWB2/Level 2: Contribute to assessing health and wellbeing needs and planning how to meet those needs"],
  ["HSC3111", "Core 6/Level 3: Promote equality and value diversity"],
  ["HSC32", "Core 3/Level 2: Monitor and maintain health, safety and security of self and others"],
  ["HSC3115", "IK1/Level 2: Modify, structure, maintain and present data and information"],
  ["HSC26", "HWB4/Level 2: Enable people to meet ongoing health and wellbeing needs"],
  ["CfA220", "Core 5/Level 2: Maintain quality in own work and encourage others to do so"],
  ["CfA212", "Core 5/Level 2: Maintain quality in own work and encourage others to do so"],
  ["HSC33", "Core 2/ Level 1: Contribute to own personal development"],
  ["HSC3119", "Core 5/Level 3: Contribute to improving quality"],
  ["GEN36", "Core 2/Level 3: Develop oneself and contribute to the development of others"],
  ["HSC3121", "Core 5/ Level 2: Maintain quality in own work and encourage others to do so"],
  ["HSC244", "Core 5/Level 1: Maintain the quality of own work"],
  ["HSC43", "Core 2/ Level 3: Develop oneself and contribute to the development of others"],
  ["HSC444", "G6/Level 2: Plan, allocate and supervise the work of a team"],
  ["HSC451", "Core 5/Level 3: Contribute to improving quality"],
  ["HSC446", "G6/Level 3: Co-ordinate and delegate work and review people's performance"],
  ["HSC439", "G6/ Level 3: Co-ordinate and delegate work and review people's performance"],
];
const ESC: [string, string][] = [
  ["HSC35", "2. Respecting Diversity 3. Practising Ethically"],
  ["HSC332", "2. Respecting Diversity 3. Practising Ethically 4. Challenging Inequality"],
  ["HSC382", "3. Practising Ethically 5. Promoting Recovery"],
  ["HSC396", "Practising Ethically Promoting Recovery"],
  ["HSC387", "Work in Partnership Promoting Recovery"],
  ["HSC389", "Work in Partnership Respecting Diversity"],
  ["HSC31", "1. Working in Partnership"],
  ["HSC369", "1. Working in Partnership"],
  ["HSC233", "Working in Partnership Respecting Diversity Practising Ethically"],
  ["HSC419", "Identifying People's Needs and Strengths"],
  ["HSC226", "Practising Ethically Promoting Recovery"],
  ["HSC356", "3. Practising Ethically 5. Promoting Recovery"],
  ["HSC3103", "6. Identifying People's Needs and Strengths"],
  ["HSC3112", "5. Promoting Recovery 6. Identifying People's Needs and Strengths"],
  ["HSC362", "8. Making a Difference"],
  ["HSC365", "8. Making a Difference"],
  ["HSC29", "5. Promoting Recovery 6. Identifying People's Needs and Strengths"],
  ["HSC210", "5. Promoting Recovery 6. Identifying People's Needs and Strengths"],
  ["HSC331", "4. Challenging Inequality"],
  ["HSC3102", "1. Working in Partnership 4. Challenging Inequality"],
  ["HSC3116", "2. Respecting Diversity 3. Practising Ethically 4. Challenging Inequality"],
  ["HSC349", "5. Promoting Recovery 6. Identifying People's Needs and Strengths"],
  ["HSC383", "5. Promoting Recovery 6. Identifying People's Needs and Strengths"],
  ["HSC347", "5. Promoting Recovery 6. Identifying People's Needs and Strengths"],
  ["HSC348", "5. Promoting Recovery 6. Identifying People's Needs and Strengths"],
  ["HSC345+HSC346", "5. Promoting Recovery 6. Identifying People's Needs and Strengths 5. Promoting Recovery 6. Identifying People's Needs and Strengths"],
  ["HSC28", "5. Promoting Recovery 6. Identifying People's Needs and Strengths"],
  ["HSC343", "5. Promoting Recovery 6. Identifying People's Needs and Strengths"],
  ["HSC344", "Promoting Recovery Identifying People's Needs and Strengths"],
  ["HSC366", "Practising Ethically Promoting Recovery Identifying People's Needs and Strengths"],
  ["HSC330", "Identifying People's Needs and Strengths Providing Service User Centred Care Making a Difference"],
  ["HSC328", "6. Identifying People's Needs and Strengths 7. Providing Service User Centred Care"],
  ["HSC352", "5. Promoting Recovery"],
  ["HSC386", "7. Providing Service User Centred Care"],
  ["FMH18", "5. Promoting Recovery 8. Making a Difference"],
  ["MH94", "5. Promoting Recovery 6. Identifying people's Needs and Strengths 7. Providing Service User Centred Care"],
  ["HSC335", "9. Promoting Safety and Positive Risk Taking"],
  ["HSC395", "9. Promoting Safety and Positive Risk Taking"],
  ["HSC399", "1. Working in Partnership"],
  ["HSC433", "1. Working in Partnership"],
  ["HSC3100", "Promoting Recovery Identifying People's Needs and Strengths Providing Service User Centred Care"],
  ["HSC329", "Providing Service User Centred Care Making a Difference"],
  ["HSC3111", "2. Respecting Diversity"],
  ["HSC32", "9. Promoting Safety and Positive Risk Taking"],
  ["HSC3115", "Not applicable"],
  ["HSC26", "6. Identifying People's Needs and Strengths"],
  ["CfA220", "Not applicable"],
  ["CfA212", "Not applicable"],
  ["HSC33", "10. Personal Development and Learning"],
  ["HSC3119", "10. Personal Development and Learning"],
  ["GEN36", "10. Personal Development and Learning"],
  ["HSC3121", "1. Working in Partnership 10. Personal Development and Learning"],
  ["HSC244", "9. Promoting Safety and Positive Risk Taking 10. Personal Development and Learning"],
  ["HSC43", "10. Personal Development and Learning"],
  ["HSC444", "7. Providing Service User Centred Care"],
  ["HSC451", "7. Providing Service User Centred Care"],
  ["HSC446", "7. Providing Service User Centred Care"],
  ["HSC439", "7. Providing Service User Centred Care"],
];
const RELATED: [string, string[]][] = [
  ["HSC35", ["HSC24 Ensure your own actions support the care, protection and well-being of individuals","HSC45 Develop practices which promote choice, well-being and protection of all individuals"]],
  ["HSC332", ["HSC414 Assess individual needs and preferences"]],
  ["HSC387", ["HSC227 Contribute to working in collaboration with carers in the caring role"]],
  ["HSC31", ["HSC21 Communicate with, and complete records for individuals","HSC41 Use and develop methods and systems to communicate records and report"]],
  ["HSC210", ["HSC420 Promote leisure opportunities and activities for individuals"]],
  ["HSC3116", ["HSC234 Ensure your own actions support the equality, diversity, rights and responsibilities of individuals"]],
  ["HSC349", ["HSC422 Promote housing opportunities for individuals"]],
  ["HSC347", ["HSC421 Promote employment, training and education opportunities for individuals"]],
  ["HSC344", ["HSC27 Support individuals in their daily living","HSC450 Develop risk management plans to support individual's independence and daily living within their home"]],
  ["HSC366", ["HSC410 Advocate with, and on behalf of, individuals, families, carers, groups and communities"]],
  ["HSC328", ["HSC416 Develop, implement and review care plans with individuals","HSC418 Work with individuals with mental health needs to negotiate and agree plans for addressing those needs","HSC427 Assess the needs of carers and families","HSC428 Develop, implement and review programmes of support for carers and families"]],
  ["HSC335", ["HSC240 Contribute to the identification of the risk of danger to individuals and others","HSC430 Support the protection of individuals, key people and others","HSC431 Support individuals where abuse has been disclosed"]],
  ["HSC329", ["HSC415 Produce, evaluate and amend service delivery plans to meet individual needs and preferences"]],
  ["HSC32", ["HSC22 Support the health and safety of yourself and individuals","HSC42 Contribute to the development and maintenance of healthy and safe practices in the working environment"]],
  ["HSC33", ["HSC23 Develop your knowledge and practice","HSC43 Take responsibility for the continuing professional development of self and others"]],
  ["HSC3121", ["HSC241 Contribute to the effectiveness of teams"]],
  ["HSC439", ["HSC435 Manage the development and direction of provision"]],
];

// Appendix D, in order: NOS id and title.
const NOS_TITLES: [string, string][] = [
  ["HSC35", "Promote choice, well-being and the protection of individuals"],
  ["HSC332", "Support the social, emotional and identity needs of individuals"],
  ["HSC382", "Support individuals to prepare for, adapt to and manage change"],
  ["HSC396", "Enable people with mental health needs to develop coping strategies"],
  ["HSC387", "Work in collaboration with carers in the caring role"],
  ["HSC389", "Work with carers, families and key people to maintain contact with individuals"],
  ["HSC31", "Promote effective communication for and about individuals"],
  ["HSC369", "Support individuals with specific communication needs"],
  ["HSC233", "Relate to, and interact with, individuals"],
  ["HSC419", "Provide advice and information to those who enquire about mental health needs and related services"],
  ["HSC226", "Support individuals who are distressed"],
  ["HSC356", "Support individuals to deal with relationship problems"],
  ["HSC3103", "Contribute to raising awareness of health issues"],
  ["HSC3112", "Support individuals to identify and promote their own health and social well-being"],
  ["HSC362", "Recognise indications of substance misuse and refer individuals to specialists"],
  ["HSC365", "Raise awareness about substances, their use and effects"],
  ["HSC29", "Support individuals to meet their domestic and personal needs"],
  ["HSC210", "Support individuals to access and participate in recreational activities"],
  ["HSC331", "Support individuals to develop and maintain social networks and relationships"],
  ["HSC3102", "Work with community networks and partnerships"],
  ["HSC3116", "Contribute to promoting a culture that values and respects the diversity of individuals"],
  ["HSC349", "Enable individuals to access housing and accommodation"],
  ["HSC383", "Prepare and support individuals to move and settle into new living environments"],
  ["HSC347", "Help individuals access employment"],
  ["HSC348", "Help individuals to access learning, training and development"],
  ["HSC345", "Support individuals to manage their financial affairs"],
  ["HSC346", "Support individuals to manage direct payments"],
  ["HSC28", "Support individuals to make journeys"],
  ["HSC343", "Support individuals to live at home"],
  ["HSC344", "Support individuals to retain, regain and develop the skills to manage their lives and environment"],
  ["HSC366", "Support individuals to represent their own needs and wishes at decision making forums"],
  ["HSC330", "Support individuals to access and use services and facilities"],
  ["HSC328", "Contribute to care planning and review"],
  ["HSC352", "Support individuals to continue therapies"],
  ["HSC386", "Assist in the transfer of individuals between agencies and services"],
  ["FMH18", "Respond to potential crisis and relapse for an individual in the community"],
  ["MH94", "Enable people to recover from distressing mental health experiences"],
  ["HSC335", "Contribute to the protection of individuals from harm and abuse"],
  ["HSC395", "Contribute to assessing and act upon risk of danger, harm and abuse"],
  ["HSC399", "Develop and sustain effective working relationships with staff in other agencies"],
  ["HSC433", "Develop joint working agreements and practices and review their effectiveness"],
  ["HSC3100", "Participate in inter-disciplinary team working to support individuals"],
  ["HSC329", "Contribute to planning, monitoring and reviewing the delivery of service for individuals"],
  ["HSC3111", "Promote the equality, diversity, rights and responsibilities of individuals"],
  ["HSC32", "Promote, monitor and maintain health, safety and security in the working environment"],
  ["HSC3115", "Receive, analyse, process, use and store information"],
  ["HSC26", "Support individuals to access and use information"],
  ["CfA220", "Operate office equipment"],
  ["CfA212", "Use of IT systems 2"],
  ["HSC33", "Reflect on and develop your practice"],
  ["HSC3119", "Promote the values and principles underpinning best practice"],
  ["GEN36", "Make use of supervision"],
  ["HSC3121", "Contribute to promoting the effectiveness of teams"],
  ["HSC244", "Manage and organise time and activities to support individuals in the community"],
  ["HSC43", "Take responsibility for the continuing professional development of self and others"],
  ["HSC444", "Contribute to the selection, recruitment and retention of staff to develop a quality service"],
  ["HSC451", "Lead teams to support a quality provision"],
  ["HSC446", "Manage a dispersed workforce to meet the needs and preferences of individuals at home"],
  ["HSC439", "Contribute to the development of organisational policy and practice"],
];

// Appendix F, in order.
const KSF_DIMENSIONS: [string, string][] = [
  ['C1', 'Communication'],
  ['C2', 'Personal and people development'],
  ['C3', 'Health, safety and security'],
  ['C4', 'Service improvement'],
  ['C5', 'Quality'],
  ['C6', 'Equality and diversity'],
  ['HWB1', 'Promotion of health and wellbeing and preventions of adverse effects to health and wellbeing'],
  ['HWB2', 'Assessment and care planning to meet health and wellbeing needs'],
  ['HWB3', 'Protection of health and wellbeing'],
  ['HWB4', 'Enablement to address health and wellbeing needs'],
  ['HWB5', 'Provision of care to meet health and wellbeing needs'],
  ['HWB6', 'Assessment and treatment planning'],
  ['HWB7', 'Interventions and treatments'],
  ['HWB8', 'Biomedical investigation and intervention'],
  ['HWB9', 'Equipment and devices to meet health and wellbeing needs'],
  ['HWB10', 'Products to meet health and wellbeing needs'],
  ['EF1', 'Systems, vehicles and equipment'],
  ['EF2', 'Environments and buildings'],
  ['EF3', 'Transport and logistics'],
  ['IK1', 'Information processing'],
  ['IK2', 'Information collection and analysis'],
  ['IK3', 'Knowledge and information resources'],
  ['G1', 'Learning and development'],
  ['G2', 'Development and innovation'],
  ['G3', 'Procurement and commissioning'],
  ['G4', 'Financial management'],
  ['G5', 'Services and project management'],
  ['G6', 'People management'],
  ['G7', 'Capacity and capability'],
  ['G8', 'Public relations and marketing'],
];

// Appendix G titles, in order.
const ESC_TITLES = [
  'Working in Partnership',
  'Respecting Diversity',
  'Practicing Ethically',
  'Challenging Inequality',
  'Promoting recovery',
  "Identifying People's Needs and Strengths",
  'Providing Service User Centred Care',
  'Making a Difference',
  'Promoting Safety and Positive Risk Taking',
  'Personal Development and Learning',
];

// ESC names as Appendix B prints them -> ESC number.
const ESC_NAMES: [RegExp, number][] = [
  [/Work(?:ing)? in Partnership/g, 1],
  [/Respecting Diversity/g, 2],
  [/Practising Ethically/g, 3],
  [/Challenging Inequality/g, 4],
  [/Promoting Recovery/g, 5],
  [/Identifying People's Needs and Strengths/gi, 6],
  [/Providing Service User Centred Care/g, 7],
  [/Making a Difference/g, 8],
  [/Promoting Safety and Positive Risk Taking/g, 9],
  [/Personal Development and Learning/g, 10],
];
const escNumbers = (cell: string): number[] =>
  ESC_NAMES.flatMap(([re, n]) => [...cell.matchAll(re)].map((m) => [m.index ?? 0, n] as [number, number]))
    .sort((a, b) => a[0] - b[0])
    .map(([, n]) => n);

// "Core 6/Level 3: Promote ..." -> ["C6", "Level 3", "Promote ..."]
const parseKsf = (cell: string): [string, string, string] => {
  const m = cell.match(/^(Core \d|HWB ?\d+|G\d|IK\d)\s*\/\s*Level (\d): (.*)$/);
  if (!m) throw new Error(`bad KSF cell ${cell}`);
  const dim = m[1].startsWith('Core') ? `C${m[1].slice(5)}` : m[1].replace(' ', '');
  return [dim, `Level ${m[2]}`, m[3]];
};

describe('STR workers competence framework (str-workers.json)', () => {
  let framework: Framework;
  let byId: Map<string, Item>;

  const ofType = (type: string) => framework.items.filter((i) => i.type === type);
  const item = (id: string): Item => {
    const found = byId.get(id);
    if (!found) throw new Error(`no item ${id}`);
    return found;
  };
  const assocs = (type: string, source?: string): Association[] =>
    (framework.associations ?? []).filter((a) => a.type === type && (source === undefined || a.source === source));
  const ksfLinks = (source: string) => assocs('maps-to', source).filter((a) => item(a.target).type === 'ksf-dimension');
  const escLinks = (source: string) => assocs('maps-to', source).filter((a) => item(a.target).type === 'esc');

  before(async () => {
    framework = await (await fetch(new URL('../../frameworks/str-workers.json', import.meta.url))).json();
    byId = new Map(framework.items.map((i) => [i.id, i]));
  });

  it('has the framework metadata', () => {
    expect(framework.format).to.equal('ksb-framework/1');
    expect(framework.id).to.equal('str-workers');
    expect(framework.version).to.equal('2008');
    expect(framework.title).to.equal('Support, Time and Recovery (STR) workers – A Competence Framework');
    expect(framework.language).to.equal('en-GB');
    expect(framework.source?.publisher).to.equal('Department of Health');
    expect(framework.source?.date).to.equal('01 July 2008');
    expect(framework.reference).to.equal('Gateway Reference 10022');
  });

  it('has exact counts of every item type', () => {
    expect(ofType('area')).to.have.length(4);
    expect(ofType('sub-area')).to.have.length(16);
    expect(ofType('core-task')).to.have.length(108);
    // 59 NOS of the framework ("59 NOS (including 1 in development)") + 26 other related NOS
    expect(ofType('nos')).to.have.length(85);
    expect(ofType('nos').filter((n) => !n.notes?.includes('listed as other related NOS only'))).to.have.length(59);
    expect(ofType('ksf-dimension')).to.have.length(30);
    expect(ofType('esc')).to.have.length(10);
    expect(framework.items).to.have.length(4 + 16 + 108 + 85 + 30 + 10);
  });

  it('has exact counts of every association type', () => {
    expect(assocs('covered-by')).to.have.length(160);
    expect(assocs('related')).to.have.length(27);
    expect(assocs('maps-to')).to.have.length(154);
    expect(assocs('maps-to').filter((a) => a.target.startsWith('esc-'))).to.have.length(95);
    expect(assocs('maps-to').filter((a) => !a.target.startsWith('esc-'))).to.have.length(59);
    expect(framework.associations).to.have.length(160 + 27 + 154);
  });

  it('has the 4 areas and 16 sub-areas of Appendix B', () => {
    expect(ofType('area').map((a) => [a.id, a.code, a.statement])).to.deep.equal([
      ['area-1', '1', 'Working with service users and carers'],
      ['area-2', '2', 'Working within your organisation'],
      ['area-3', '3', 'Personal Development'],
      ['area-4', '4', 'Management of the Service'],
    ]);
    expect(ofType('sub-area').map((s) => [s.id, s.statement, s.parent])).to.deep.equal([
      ['1.1', 'General', 'area-1'],
      ['1.2', 'Communication', 'area-1'],
      ['1.3', 'Engagement', 'area-1'],
      ['1.4', 'Health promotion', 'area-1'],
      ['1.5', 'Social inclusion', 'area-1'],
      ['1.6', 'Practical support', 'area-1'],
      ['1.7', 'Access to health care', 'area-1'],
      ['1.8', 'Care planning (Individual level)', 'area-1'],
      ['1.9', 'Relapse', 'area-1'],
      ['1.10', 'Recovery', 'area-1'],
      ['1.11', 'Abuse', 'area-1'],
      ['2.1', 'Links with other organisations', 'area-2'],
      ['2.2', 'Care planning (organisational level)', 'area-2'],
      ['2.3', 'Service review and development', 'area-2'],
      ['2.4', 'Health and safety', 'area-2'],
      ['2.5', 'Administration and security of information', 'area-2'],
    ]);
  });

  it('has the core tasks of Appendix C under their sub-area (or area)', () => {
    const perParent: Record<string, number> = {};
    for (const t of ofType('core-task')) perParent[t.parent ?? ''] = (perParent[t.parent ?? ''] ?? 0) + 1;
    expect(perParent).to.deep.equal({
      '1.1': 9, '1.2': 6, '1.3': 7, '1.4': 5, '1.5': 5, '1.6': 9, '1.7': 1, '1.8': 7, '1.9': 3, '1.10': 6, '1.11': 1,
      '2.1': 7, '2.2': 6, '2.3': 4, '2.4': 3, '2.5': 6,
      'area-3': 14, 'area-4': 9,
    });
  });

  it('has core task statements exactly as the source words them, with the NOS covering them', () => {
    const samples: [string, string, string[]][] = [
      ['ct-1.1-1', 'To act at all times in the best interests of service users within appropriate, transparent boundaries as part of a recovery orientated mental health service', ['HSC35', 'HSC332', 'HSC382']],
      ['ct-1.1-7', 'To enable people with mental health needs to develop coping strategies', ['HSC396']],
      ['ct-1.2-1', 'To create an atmosphere where clients feel comfortable to talk about themselves and their emotions', ['HSC31']],
      ['ct-1.3-4', 'To provide advice and information to those who enquire about mental and physical health needs and related services', ['HSC419']],
      ['ct-1.4-3', 'To promote minimisation of harm to those engaged in substance misuse', ['HSC362', 'HSC365']],
      ['ct-1.6-3', 'To provide or assist service users to obtain and use effectively, appropriate financial support and information to include financial and budgeting skills (e.g. direct payments or individual budgets where appropriate)', ['HSC345', 'HSC346']],
      ['ct-1.6-8', 'To provide support with “daily living” to individuals that might involve practical help, emotional/psychological support, assistance with any difficulties that may arise', ['HSC344']],
      ['ct-1.7-1', 'To enable service users in gaining access to:', ['HSC330']],
      ['ct-1.8-7', 'To enable service users as they move through statutory services, working closely with other STR workers, to aid a smooth transfer of care from one part of the service to another', ['HSC386']],
      ['ct-1.9-3', 'To continue to support through relapse', ['FMH18']],
      ['ct-1.10-4', 'To pay particular attention to the importance of goals that take the service user out of the "sick role" and enables them to actively contribute to the lives of others', ['MH94']],
      ['ct-1.11-1', 'To recognise possible signs of abuse and to contribute to the protection of individuals and their families', ['HSC335', 'HSC395']],
      ['ct-2.3-3', 'To contribute to planning, delivering & monitoring interventions and/or treatments', ['HSC329']],
      ['ct-2.5-5', 'To use Information Technology such as computers, mobile phones and blackberries as appropriate in support of everyday practice and administration', ['CfA220', 'CfA212']],
      ['ct-3-10', 'To reflect upon and develop own practice using supervision and support', ['GEN36']],
      ['ct-4-3', 'To contribute to workshops or seminars applicable to the post holders experience/knowledge', ['HSC43']],
      ['ct-4-9', 'To regularly review the service offered by STR workers, to ensure consistency of standards, quality and effectiveness', ['HSC446', 'HSC439']],
    ];
    for (const [id, statement, nos] of samples) {
      expect(item(id).statement, id).to.equal(statement);
      expect(assocs('covered-by', id).map((a) => a.target), id).to.deep.equal(nos);
    }
    expect(item('ct-1.7-1').elements).to.deep.equal([
      'a pharmacist to include effective medicines management;',
      'regular health checks (to include attendance for clinical tests where appropriate);',
      'a dietitian, nutritionist and physiotherapist; and',
      'a GP; dentist; optician; chiropodist',
    ]);
  });

  it('links every core task to the NOS of its Appendix B row, in source order', () => {
    const expected = COVERAGE.flatMap(([tasks, nos]) => nos.flatMap((n) => tasks.map((t) => [t, n])));
    expect(assocs('covered-by').map((a) => [a.source, a.target])).to.deep.equal(expected);
    for (const t of ofType('core-task')) expect(assocs('covered-by', t.id).length, t.id).to.be.greaterThan(0);
  });

  it('has the 59 NOS of Appendix D in order, with their titles as statements', () => {
    const nos = ofType('nos').filter((n) => !n.notes?.includes('listed as other related NOS only'));
    expect(nos.map((n) => [n.id, n.title])).to.deep.equal(NOS_TITLES);
    for (const n of nos) expect(n.statement, n.id).to.equal(n.title);
    expect(item('FMH18').code).to.equal('SfH FMH18');
    expect(item('CfA220').code).to.equal('CfA 220');
    expect(item('GEN36').code).to.equal('SfH GEN36');
  });

  it('has the element bullets of NOS in order', () => {
    expect(item('HSC35').elements).to.deep.equal([
      'Develop supportive relationships that promote choice and independence',
      'Respect the diversity and difference of individuals and key people',
      'Contribute to the protection of all individuals',
    ]);
    expect(item('HSC31').elements).to.deep.equal([
      'Identify ways to communicate effectively',
      'Communicate effectively on difficult, complex and sensitive issues',
      'Support individuals to communicate',
      'Update and maintain records and reports',
    ]);
    expect(item('HSC444').elements).to.deep.equal([
      'Identify requirements for staff selection',
      'Contribute to the recruitment of staff in accordance with legal, regulatory and service guidance',
      'Ensure recruitment of suitable staff to meet the needs of the service',
      'Contribute to staff retention policies and practice',
    ]);
    expect(item('CfA212').elements).to.deep.equal([
      'Set up and use different types of hardware, access data from different storage media networks and know how to avoid common security risks and restrict access to software and data',
    ]);
    expect(item('HSC346').elements).to.deep.equal([
      'Work with individuals to access information and advice about direct payments',
      'Help individuals to manage and monitor their use of direct payments',
    ]);
  });

  it('marks MH94 as a draft NOS in development', () => {
    const mh94 = item('MH94');
    expect(mh94.type).to.equal('nos');
    expect(mh94.status).to.equal('draft');
    expect(mh94.title).to.equal('Enable people to recover from distressing mental health experiences');
    expect(mh94.notes?.some((n) => n.includes('draft in development'))).to.equal(true);
    expect(mh94.elements).to.deep.equal([
      'Enabling individuals to recover from distressing mental health experiences through the acquisition of recovery based knowledge, practice and skills as part of a Personal Recovery or Wellness Recovery Action Plan (WRAP)',
    ]);
    expect(ofType('nos').filter((n) => n.status === 'draft').map((n) => n.id)).to.deep.equal(['MH94']);
  });

  it('maps every NOS to the KSF dimension and level of Appendix B column four', () => {
    expect(KSF).to.have.length(59);
    for (const [nos, cell] of KSF) {
      const [dim, level, text] = parseKsf(cell);
      const links = ksfLinks(nos);
      expect(links.map((a) => [a.target, a.qualifier]), nos).to.deep.equal([[dim, level]]);
      expect(links[0].note?.startsWith(text), nos).to.equal(true);
    }
  });

  it('maps NOS to the Ten ESC of Appendix B column five', () => {
    for (const [cellNos, cell] of ESC) {
      const nosIds = cellNos.split('+');
      const numbers = escNumbers(cell);
      const per = numbers.length / nosIds.length;
      nosIds.forEach((n, i) => {
        expect(escLinks(n).map((a) => a.target), n).to.deep.equal(
          numbers.slice(i * per, (i + 1) * per).map((x) => `esc-${x}`),
        );
      });
      if (cell === 'Not applicable') expect(escLinks(cellNos), cellNos).to.have.length(0);
    }
    // spot checks written out
    expect(escLinks('HSC330').map((a) => a.target)).to.deep.equal(['esc-6', 'esc-7', 'esc-8']);
    expect(escLinks('HSC387').map((a) => a.target)).to.deep.equal(['esc-1', 'esc-5']);
    expect(escLinks('HSC244').map((a) => a.target)).to.deep.equal(['esc-9', 'esc-10']);
  });

  it('links NOS to the other related NOS of Appendix B column three', () => {
    expect(RELATED.flatMap(([, r]) => r)).to.have.length(27);
    for (const [nos, related] of RELATED) {
      const ids = related.map((r) => r.split(' ')[0]);
      expect(assocs('related', nos).map((a) => a.target), nos).to.deep.equal(ids);
      for (const r of related) {
        const id = r.split(' ')[0];
        expect(item(id).title, id).to.equal(r.slice(id.length + 1));
        expect(item(id).type).to.equal('nos');
      }
    }
    const relatedOnly = ofType('nos').filter((n) => n.notes?.includes('listed as other related NOS only'));
    expect(relatedOnly).to.have.length(26);
    expect(relatedOnly.map((n) => n.id)).not.to.include('HSC43');
    expect(item('HSC43').notes ?? []).not.to.include('listed as other related NOS only');
  });

  it('lists the 18 most important NOS in the order of Appendix E', () => {
    const list = framework.lists?.find((l) => l.id === 'most-important-nos');
    // 1 HSC3112 ... 13 "HS233" (HSC233) ... 17 "SfH MH 94" ... 18 HSC33
    expect(list?.items).to.deep.equal([
      'HSC3112', 'HSC35', 'HSC396', 'HSC331', 'HSC31', 'HSC332', 'HSC226', 'HSC343', 'HSC344',
      'HSC382', 'FMH18', 'HSC3111', 'HSC233', 'HSC3102', 'HSC335', 'HSC328', 'MH94', 'HSC33',
    ]);
  });

  it('has the role profile examples of Appendix E', () => {
    const list = (id: string) => framework.lists?.find((l) => l.id === id)?.items;
    expect(list('role-profile-employment-learning')).to.deep.equal(['HSC347', 'HSC348']);
    expect(list('role-profile-substance-misuse')).to.deep.equal(['HSC362', 'HSC365']);
    expect(list('role-profile-management')).to.deep.equal(['HSC43', 'HSC444', 'HSC451', 'HSC446', 'HSC439']);
  });

  it('has the 30 KSF dimensions of Appendix F', () => {
    expect(ofType('ksf-dimension').map((k) => [k.id, k.title])).to.deep.equal(KSF_DIMENSIONS);
    expect(item('C1').code).to.equal('Core 1');
    const list = (id: string) => framework.lists?.find((l) => l.id === id)?.items;
    expect(list('ksf-core-dimensions')).to.deep.equal(['C1', 'C2', 'C3', 'C4', 'C5', 'C6']);
    expect(list('ksf-information-and-knowledge')).to.deep.equal(['IK1', 'IK2', 'IK3']);
  });

  it('has the Ten Essential Shared Capabilities of Appendix G', () => {
    expect(ofType('esc').map((e) => e.id)).to.deep.equal(ESC_TITLES.map((_, i) => `esc-${i + 1}`));
    expect(ofType('esc').map((e) => e.title)).to.deep.equal(ESC_TITLES);
    expect(item('esc-1').statement).to.equal(
      'Developing and maintaining constructive working relationships with service users, carers, families, colleagues, lay people and wider community networks. Working positively with any tensions created by conflicts of interest or aspiration that may arise between the partners in care.',
    );
    expect(item('esc-10').statement).to.equal(
      "Keeping up to date with changes in practice and participating in life long learning, personal and professional development for one's self and colleagues through supervision, appraisal and reflective practice.",
    );
  });

  it('has the three STR worker levels, with the senior role tied to management', () => {
    expect(framework.levels?.map((l) => [l.id, l.label])).to.deep.equal([
      ['foundation', 'Foundation'],
      ['intermediate', 'Intermediate'],
      ['senior', 'Senior'],
    ]);
    for (const l of framework.levels ?? []) expect(l.description, l.id).to.include('Senior; Intermediate; and Foundation');
    const senior = framework.items.filter((i) => i.levels?.includes('senior')).map((i) => i.id);
    expect(senior).to.deep.equal([
      'area-4', 'ct-4-1', 'ct-4-2', 'ct-4-3', 'ct-4-4', 'ct-4-5', 'ct-4-6', 'ct-4-7', 'ct-4-8', 'ct-4-9',
      'HSC43', 'HSC444', 'HSC451', 'HSC446', 'HSC439',
    ]);
    expect(framework.items.filter((i) => i.levels && !i.levels.every((l) => l === 'senior'))).to.have.length(0);
  });

  it('resolves every id and keeps the hierarchy area > sub-area > core task', () => {
    const ids = new Set(framework.items.map((i) => i.id));
    expect(ids.size).to.equal(framework.items.length);
    for (const a of framework.associations ?? []) {
      expect(ids.has(a.source), a.source).to.equal(true);
      expect(ids.has(a.target), a.target).to.equal(true);
    }
    for (const l of framework.lists ?? []) for (const i of l.items) expect(ids.has(i), `${l.id}:${i}`).to.equal(true);
    const levelIds = new Set((framework.levels ?? []).map((l) => l.id));
    for (const i of framework.items) for (const l of i.levels ?? []) expect(levelIds.has(l)).to.equal(true);
    for (const s of ofType('sub-area')) expect(item(s.parent ?? '').type).to.equal('area');
    for (const t of ofType('core-task')) expect(['sub-area', 'area']).to.include(item(t.parent ?? '').type);
    for (const a of assocs('covered-by')) {
      expect(item(a.source).type).to.equal('core-task');
      expect(item(a.target).type).to.equal('nos');
    }
    for (const a of assocs('related')) expect([item(a.source).type, item(a.target).type]).to.deep.equal(['nos', 'nos']);
    for (const a of assocs('maps-to')) expect(item(a.source).type).to.equal('nos');
  });
});
