import { expect } from '@open-wc/testing';
import type { Framework } from '../../src/model/framework.js';
import { translationFromCSV, translationTemplateCSV } from '../../src/importers/index.js';
import { applyTranslation } from '../../src/model/translation.js';
import { bundled } from '../harness/frameworks.js';

describe('translationTemplateCSV / translationFromCSV: the translator\'s sheet, in the browser', () => {
  let somerset: Framework;
  before(async () => {
    somerset = await bundled('somerset-splw.json');
  });

  it('round-trips the Somerset rubric lines and the scale, and the result applies', () => {
    const rubric = somerset.rubrics![0];
    const sheet = translationTemplateCSV(somerset, 'cy', {
      format: 'ksb-translation/1',
      framework: { id: somerset.id, version: somerset.version },
      language: 'cy',
      scales: { dreyfus: { points: { '3': { label: 'Cymwys' } } } },
      rubrics: { [rubric.item]: { keyFeatures: 'Nodweddion allweddol', descriptors: { [String(rubric.descriptors[0].value)]: 'Disgrifydd' } } },
    });
    const read = translationFromCSV(sheet, somerset);
    expect(read.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(read.translation!.rubrics![rubric.item]).to.deep.equal({ keyFeatures: 'Nodweddion allweddol', descriptors: { [String(rubric.descriptors[0].value)]: 'Disgrifydd' } });
    expect(read.translation!.scales).to.deep.equal({ dreyfus: { points: { '3': { label: 'Cymwys' } } } });
    expect(read.missing.length).to.be.greaterThan(0);
    const applied = applyTranslation(somerset, read.translation!);
    expect(applied.framework.rubrics![0].keyFeatures).to.equal('Nodweddion allweddol');
    expect(applied.notFound).to.deep.equal([]);
  });

  it('refuses a sheet that was not made by the template, naming the missing columns', () => {
    const read = translationFromCSV('a,b\r\n1,2\r\n', somerset);
    expect(read.translation).to.equal(undefined);
    expect(read.problems[0].message).to.contain('lacks the columns id, field, source, translation');
  });
});
