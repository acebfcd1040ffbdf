#!/usr/bin/env node
// The Node reference of `ftctl check --method sft` for the dataset-check benchmark (issue 3).
//
//   node check.mjs FILE [--impl wasm|native] [--per-example OUT]
//
// Streams FILE line by line, parses each line, runs the SFT checks (the same rules as ftctl's
// DatasetValidator, at the level the benchmark needs) and counts the tokens of every valid example the
// way the OpenAI cookbook does:
//
//   per example = 3 (reply priming)
//               + for each message: 3 + Σ tokens(value) over the message's fields whose value is a string
//                 (role, content, name, tool_call_id, …), + 1 more for the field `name`;
//                 when `content` is an array, the text of its parts of type "text" (or without a type).
//   tokens(s)   = encode_ordinary(s).length on o200k_base.
//
// --impl wasm   the npm package `tiktoken` (WASM build of OpenAI's Rust tiktoken), the default
// --impl native the npm package `@anysphere/tiktoken-node` (napi-rs binding of tiktoken-rs, prebuilt
//               linux-x64 binary), exactNumTokensNoSpecialTokens(s, O200k)
// --per-example OUT  also writes "LINE TOKENS" for each valid example (for diff.mjs)
//
// Prints one JSON object: examples, total (also tokens.total, as ftctl has it), lines, per-example stats,
// error and warning counts, seconds.

import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import readline from 'node:readline';

import { checkSupervisedExample, countedStrings, isObject, loadTokenizer, MAX_FILE_BYTES, MIN_EXAMPLES } from './lib.mjs';

function usage(msg) {
  if (msg) console.error(`check.mjs: ${msg}`);
  console.error('usage: node check.mjs FILE [--impl wasm|native] [--per-example OUT]');
  process.exit(2);
}

const args = process.argv.slice(2);
let file = null;
let impl = 'wasm';
let perExampleOut = null;
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--impl') impl = args[++i];
  else if (args[i] === '--per-example') perExampleOut = args[++i];
  else if (args[i].startsWith('--')) usage(`unknown option ${args[i]}`);
  else if (file === null) file = args[i];
  else usage('one file only');
}
if (!file) usage();
if (impl !== 'wasm' && impl !== 'native') usage('--impl must be wasm or native');

const t0 = process.hrtime.bigint();

// --- the tokenizer -------------------------------------------------------------------------------
const { tokens, isAsync, release, packageName } = loadTokenizer(impl);
const tLoaded = process.hrtime.bigint();

const CONTEXT_LIMIT = 65536; // gpt-4.1-mini
const counts = { errors: 0, warnings: 0, byRule: {} };
const firstFindings = [];
let lineNo = 0;
function finding(severity, rule, path, message) {
  counts.byRule[rule] = (counts.byRule[rule] || 0) + 1;
  if (severity === 'error') ++counts.errors;
  else ++counts.warnings;
  if (firstFindings.length < 20) firstFindings.push({ line: lineNo, severity, path, rule, message });
}
const checkSupervised = (v) => checkSupervisedExample(v, finding);

// --- the file ------------------------------------------------------------------------------------
const bytes = statSync(file).size;
const seen = new Set();
const perExample = [];
let examples = 0;
let blankLines = 0;
let total = 0;
let overLimit = 0;
const perExampleStream = perExampleOut ? createWriteStream(perExampleOut) : null;

const rl = readline.createInterface({ input: createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
const strings = [];
for await (let line of rl) {
  ++lineNo;
  if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
  if (line.endsWith('\r')) line = line.slice(0, -1);
  if (line.trim() === '') {
    ++blankLines;
    finding('warning', 'file.blank_line', '', 'Blank line (ignored by the service).');
    continue;
  }
  let v;
  try {
    v = JSON.parse(line);
  } catch {
    finding('error', 'json.parse', '', 'The line is not valid JSON.');
    continue;
  }
  if (!isObject(v)) {
    finding('error', 'json.object', '', 'Each line must be one JSON object.');
    continue;
  }
  ++examples;
  const h = createHash('sha1').update(line).digest('base64');
  if (seen.has(h)) finding('warning', 'file.duplicate', '', 'This example repeats an earlier line.');
  else seen.add(h);
  const errorsBefore = counts.errors;
  checkSupervised(v);
  if (counts.errors !== errorsBefore) continue;

  strings.length = 0;
  let n = countedStrings(v.messages, strings);
  if (isAsync) for (const s of strings) n += await tokens(s);
  else for (const s of strings) n += tokens(s);
  total += n;
  perExample.push(n);
  if (n > CONTEXT_LIMIT) ++overLimit;
  if (perExampleStream) perExampleStream.write(`${lineNo} ${n}\n`);
}
release();
if (perExampleStream) await new Promise((resolve) => perExampleStream.end(resolve));

if (bytes > MAX_FILE_BYTES) finding('error', 'file.size', '', 'The file is too large for one upload.');
if (examples < MIN_EXAMPLES) finding('error', 'file.min_examples', '', `The file has ${examples} example(s); at least ${MIN_EXAMPLES} are required.`);

// Linear interpolation between closest ranks, as ftctl (and numpy) do.
perExample.sort((a, b) => a - b);
const pct = (p) => {
  if (perExample.length === 0) return 0;
  const rank = (p / 100) * (perExample.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return perExample[lo] + (perExample[hi] - perExample[lo]) * (rank - lo);
};
const t1 = process.hrtime.bigint();
const result = {
  tool: impl === 'wasm' ? 'npm tiktoken (WASM)' : 'npm native binding',
  package: packageName,
  file,
  bytes,
  lines: lineNo,
  examples,
  total,
  blank_lines: blankLines,
  error_count: counts.errors,
  warning_count: counts.warnings,
  counts_by_rule: counts.byRule,
  first_findings: firstFindings,
  tokens: {
    encoding: 'o200k_base',
    total,
    per_example: {
      min: perExample.length ? perExample[0] : 0,
      max: perExample.length ? perExample[perExample.length - 1] : 0,
      mean: perExample.length ? total / perExample.length : 0,
      median: pct(50),
      p5: pct(5),
      p95: pct(95),
    },
    over_limit: overLimit,
  },
  seconds: Number(t1 - t0) / 1e9,
  seconds_loading_encoding: Number(tLoaded - t0) / 1e9,
};
console.log(JSON.stringify(result, null, 1));
process.exitCode = counts.errors > 0 ? 1 : 0;
