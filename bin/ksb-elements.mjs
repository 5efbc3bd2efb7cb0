#!/usr/bin/env node
// ksb-elements command line: convert frameworks between formats, validate them, and verify submitted results and reviews.
// Node 20+, ESM, no dependencies beyond the package's own compiled code in dist/.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const HELP = `ksb-elements: competency framework converter and validator

Usage:
  ksb-elements convert [--from FORMAT] [--to FORMAT] [options] [FILE|-]
  ksb-elements validate [--from FORMAT] FILE...
  ksb-elements verify FILE...
  ksb-elements results --to csv [--framework FRAMEWORK.json] [-o FILE] RESULT.json...
  ksb-elements results --from csv [-o FILE] SHEET.csv
  ksb-elements results --to xapi --framework FRAMEWORK.json --actor ACTOR
                       [--base-iri IRI] [--registration UUID] [-o FILE] RESULT.json...
  ksb-elements translation template FRAMEWORK.json --language TAG [-o SHEET.csv]
  ksb-elements translation build SHEET.csv --framework FRAMEWORK.json [-o TRANSLATION.json]
  ksb-elements help

convert reads FILE (or standard input) and writes the framework as JSON
(ksb-framework/1) to standard output. Problems go to standard error.

  --from FORMAT      ifate | case | csv | json (default: recognised from the input)
  --to FORMAT        json (default) | case | csv
  -o, --out FILE     write to FILE instead of standard output
  --out-dir DIR      a list of IfATE standards: write one DIR/<id>.<ext> per standard
                     (without it a list is written as one JSON array)
  --id ID            framework id when the input has none
  --reference REF    reference (e.g. ST0568) when an IfATE record has none; also the id
  --version V        version when the input has none
  --title TEXT       title when a CSV has none
  --base-uri URI     CASE output: prefix of every uri (default urn:uuid:)
  --date ISO         CASE output: lastChangeDateTime (default now)
  --compact          JSON on one line
  --all              list every problem (default: the first 50)
  --strict           exit with status 1 on warnings as well as errors
  -q, --quiet        print only the summary line

validate checks ksb-framework/1 files and prints every problem with its JSON
path; with --from it checks what converting from that format would report.

verify checks submitted results (ksb-result/1) and reviews (ksb-review/1)
against their "integrity" digest (SHA-256 of the RFC 8785 canonical JSON
without that field) and prints, per file, "intact" or what no longer matches.
A digest shows that a file changed, not who changed it.

results --to csv writes results (ksb-result/1 files, or files holding a list of them)
as one spreadsheet: a row per result and item, with the item's code, statement, section
and scale label when --framework is given. results --from csv reads such a sheet back
into a JSON list of results. Each result is validated (against --framework when given).

results --to xapi writes the xAPI 1.0.3 statements of results and reviews (ksb-review/1)
as one JSON array, ready to POST to a learning record store: one per answer or agreed
rating, one "completed" per submission. --framework is required. --actor says who the
statements are about, never guessed:
  --actor mailto:jo@example.com        one mailbox for every file
  --actor '{"account":{"homePage":"https://lms.example","name":"u42"}}'   any xAPI agent, as JSON
  --actor account:https://lms.example  an account per result, named by its "subject"
  --base-iri IRI      start of activity ids (default urn:ksb-elements:)
  --registration UUID the context registration of every statement

translation template writes a spreadsheet for a translator: one row per text of the
framework (id, field, source text, an empty translation column), and a row for the
language. translation build turns the filled sheet into a ksb-translation/1 file and
reports the texts still missing, rows the framework lacks and rows whose source text
changed. Nothing is written when the sheet has errors or translates nothing.

Exit status: 0 done (warnings allowed), 1 errors (or warnings with --strict),
2 wrong usage or unreadable file. verify exits 1 when any file is not intact.`;

const FORMATS = { ifate: 'ifate', case: 'case', csv: 'csv', json: 'ksb-framework', 'ksb-framework': 'ksb-framework' };
const LARGE = 512 * 1024;

class UsageError extends Error {}

async function loadLibrary() {
  try {
    const importers = await import(new URL('../dist/importers/index.js', import.meta.url));
    const model = await import(new URL('../dist/model/index.js', import.meta.url));
    return { ...importers, validateFramework: model.validateFramework, longTextWarnings: model.longTextWarnings };
  } catch (e) {
    if (e && e.code === 'ERR_MODULE_NOT_FOUND') {
      throw new UsageError('the compiled library (dist/) is missing: run "npm run build" first.');
    }
    throw e;
  }
}

/**
 * Reads a file (or standard input) as text: UTF-8, UTF-16 by its byte order mark, else
 * Windows-1252 with a warning (decodeText); the encoding used is named on standard error.
 */
function readInput(file, lib) {
  const name = !file || file === '-' ? 'standard input' : file;
  let bytes;
  try {
    bytes = readFileSync(!file || file === '-' ? 0 : file);
  } catch (e) {
    throw new UsageError(`cannot read ${name}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  }
  const decoded = lib.decodeText(bytes);
  if (decoded.warning) process.stderr.write(`${basename(name)}: warning $  ${decoded.warning} [encoding]\n`);
  else if (decoded.encoding !== 'utf-8') process.stderr.write(`${basename(name)}: note: read as ${decoded.encoding.toUpperCase()} (byte order mark)\n`);
  return { name, text: decoded.text, size: bytes.length, encoding: decoded.encoding };
}

/**
 * A file name for a framework id that stays inside the output folder: path separators,
 * characters Windows forbids and control characters become "_", leading dots go (no "..",
 * no hidden files), and names already taken (case-insensitive) get "-2", "-3"...
 */
function fileNameFor(id, ext, taken) {
  let base = String(id).replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 120);
  if (!base || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base = `_${base || 'framework'}`;
  let name = `${base}.${ext}`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}.${ext}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Writes `text` to `name` inside `dir`, refusing any path that would leave it. */
function writeInside(dir, name, text) {
  const folder = resolve(dir);
  const target = resolve(folder, name);
  if (!target.startsWith(folder + sep)) throw new Error(`refusing to write ${name} outside ${dir}`);
  writeFileSync(target, text);
}

const mb = (bytes) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);
const plural = (n, word, many = `${word}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? word : many}`;

/** Prints problems (first 50 unless --all) and returns counts. */
function report(problems, opts, label) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (!opts.quiet && problems.length) {
    const shown = opts.all ? problems : problems.slice(0, 50);
    const width = Math.min(60, Math.max(...shown.map((p) => p.path.length)));
    for (const p of shown) process.stderr.write(`${label}: ${p.severity === 'error' ? 'error  ' : 'warning'} ${p.path.padEnd(width)}  ${p.message} [${p.code}]\n`);
    if (shown.length < problems.length) {
      const byCode = {};
      for (const p of problems.slice(shown.length)) byCode[p.code] = (byCode[p.code] ?? 0) + 1;
      const summary = Object.entries(byCode).map(([code, n]) => `${n} ${code}`).join(', ');
      process.stderr.write(`${label}: ... and ${problems.length - shown.length} more (${summary}); --all lists them\n`);
    }
  }
  return { errors, warnings };
}

function parse(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string', short: 'o' },
      'out-dir': { type: 'string' },
      id: { type: 'string' },
      reference: { type: 'string' },
      version: { type: 'string' },
      title: { type: 'string' },
      'base-uri': { type: 'string' },
      date: { type: 'string' },
      compact: { type: 'boolean' },
      all: { type: 'boolean' },
      strict: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
      framework: { type: 'string' },
      actor: { type: 'string' },
      language: { type: 'string' },
      'base-iri': { type: 'string' },
      registration: { type: 'string' },
    },
  });
  if (values.from !== undefined && !FORMATS[values.from]) throw new UsageError(`unknown --from format "${values.from}" (ifate, case, csv or json)`);
  if (values.to !== undefined && !['json', 'case', 'csv', 'xapi'].includes(values.to)) throw new UsageError(`unknown --to format "${values.to}" (json, case or csv; xapi for results)`);
  return { opts: values, positionals };
}

async function convert(argv) {
  const { opts, positionals } = parse(argv);
  if (opts.help) return void process.stdout.write(HELP + '\n');
  if (opts.to === 'xapi') throw new UsageError('--to xapi converts results, not frameworks: ksb-elements results --to xapi --framework FRAMEWORK.json --actor ACTOR RESULT.json...');
  if (positionals.length > 1) throw new UsageError('convert takes one input file (or - for standard input)');
  const lib = await loadLibrary();
  const input = readInput(positionals[0], lib);
  const large = input.size > LARGE;
  const started = performance.now();
  const from = opts.from ? FORMATS[opts.from] : lib.detectFormat(input.text);
  if (!from) throw new UsageError(`cannot tell the format of ${input.name}; give --from ifate, case, csv or json`);
  if (large && !opts.quiet) process.stderr.write(`Reading ${input.name} (${mb(input.size)}) as ${from === 'ksb-framework' ? 'ksb-framework/1 JSON' : from}...\n`);

  // Parse JSON once here so a syntax error is reported plainly.
  let data = input.text;
  if (from !== 'csv') {
    try {
      data = JSON.parse(input.text.replace(/^\uFEFF/, ''));
    } catch (e) {
      process.stderr.write(`${input.name}: error   $  Not valid JSON: ${e.message} [json]\n`);
      process.exitCode = 1;
      return;
    }
  }

  let frameworks;
  let problems;
  if (from === 'ifate') {
    const total = Array.isArray(data) ? data.length : 1;
    const tty = process.stderr.isTTY && !opts.quiet;
    let lastPercent = -1;
    const onProgress = (done, all) => {
      if (all < 2 || opts.quiet) return;
      const percent = Math.floor((done / all) * 100);
      if (tty) process.stderr.write(`\rConverting standards: ${done}/${all}${done === all ? '\n' : ''}`);
      else if (large && (percent >= lastPercent + 25 || done === all)) {
        lastPercent = percent;
        process.stderr.write(`Converting standards: ${done}/${all}\n`);
      }
    };
    const result = lib.fromIfATE(data, { id: opts.id, reference: opts.reference, version: opts.version, onProgress });
    frameworks = result.frameworks;
    problems = result.problems;
    if (total > 1 && !opts['out-dir'] && opts.to && opts.to !== 'json') throw new UsageError(`the input holds ${total} standards: give --out-dir to write one ${opts.to.toUpperCase()} file each`);
  } else {
    const result = lib.importFramework(data, from, { id: opts.id, version: opts.version, title: opts.title, reference: opts.reference });
    frameworks = result.framework ? [result.framework] : [];
    problems = result.problems;
    if (from === 'ksb-framework' && result.framework && (opts.id || opts.version)) {
      if (opts.id) result.framework.id = opts.id;
      if (opts.version) result.framework.version = opts.version;
    }
  }

  // A framework with no items has lost its input (a CASE file without CFItems, a sheet without item rows): an error, and nothing is written.
  const empty = frameworks.filter((fw) => fw.items.length === 0);
  if (empty.length) {
    problems = [...problems, ...empty.map((fw) => ({ path: '$', severity: 'error', code: 'empty', message: `"${fw.id}" has no items: nothing would be written.` }))];
    frameworks = frameworks.filter((fw) => fw.items.length > 0);
    if (!frameworks.length || from !== 'ifate') frameworks = [];
  }
  const { errors, warnings } = report(problems, opts, basename(input.name));
  const failed = frameworks.length === 0 || empty.length > 0 || (opts.strict && warnings > 0);

  if (frameworks.length) {
    const to = opts.to ?? 'json';
    const render = (fw) => {
      if (to === 'csv') return lib.toCSV(fw);
      const value = to === 'case' ? lib.toCASE(fw, { baseUri: opts['base-uri'], lastChangeDateTime: opts.date }) : fw;
      return JSON.stringify(value, null, opts.compact ? 0 : 2) + '\n';
    };
    if (to === 'csv' && !opts.quiet) {
      for (const fw of frameworks) {
        const lost = lib.csvOmissions(fw);
        if (lost.length) process.stderr.write(`${fw.id}: note: the CSV layout does not hold ${lost.join(', ')}; use JSON or CASE to keep them\n`);
      }
    }
    if (opts['out-dir']) {
      mkdirSync(opts['out-dir'], { recursive: true });
      const ext = to === 'csv' ? 'csv' : to === 'case' ? 'case.json' : 'json';
      const taken = new Set();
      for (const fw of frameworks) {
        const name = fileNameFor(fw.id, ext, taken);
        if (name !== `${fw.id}.${ext}` && !opts.quiet) process.stderr.write(`${fw.id}: note: written as ${name} (file names stay inside ${opts['out-dir']})\n`);
        writeInside(opts['out-dir'], name, render(fw));
      }
    } else {
      const text = frameworks.length === 1 || from !== 'ifate' || !Array.isArray(data)
        ? render(frameworks[0])
        : JSON.stringify(frameworks, null, opts.compact ? 0 : 2) + '\n';
      if (opts.out) writeFileSync(opts.out, text);
      else process.stdout.write(text);
    }
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const items = frameworks.reduce((n, fw) => n + fw.items.length, 0);
  const links = frameworks.reduce((n, fw) => n + (fw.associations?.length ?? 0), 0);
  const what = frameworks.length > 1 ? `${plural(frameworks.length, 'framework')}, ` : '';
  const where = opts['out-dir'] ? ` into ${opts['out-dir']}` : opts.out ? ` to ${opts.out}` : '';
  if (frameworks.length) {
    process.stderr.write(`${basename(input.name)}: converted ${what}${plural(items, 'item')}, ${plural(links, 'link')}${where}; ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${seconds} s\n`);
  } else {
    process.stderr.write(`${basename(input.name)}: not converted: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`);
  }
  process.exitCode = failed ? 1 : 0;
}

async function validate(argv) {
  const { opts, positionals } = parse(argv);
  if (opts.help) return void process.stdout.write(HELP + '\n');
  if (positionals.length === 0) throw new UsageError('validate needs at least one file');
  const lib = await loadLibrary();
  let failed = false;
  for (const file of positionals) {
    const input = readInput(file, lib);
    const label = basename(input.name);
    let result;
    const from = opts.from ? FORMATS[opts.from] : 'ksb-framework';
    if (from === 'csv') result = lib.importFramework(input.text, 'csv', { id: opts.id, version: opts.version, title: opts.title });
    else {
      let data;
      try {
        data = JSON.parse(input.text.replace(/^\uFEFF/, ''));
      } catch (e) {
        result = { problems: [{ path: '$', severity: 'error', code: 'json', message: `Not valid JSON: ${e.message}` }] };
      }
      if (!result) {
        if (from === 'ksb-framework') {
          const v = lib.validateFramework(data);
          result = { framework: v.value, problems: v.value ? [...v.problems, ...lib.longTextWarnings(v.value)] : v.problems };
          const other = lib.detectFormat(data);
          if (!v.valid && other && other !== 'ksb-framework') {
            result.problems.push({ path: '$', severity: 'error', code: 'other-format', message: `This looks like ${other === 'ifate' ? 'an IfATE standard' : 'a CASE package'}: convert it with "ksb-elements convert --from ${other}", or validate the conversion with "validate --from ${other}".` });
          }
        } else if (from === 'ifate') {
          const r = lib.fromIfATE(data, { id: opts.id, reference: opts.reference, version: opts.version });
          result = { framework: r.framework, problems: r.framework ? [...r.problems, ...lib.longTextWarnings(r.framework)] : r.problems };
        } else result = lib.importFramework(data, from, { id: opts.id, version: opts.version });
      }
    }
    const { errors, warnings } = report(result.problems, opts, label);
    const ok = errors === 0 && !(opts.strict && warnings > 0);
    const fw = result.framework;
    const facts = fw ? ` (${fw.id} ${fw.version}: ${plural(fw.items.length, 'item')}, ${plural(fw.associations?.length ?? 0, 'link')})` : '';
    process.stderr.write(`${label}: ${errors === 0 ? 'valid' : 'invalid'}${facts}; ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`);
    if (!ok) failed = true;
  }
  process.exitCode = failed ? 1 : 0;
}

async function verify(argv) {
  const { opts, positionals } = parse(argv);
  if (opts.help) return void process.stdout.write(HELP + '\n');
  if (positionals.length === 0) throw new UsageError('verify needs at least one file');
  const lib = await loadLibrary();
  const model = await import(new URL('../dist/model/index.js', import.meta.url));
  let failed = false;
  for (const file of positionals) {
    const input = readInput(file, lib);
    const check = await model.verifyIntegrity(input.text.replace(/^\uFEFF/, ''));
    if (check.status !== 'intact') failed = true;
    process.stdout.write(`${basename(input.name)}: ${check.status === 'intact' ? 'intact' : `${check.status}: ${check.message}`}\n`);
  }
  process.exitCode = failed ? 1 : 0;
}

/**
 * The agent of `--actor`: a mailto: address, an xAPI agent as JSON, or `account:HOMEPAGE`
 * (an account per result, named by its subject). Returns a function of the document.
 */
function actorOption(text) {
  if (text === undefined) throw new UsageError('results --to xapi needs --actor: who the statements are about (mailto:ADDRESS, account:HOMEPAGE or an xAPI agent as JSON); it is never guessed');
  if (text.startsWith('mailto:')) return () => ({ mbox: text });
  if (text.startsWith('account:')) {
    const homePage = text.slice('account:'.length);
    return (doc) => (doc.subject ? { account: { homePage, name: doc.subject } } : undefined);
  }
  try {
    const agent = JSON.parse(text);
    if (agent && typeof agent === 'object' && !Array.isArray(agent)) return () => agent;
  } catch {
    // reported below
  }
  throw new UsageError(`--actor "${text}" is not a mailto: address, account:HOMEPAGE or an xAPI agent as JSON`);
}

/** Reads result (and, for xAPI, review) files, each one document or a list of them, validated. */
function readDocuments(files, lib, check) {
  const docs = [];
  let failed = false;
  for (const file of files) {
    const input = readInput(file, lib);
    let data;
    try {
      data = JSON.parse(input.text.replace(/^\uFEFF/, ''));
    } catch (e) {
      process.stderr.write(`${basename(input.name)}: error   $  Not valid JSON: ${e.message} [json]\n`);
      failed = true;
      continue;
    }
    (Array.isArray(data) ? data : [data]).forEach((doc, i) => {
      const value = check(doc, Array.isArray(data) ? `${basename(input.name)}[${i}]` : basename(input.name));
      if (value) docs.push(value);
      else failed = true;
    });
  }
  return { docs, failed };
}

/** `results --to csv|xapi` / `--from csv`: results to a spreadsheet or xAPI statements, and a sheet back to results. */
async function results(argv) {
  const { opts, positionals } = parse(argv);
  if (opts.help) return void process.stdout.write(HELP + '\n');
  const to = opts.to === 'csv' || opts.to === 'xapi' ? opts.to : undefined;
  const from = opts.from === 'csv';
  if (Boolean(to) === from) throw new UsageError('results needs --to csv (results to a sheet), --to xapi (results to xAPI statements) or --from csv (a sheet to results)');
  if (positionals.length === 0) throw new UsageError(`results ${to ? `--to ${to} needs result files` : '--from csv needs a sheet'}`);
  if (to === 'xapi' && !opts.framework) throw new UsageError('results --to xapi needs --framework: the statements name its items');
  const actorOf = to === 'xapi' ? actorOption(opts.actor) : undefined;
  const lib = await loadLibrary();
  const model = await import(new URL('../dist/model/index.js', import.meta.url));
  let framework;
  if (opts.framework) {
    framework = readFramework(opts.framework, lib, opts);
    if (!framework) return;
  }
  let failed = false;
  const check = (doc, label) => {
    const review = to === 'xapi' && doc && doc.format === 'ksb-review/1';
    const v = review ? model.validateReview(doc, framework) : model.validateResult(doc, framework);
    const { errors } = report(v.problems, opts, label);
    if (errors || !v.value) failed = true;
    return v.value;
  };
  let text;
  if (to === 'csv' || to === 'xapi') {
    const read = readDocuments(positionals, lib, check);
    const list = read.docs;
    failed ||= read.failed;
    let statements = [];
    if (to === 'xapi' && !failed) {
      list.forEach((doc, i) => {
        const options = { actor: actorOf(doc), baseIri: opts['base-iri'], registration: opts.registration };
        const label = `document ${i + 1}${doc.subject ? ` (${doc.subject})` : ''}`;
        if (!options.actor) {
          report([{ path: '$.subject', severity: 'error', code: 'missing-actor', message: 'account:HOMEPAGE names each actor by the result\'s subject, and this one has none.' }], opts, label);
          failed = true;
          return;
        }
        // toXapi checks the document and the options itself, and throws with every problem.
        try {
          statements.push(...model.toXapi(doc, framework, options));
        } catch (e) {
          if (!(e instanceof model.XapiInputError)) throw e;
          report(e.problems, opts, label);
          failed = true;
        }
      });
    }
    // Nothing that lost a result is written.
    if (failed || !list.length) {
      process.stderr.write(`not written: ${list.length ? 'some results have errors' : 'no results'}\n`);
      process.exitCode = 1;
      return;
    }
    if (to === 'csv') {
      text = lib.resultsToCSV(list, framework);
      process.stderr.write(`${plural(list.length, 'result')}, ${plural(list.reduce((n, r) => n + r.responses.length, 0), 'answer')} written\n`);
    } else {
      text = JSON.stringify(statements, null, opts.compact ? 0 : 2) + '\n';
      process.stderr.write(`${plural(statements.length, 'statement')} from ${plural(list.length, 'document')} written\n`);
    }
  } else {
    const input = readInput(positionals[0], lib);
    const read = lib.resultsFromCSV(input.text);
    const { errors } = report(read.problems, opts, basename(input.name));
    const list = read.results.map((r, i) => check(r, `${basename(input.name)} result ${i + 1}`)).filter(Boolean);
    if (errors || failed || !list.length) {
      process.stderr.write(`not written: ${list.length ? 'the sheet has errors' : 'no results'}\n`);
      process.exitCode = 1;
      return;
    }
    text = JSON.stringify(list, null, opts.compact ? 0 : 2) + '\n';
    process.stderr.write(`${plural(list.length, 'result')} read\n`);
  }
  if (opts.out) writeFileSync(opts.out, text);
  else process.stdout.write(text);
  process.exitCode = 0;
}

/** Reads and validates the framework file named by `file`; undefined (problems reported, exit 1) when it cannot be used. */
function readFramework(file, lib, opts) {
  const input = readInput(file, lib);
  const v = lib.validateFramework(input.text.replace(/^\uFEFF/, ''));
  if (!v.value) {
    report(v.problems, opts, basename(input.name));
    process.exitCode = 1;
  }
  return v.value;
}

/** `translation template` / `translation build`: the translator's spreadsheet and back. */
async function translation(argv) {
  const [step, ...rest] = argv;
  const { opts, positionals } = parse(rest);
  if (opts.help || !step) return void process.stdout.write(HELP + '\n');
  const lib = await loadLibrary();
  let text;
  if (step === 'template') {
    if (positionals.length !== 1) throw new UsageError('translation template needs one framework file');
    if (!opts.language || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(opts.language)) throw new UsageError('translation template needs --language, a BCP 47 tag such as cy or ur-PK');
    const framework = readFramework(positionals[0], lib, opts);
    if (!framework) return;
    text = lib.translationTemplateCSV(framework, opts.language);
    process.stderr.write(`${plural(text.split('\r\n').length - 4, 'text')} to translate into ${opts.language}\n`);
  } else if (step === 'build') {
    if (positionals.length !== 1) throw new UsageError('translation build needs one sheet');
    if (!opts.framework) throw new UsageError('translation build needs --framework: the framework the sheet translates');
    const framework = readFramework(opts.framework, lib, opts);
    if (!framework) return;
    const input = readInput(positionals[0], lib);
    const sheet = lib.translationFromCSV(input.text, framework, { language: opts.language });
    const { errors } = report(sheet.problems.filter((p) => p.code !== 'unknown-text' && p.code !== 'source-changed'), opts, basename(input.name));
    const list = (what, keys) => keys.length && process.stderr.write(`${plural(keys.length, 'text')} ${what}: ${keys.slice(0, opts.all ? keys.length : 10).join('; ')}${keys.length > 10 && !opts.all ? ` and ${keys.length - 10} more (--all lists them)` : ''}\n`);
    list('not translated yet', sheet.missing);
    list('the framework lacks, left out', sheet.extra);
    list('whose source changed since the sheet was made', sheet.changed);
    if (errors || !sheet.translation) {
      process.stderr.write('not written: the sheet has errors\n');
      process.exitCode = 1;
      return;
    }
    text = JSON.stringify(sheet.translation, null, opts.compact ? 0 : 2) + '\n';
  } else {
    throw new UsageError(`unknown translation step "${step}" (template or build)`);
  }
  if (opts.out) writeFileSync(opts.out, text);
  else process.stdout.write(text);
  process.exitCode = 0;
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(HELP + '\n');
    process.exitCode = command ? 0 : 2;
    return;
  }
  if (command === '--version' || command === '-v') {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    process.stdout.write(`${pkg.version}\n`);
    return;
  }
  if (command === 'convert') return convert(rest);
  if (command === 'validate') return validate(rest);
  if (command === 'verify') return verify(rest);
  if (command === 'results') return results(rest);
  if (command === 'translation') return translation(rest);
  throw new UsageError(`unknown command "${command}" (convert, validate, verify, results, translation or help)`);
}

main(process.argv.slice(2)).catch((e) => {
  if (e instanceof UsageError || (e && e.code && String(e.code).startsWith('ERR_PARSE_ARGS'))) {
    process.stderr.write(`ksb-elements: ${e.message}\nRun "ksb-elements help" for usage.\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`ksb-elements: unexpected failure: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 1;
  }
});
