#!/usr/bin/env node
// The stages of the Node reference (check.mjs with npm tiktoken), timed alone on one file:
//   read+split  readline over the file
//   parse       + JSON.parse of each line
//   check       + the SFT checks and the duplicate hash
//   tokenize    encode_ordinary(s).length over the counted strings (collected beforehand): tiktoken alone
//
//   node stages.mjs FILE

import { createReadStream, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import readline from 'node:readline';

import { checkSupervisedExample, countedStrings, isObject, loadTokenizer } from './lib.mjs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node stages.mjs FILE');
  process.exit(2);
}
const MIB = 1 << 20;
const bytes = statSync(file).size;

async function forEachLine(f) {
  const rl = readline.createInterface({ input: createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  for await (const line of rl) f(line);
}
const time = async (f) => {
  const t = process.hrtime.bigint();
  await f();
  return Number(process.hrtime.bigint() - t) / 1e9;
};
const row = (stage, s, b, note) =>
  console.log(`${stage.padEnd(10)} ${s.toFixed(3).padStart(8)} s ${(b / MIB / s).toFixed(1).padStart(9)} MB/s  ${note}`);

let tk;
const vocab = await time(async () => { tk = loadTokenizer('wasm'); });
const split = await time(() => forEachLine(() => {}));
const parse = await time(() => forEachLine((l) => JSON.parse(l)));
let errors = 0;
const seen = new Set();
const check = await time(() => forEachLine((l) => {
  const v = JSON.parse(l);
  seen.add(createHash('sha1').update(l).digest('base64'));
  if (isObject(v)) checkSupervisedExample(v, (sev) => { if (sev === 'error') ++errors; });
}));
const strings = [];
await forEachLine((l) => countedStrings(JSON.parse(l).messages, strings));
const stringBytes = strings.reduce((n, s) => n + Buffer.byteLength(s), 0);
let tokens = 0;
const tokenize = await time(() => { for (const s of strings) tokens += tk.tokens(s); });
tk.release();

console.log(`${file}: ${(bytes / MIB).toFixed(1)} MiB; ${strings.length} counted strings (${(stringBytes / MIB).toFixed(1)} MiB of UTF-8, ${tokens} tokens without the per-message overhead)`);
console.log(`${'stage'.padEnd(10)} ${'seconds'.padStart(10)} ${'MB/s'.padStart(14)}  (MB/s of the file; tokenize: of its strings)`);
row('vocab', vocab, 0, 'get_encoding("o200k_base")');
row('split', split, bytes, 'readline');
row('parse', parse, bytes, 'readline + JSON.parse');
row('check', check, bytes, `readline + JSON.parse + SFT checks + sha1 per line (${errors} errors)`);
row('tokenize', tokenize, stringBytes, 'encode_ordinary(s).length over the counted strings');
