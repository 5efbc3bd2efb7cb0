import { expect } from '@open-wc/testing';
import type { Framework, Item } from '../../src/model/framework.js';

// Checks frameworks/ahp-support-worker.json against the source text
// ("Allied Health Professions’ Support Worker Competency, Education and Career
// Development Framework"). Every expected value below is copied from the source.

describe('AHP Support Worker framework (ahp-support-worker.json)', () => {
  let framework: Framework;
  let byId: Map<string, Item>;

  const ofType = (type: string) => framework.items.filter((i) => i.type === type);
  const item = (id: string): Item => {
    const found = byId.get(id);
    if (!found) throw new Error(`no item ${id}`);
    return found;
  };
  const descriptor = (id: string, level: string) =>
    item(id).descriptors?.find((d) => d.level === level)?.text;

  before(async () => {
    framework = await (await fetch(new URL('../../frameworks/ahp-support-worker.json', import.meta.url))).json();
    byId = new Map(framework.items.map((i) => [i.id, i]));
  });

  it('has the framework metadata', () => {
    expect(framework.format).to.equal('ksb-framework/1');
    expect(framework.id).to.equal('ahp-support-worker');
    expect(framework.version).to.equal('1');
    expect(framework.title).to.equal(
      'Allied Health Professions’ Support Worker Competency, Education and Career Development Framework',
    );
    expect(framework.language).to.equal('en-GB');
    expect(framework.defaultScale).to.equal('confidence');
    expect(framework.notes?.some((n) => n.includes('states no version'))).to.equal(true);
  });

  it('has the three career levels in order', () => {
    expect(framework.levels?.map((l) => [l.id, l.label])).to.deep.equal([
      ['entry', 'Entry Level'],
      ['intermediate', 'Intermediate'],
      ['assistant-practitioner', 'Assistant Practitioner'],
    ]);
  });

  it('has 8 domains and 55 competencies and nothing else', () => {
    expect(ofType('domain')).to.have.length(8);
    expect(ofType('competency')).to.have.length(55);
    expect(framework.items).to.have.length(63);
    expect(framework.associations ?? []).to.have.length(0);
  });

  it('has the domains with their names and description lines', () => {
    expect(ofType('domain').map((d) => [d.id, d.code, d.title])).to.deep.equal([
      ['domain-1', 'Domain 1', 'Formal knowledge and experience'],
      ['domain-2', 'Domain 2', 'Supporting service users'],
      ['domain-3', 'Domain 3', 'Clinical, technical and scientific roles and responsibilities'],
      ['domain-4', 'Domain 4', 'Communication and information management'],
      ['domain-5', 'Domain 5', 'Safe and inclusive environments'],
      ['domain-6', 'Domain 6', 'Research and service improvement'],
      ['domain-7', 'Domain 7', 'Leadership and management'],
      ['domain-8', 'Domain 8', 'Personal and professional values and behaviours'],
    ]);
    expect(item('domain-1').statement).to.equal(
      'The minimum essential formal qualifications and experience required for AHP support workers entering each stage. Some roles may in addition have specific role requirements such as a driving license.',
    );
    expect(item('domain-3').statement).to.equal(
      'Knowledge and practice, support and interventions required to safely assist service-users meet their optimum potential.',
    );
    expect(item('domain-6').statement).to.equal(
      'Participation and undertaking of research, audit, evaluation and service-improvement projects.',
    );
    expect(item('domain-8').statement).to.equal(
      'The values required to work in health and social care, and personal learning and selfdevelopment.',
    );
  });

  it('has the competencies of each domain, in source order', () => {
    const expected: Record<string, string[]> = {
      'domain-1': ['1.1', '1.2', '1.3'],
      'domain-2': ['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '2.10', '2.11', '2.12'],
      'domain-3': ['3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '3.9', '3.10', '3.11', '3.12'],
      'domain-4': ['4.1', '4.2', '4.3', '4.4'],
      'domain-5': ['5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7', '5.8', '5.9', '5.10', '5.11'],
      'domain-6': ['6.1', '6.2'],
      'domain-7': ['7.1', '7.2', '7.3', '7.4', '7.5'],
      'domain-8': ['8.1', '8.2', '8.3', '8.4', '8.5', '8.6'],
    };
    const counts = { 'domain-1': 3, 'domain-2': 12, 'domain-3': 12, 'domain-4': 4, 'domain-5': 11, 'domain-6': 2, 'domain-7': 5, 'domain-8': 6 };
    for (const [domain, ids] of Object.entries(expected)) {
      const actual = ofType('competency').filter((c) => c.parent === domain).map((c) => c.id);
      expect(actual, domain).to.deep.equal(ids);
      expect(actual.length, domain).to.equal(counts[domain as keyof typeof counts]);
    }
    for (const c of ofType('competency')) expect(c.code).to.equal(c.id);
  });

  it('uses the competency names as titles and statements', () => {
    const names: Record<string, string> = {
      '1.1': 'Education Requirements',
      '1.3': 'Values',
      '2.2': 'Person-centred Care',
      '2.8': 'Legal and ethical responsibilities',
      '3.9': 'Reporting, Referring and Escalating Concerns',
      '4.4': 'Effective Communication',
      '5.9': 'Awareness of Subconscious Bias',
      '5.10': 'Recognises and reacts to discrimination',
      '6.2': 'Research Activity',
      '7.4': 'Supervising Others',
      '8.6': 'Personal Development Plans',
    };
    for (const [id, name] of Object.entries(names)) {
      expect(item(id).title, id).to.equal(name);
      expect(item(id).statement, id).to.equal(name);
    }
  });

  it('has one descriptor per level for every competency (165 in all)', () => {
    let total = 0;
    for (const c of ofType('competency')) {
      expect(c.descriptors?.map((d) => d.level), c.id).to.deep.equal(['entry', 'intermediate', 'assistant-practitioner']);
      for (const d of c.descriptors ?? []) expect(d.text.length, c.id).to.be.greaterThan(0);
      total += c.descriptors?.length ?? 0;
    }
    expect(total).to.equal(165);
    for (const d of ofType('domain')) expect(d.descriptors).to.equal(undefined);
  });

  it('has the exact descriptor texts at the right levels', () => {
    expect(descriptor('1.1', 'entry')).to.equal(
      'RQF Level 2 Qualification(s) (for example GCSE grade 4/C or above). Level 2 Functional Skills. Or - as a level 2 apprenticeship, such as the Healthcare Support Worker apprenticeship.',
    );
    expect(descriptor('1.1', 'intermediate')).to.equal(
      'RQF Level 3 qualifications or demonstrated ability and commitment to achieve a relevant level 3 qualification. Level 2 Functional Skills. Or - as a level 3 apprenticeship, such as the Senior Healthcare Support Worker apprenticeship (or other level 3 qualification pathway.',
    );
    expect(descriptor('1.1', 'assistant-practitioner')).to.equal(
      'Foundation degree Health and Social Care, or equivalent level 5 qualification; plus, A-levels and GCSEs or equivalent(s), including Functional Skills (level 2) Or - as a level 5 apprenticeship, such as the Assistant Practitioner apprenticeship Care Certificate.',
    );
    expect(descriptor('2.2', 'entry')).to.equal('Provides person-centred care and support.');
    expect(descriptor('2.7', 'entry')).to.equal(
      'Aware of the main organisations in the health and social care system and services provided',
    );
    expect(descriptor('3.3', 'entry')).to.equal('Works under close supervision.');
    expect(descriptor('3.3', 'intermediate')).to.equal(
      'May work alone within scope of role, for example in the community, and have their own caseload of service users with non-complex needs previously seen by a registered member of staff.',
    );
    expect(descriptor('3.4', 'intermediate')).to.equal('Manages own workload and time, for example maintaining own diary');
    expect(descriptor('4.4', 'assistant-practitioner')).to.equal(
      'Demonstrates the ability to provide and receive complex and sensitive information, including relating to service users. Judges the appropriate method of communication, ensuring information is provided in an accessible way. Actively listens and receives information, gives and acts on feedback. Understands the communication needs of others and adapts communication style accordingly.',
    );
    expect(descriptor('5.6', 'entry')).to.equal(
      'Understands the principles and practices of infection control, adhering to these consistently within own scope of practice.',
    );
    expect(descriptor('5.6', 'intermediate')).to.equal(
      'Understands the principles and practices of infection control, adhering to these consistently within own sphere of practice.',
    );
    expect(descriptor('5.6', 'assistant-practitioner')).to.equal(
      'Supports others to understand the principles and practices that underpin infection control principles',
    );
    expect(descriptor('6.1', 'assistant-practitioner')).to.equal(
      'Participates in, contributes to, and may lead, audits, service evaluation and quality improvement projects relevant to own work.',
    );
    expect(descriptor('7.2', 'entry')).to.equal('Acts as a role model (for example by being welcoming).');
    expect(descriptor('7.4', 'intermediate')).to.equal(
      'Inducts new team members. Participates in training and mentoring of less experienced support staff and students (including apprentices) in respect of tasks and responsibilities within scope of practice.',
    );
    expect(descriptor('7.5', 'entry')).to.equal('Participates in team learning.');
    expect(descriptor('8.6', 'entry')).to.equal(
      'Records learning and personal development and is supported to identify areas for improvement. Undertakes reflective practice.',
    );
  });

  it('repeats a text at every level where the source does', () => {
    const text = 'Demonstrates the values of the NHS and commitment to personal and professional development.';
    expect(item('1.3').descriptors?.map((d) => d.text)).to.deep.equal([text, text, text]);
  });

  it('keeps the non-N/A ExR column entries as notes', () => {
    const exr = (i: Item) => (i.notes ?? []).filter((n) => n.startsWith('ExR: '));
    const withExr = framework.items.filter((i) => exr(i).length > 0).map((i) => i.id);
    expect(withExr).to.deep.equal(['3.1', '3.5', '3.11', '3.12', '4.1', '5.1', '5.5', '5.11', '6.1', '6.2', '8.4', '8.5']);
    for (const i of framework.items) expect(exr(i).length, i.id).to.be.at.most(1);
    expect(exr(item('3.5'))).to.deep.equal(['ExR: ExR requires consent from all video participants']);
    expect(exr(item('5.5'))).to.deep.equal(['ExR: ExR has a safeguarding policy in place.']);
    expect(exr(item('6.2'))).to.deep.equal(['ExR: ExR supports and participates in research around the UK']);
    expect(exr(item('8.4'))).to.deep.equal([
      'ExR: Provides a platform for individuals to ensure up-to-date knowledge and skills',
    ]);
    expect(exr(item('8.5'))).to.deep.equal(['ExR: Trainings can be used for CPD points and addressed on a PDP']);
    expect(exr(item('1.1'))).to.deep.equal([]);
  });

  it('has unique ids and every parent resolves to a domain', () => {
    expect(byId.size).to.equal(framework.items.length);
    for (const c of ofType('competency')) expect(item(c.parent ?? '').type, c.id).to.equal('domain');
    for (const d of ofType('domain')) expect(d.parent, d.id).to.equal(undefined);
    const levelIds = new Set(framework.levels?.map((l) => l.id));
    for (const c of ofType('competency')) for (const d of c.descriptors ?? []) expect(levelIds.has(d.level)).to.equal(true);
  });
});
