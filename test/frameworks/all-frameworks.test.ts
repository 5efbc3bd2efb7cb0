import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { validateFramework } from '../../src/model/index.js';

const load = async (name: string) => (await fetch(new URL(`../../frameworks/${name}`, import.meta.url))).json();

describe('bundled frameworks', () => {
  let catalogue: { file: string; id: string; title: string }[];
  let validator: Validator;

  before(async () => {
    catalogue = await load('catalogue.json');
    validator = new Validator(await load('framework.schema.json'), '2020-12', false);
  });

  it('lists the five source frameworks', () => {
    expect(catalogue.map((c) => c.id)).to.deep.equal(['st0958', 'somerset-splw', 'ahp-support-worker', 'st0568', 'str-workers']);
  });

  for (const file of ['st0958.json', 'somerset-splw.json', 'ahp-support-worker.json', 'st0568-pwp.json', 'str-workers.json']) {
    describe(file, () => {
      let data: any;
      before(async () => {
        data = await load(file);
      });

      it('matches the JSON Schema', () => {
        const { valid, errors } = validator.validate(data);
        expect(valid, JSON.stringify(errors.slice(0, 5))).to.be.true;
      });

      it('passes the validator with no problem at all', () => {
        const v = validateFramework(data);
        expect(v.problems, JSON.stringify(v.problems.slice(0, 5))).to.deep.equal([]);
        expect(v.valid).to.be.true;
      });

      it('is what the catalogue says', async () => {
        const entry = catalogue.find((c) => c.file === file)!;
        expect(data.id).to.equal(entry.id);
      });

      it('survives validation unchanged (nothing dropped, nothing added)', () => {
        expect(validateFramework(data).value).to.deep.equal(data);
      });

      it('has every association, parent and list resolving to an item', () => {
        const ids = new Set(data.items.map((i: any) => i.id));
        const refs = [
          ...(data.associations ?? []).flatMap((a: any) => [a.source, a.target]),
          ...data.items.flatMap((i: any) => (i.parent ? [i.parent] : [])),
          ...(data.lists ?? []).flatMap((l: any) => l.items),
          ...(data.rubrics ?? []).map((r: any) => r.item),
        ];
        expect(refs.filter((id) => !ids.has(id))).to.deep.equal([]);
      });
    });
  }
});
