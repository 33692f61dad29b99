// compromise + compromise-dates over a JSON Lines corpus (as `Knowledge.Benchmarks --write-corpus N DIR` writes
// it): for each document nlp(text) with the dates plugin, then the people, organisations, places, quotations and
// dates it finds — the part of Knowledge's job that compromise can do. Prints the counts, the MB of text, the CPU
// seconds of the work alone (process.cpuUsage() around it: module loading and reading the file are left out) and
// MB per CPU second, for issue 18's ratio (benchmarks/throughput.sh).
//
//   npm ci --prefix benchmarks/compromise
//   node benchmarks/compromise/extract.mjs CORPUS.jsonl            (human-readable)
//   node benchmarks/compromise/extract.mjs --tsv CORPUS.jsonl      (one line: docs MB cpu_s wall_s MB/cpu_s counts…)
//   node benchmarks/compromise/extract.mjs --bytes CORPUS.jsonl    (only the MB of text, as the tool counts it)
//
// The text of a record is its title, description, image caption and body joined by blank lines, as Knowledge
// builds a document's text; "MB" is 10^6 bytes of that text in UTF-8. The publication date, when there is one,
// is the "today" that relative dates resolve against.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
const args = process.argv.slice(2);
const mode = args[0] === '--tsv' || args[0] === '--bytes' ? args.shift() : '--text';
if (args.length !== 1) {
  console.error('usage: node extract.mjs [--tsv|--bytes] CORPUS.jsonl');
  process.exit(2);
}

const documents = readFileSync(args[0], 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line))
  .map((r) => ({
    text: [r.title, r.description, r.imageCaption, r.text ?? r.body].filter((f) => f && f.trim() !== '').join('\n\n'),
    published: r.published,
  }));
const megabytes = documents.reduce((sum, d) => sum + Buffer.byteLength(d.text, 'utf8'), 0) / 1e6;
if (mode === '--bytes') {
  console.log(megabytes.toFixed(3));
  process.exit(0);
}

// Loaded here so that --bytes needs no npm install.
const { default: nlp } = await import('compromise');
const { default: datePlugin } = await import('compromise-dates');
nlp.plugin(datePlugin);

const counts = { people: 0, organizations: 0, places: 0, quotations: 0, dates: 0 };
const wall = performance.now();
const cpu = process.cpuUsage();
for (const d of documents) {
  const doc = nlp(d.text);
  counts.people += doc.people().out('array').length;
  counts.organizations += doc.organizations().out('array').length;
  counts.places += doc.places().out('array').length;
  counts.quotations += doc.quotations().out('array').length;
  // .json() resolves each date to a start and an end: the work a date extractor does.
  counts.dates += doc.dates(d.published ? { today: d.published } : {}).json().length;
}
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
const wallSeconds = (performance.now() - wall) / 1e3;
const rate = megabytes / cpuSeconds;

if (mode === '--tsv') {
  console.log([documents.length, megabytes.toFixed(3), cpuSeconds.toFixed(2), wallSeconds.toFixed(2), rate.toFixed(4),
    counts.people, counts.organizations, counts.places, counts.quotations, counts.dates].join('\t'));
} else {
  console.log(`${documents.length} documents, ${megabytes.toFixed(2)} MB of text`);
  console.log(`people ${counts.people}, organizations ${counts.organizations}, places ${counts.places}, quotations ${counts.quotations}, dates ${counts.dates}`);
  console.log(`${cpuSeconds.toFixed(2)} CPU s (user + system), ${wallSeconds.toFixed(2)} s wall, ${rate.toFixed(4)} MB per CPU second`);
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
