#!/usr/bin/env node
// Finds where `ftctl check` and the Node reference disagree on the token count of a JSONL file.
//
//   node diff.mjs FILE [--ftctl PATH] [--impl wasm|native]
//
// 1. Counts every line in Node (lib.mjs, the cookbook definition).
// 2. Bisects the file with ftctl: runs `ftctl check --json` on slices of lines (temporary files) and keeps
//    a slice whose ftctl total differs from Node's sum, down to one line: the first differing example.
// 3. For that example, compares each counted string (ftctl's count of a string S is read from a one-line
//    file {"messages":[{"role":"assistant","content":S}]} minus the count of the same file with S = "").
//    When a string differs, shrinks it (delta debugging: drops chunks while the difference stays) and
//    prints the smallest differing text with its code points and tiktoken's tokens.
//    When every string agrees, the difference is in the structure (fixed tokens per message, name, parts).
// Exit 0 when nothing differs, 1 when a difference was found.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { countedStrings, isObject, loadTokenizer } from './lib.mjs';

const args = process.argv.slice(2);
let file = null;
let ftctl = resolve(new URL('.', import.meta.url).pathname, '../../build/app/ftctl');
let impl = 'wasm';
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--ftctl') ftctl = args[++i];
  else if (args[i] === '--impl') impl = args[++i];
  else if (file === null) file = args[i];
}
if (!file) {
  console.error('usage: node diff.mjs FILE [--ftctl PATH] [--impl wasm|native]');
  process.exit(2);
}

const tk = loadTokenizer(impl);
const work = mkdtempSync(join(tmpdir(), 'ftctl-diff-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
let ftctlRuns = 0;

function ftctlCheck(text) {
  const path = join(work, `slice-${ftctlRuns++}.jsonl`);
  writeFileSync(path, text);
  const r = spawnSync(ftctl, ['check', path, '--method', 'sft', '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  rmSync(path);
  if (!r.stdout) throw new Error(`ftctl printed nothing: ${r.stderr}`);
  return JSON.parse(r.stdout);
}
const ftctlTotal = (lines) => ftctlCheck(lines.join('\n') + '\n').tokens.total;

async function nodeCountOfLine(line) {
  let v;
  try {
    v = JSON.parse(line);
  } catch {
    return 0;
  }
  if (!isObject(v) || !Array.isArray(v.messages)) return 0;
  const strings = [];
  let n = countedStrings(v.messages, strings);
  for (const s of strings) n += await tk.tokens(s);
  return n;
}

const lines = readFileSync(file, 'utf8').split('\n');
if (lines.length && lines[lines.length - 1] === '') lines.pop();
const node = [];
for (const l of lines) node.push(await nodeCountOfLine(l));
const sum = (a, b) => node.slice(a, b).reduce((x, y) => x + y, 0);

let lo = 0;
let hi = lines.length;
let ft = ftctlTotal(lines);
let nd = sum(lo, hi);
console.log(`${file}: ${lines.length} lines; token total: ftctl ${ft}, Node (${tk.packageName}) ${nd}`);
if (ft === nd) {
  console.log('no difference');
  process.exit(0);
}
while (hi - lo > 1) {
  const mid = (lo + hi) >> 1;
  const left = ftctlTotal(lines.slice(lo, mid));
  if (left !== sum(lo, mid)) {
    hi = mid;
    continue;
  }
  const right = ftctlTotal(lines.slice(mid, hi));
  if (right !== sum(mid, hi)) {
    lo = mid;
    continue;
  }
  console.log(`lines ${lo + 1}–${hi} differ as a whole but neither half does (a non-local difference)`);
  process.exit(1);
}
const line = lines[lo];
ft = ftctlTotal([line]);
nd = node[lo];
console.log(`first differing example: line ${lo + 1} (${Buffer.byteLength(line)} bytes): ftctl ${ft}, Node ${nd} (ftctl − Node = ${ft - nd})`);

// Per string.
const base = ftctlTotal([JSON.stringify({ messages: [{ role: 'assistant', content: '' }] })]);
const ftctlTokens = (s) => ftctlTotal([JSON.stringify({ messages: [{ role: 'assistant', content: s }] })]) - base;
const v = JSON.parse(line);
const strings = [];
const where = [];
const fixed = countedStrings(v.messages, strings, where);
let stringsDiffer = false;
for (let i = 0; i < strings.length; ++i) {
  const a = ftctlTokens(strings[i]);
  const b = await tk.tokens(strings[i]);
  if (a === b) continue;
  stringsDiffer = true;
  console.log(`\n${where[i]} (${strings[i].length} UTF-16 units): ftctl ${a}, Node ${b}`);
  // Shrink: drop chunks of code points, of decreasing size, while the counts still differ.
  let cp = [...strings[i]];
  const differs = async (t) => ftctlTokens(t) !== (await tk.tokens(t));
  for (let chunk = Math.max(1, cp.length >> 1); chunk >= 1; chunk >>= 1) {
    for (let at = 0; at < cp.length && ftctlRuns < 3000;) {
      const t = cp.slice(0, at).concat(cp.slice(at + chunk));
      if (t.length > 0 && (await differs(t.join('')))) cp = t;
      else at += chunk;
    }
  }
  const s = cp.join('');
  const cps = [...s].map((c) => 'U+' + c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')).join(' ');
  console.log(`  smallest differing text: ${JSON.stringify(s)}`);
  console.log(`  code points: ${cps}`);
  console.log(`  ftctl ${ftctlTokens(s)} tokens, Node ${await tk.tokens(s)} tokens`);
  if (tk.encode) {
    const ids = [...tk.encode(s)];
    const pieces = ids.map((id) => {
      const b = Buffer.from(tk.decodeOne(id));
      const text = b.toString('utf8');
      return Buffer.from(text).equals(b) ? JSON.stringify(text) : `<${b.toString('hex')}>`;
    });
    console.log(`  tiktoken: [${ids.join(', ')}] = ${pieces.join(' | ')}`);
  }
  break; // the first one is enough
}
if (!stringsDiffer) {
  let fromStrings = 0;
  for (const s of strings) fromStrings += await tk.tokens(s);
  console.log(`every counted string has the same count on both sides (${strings.length} strings, ${fromStrings} tokens); ` +
    `Node's fixed tokens: ${fixed} (3 priming + 3 × ${v.messages.length} messages + 1 per name). ` +
    `ftctl counts ${ft - fromStrings} outside these strings: the difference is in which fields count.`);
  console.log(`message fields: ${JSON.stringify(v.messages.map((m) => Object.fromEntries(Object.entries(m).map(([k, x]) => [k, Array.isArray(x) ? `array(${x.length})` : typeof x]))))}`);
}
tk.release();
process.exit(1);
