// Writes tests/core/data/tiktoken_expected.json: the token ids and counts that the npm package tiktoken
// (pinned in package.json) gives for a table of inputs, for o200k_base and cl100k_base. The C++ tests of
// ft::core::Tokenizer compare against it; they never run node.
//
//   cd tests/tools/tiktoken && npm install && node gen_expected.mjs
//
// Inputs are stored as base64 of their UTF-8 bytes so that ill-formed UTF-8 can be among them. tiktoken
// takes JavaScript strings: bytes are turned into one with TextDecoder (every maximal ill-formed subpart
// becomes U+FFFD), which is what the C++ tokenizer does with such bytes too.
// Counts are those of encode_ordinary: special-token text is ordinary text.

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { get_encoding } from "tiktoken";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "..", "core", "data", "tiktoken_expected.json");
const version = JSON.parse(readFileSync(join(here, "node_modules", "tiktoken", "package.json"), "utf8")).version;

const MAX_IDS = 256; // ids are stored for inputs of at most this many tokens

const utf8 = (s) => Buffer.from(s, "utf8");
const bytes = (...b) => Buffer.from(b);
const cat = (...parts) => Buffer.concat(parts.map((p) => (typeof p === "string" ? utf8(p) : p)));

// A deterministic pseudo-random generator, so the file only changes when the cases do.
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A mix of every kind of code point the pre-tokenisers distinguish.
function mixedText(seed, length) {
  const pick = rng(seed);
  const pools = [
    "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789", "     \t\n\r",
    "'’\".,;:!?()[]{}<>/\\|-_=+*&^%$#@~`", "éèêëàâäôöûüçñßøåæœÉÀÖÜ", "\u0301\u0308\u0327\u0303",
    "中文字漢語日本語ひらがなカタカナ한국어조선말", "ʰʲˈˌ々〆", "ΑΒΓαβγДЖЯдзя", "٠١٢٣٤٥٦٧٨٩²³½Ⅻ",
    "😀👍🏽👨‍👩‍👧🇩🇪🇯🇵❤️✨", "\u00a0\u2003\u3000\u2028\u0085\u200b\ufeff", "ابتثجحخ עברית हिन्दी ไทย",
    "sStTmMdDrReEvVlL",
  ];
  let s = "";
  while ([...s].length < length) {
    const pool = [...pools[Math.floor(pick() * pools.length)]];
    const run = 1 + Math.floor(pick() * 6);
    for (let i = 0; i < run; i++) s += pool[Math.floor(pick() * pool.length)];
  }
  return s;
}

const prose =
  "The quick brown fox jumps over the lazy dog. It wasn't the first time, and it won't be the last: " +
  "foxes are persistent creatures, aren't they? \"Yes,\" said the dog, \"they're relentless.\"";

const cases = [
  ["empty string", ""],
  ["single letter", "a"],
  ["single space", " "],
  ["English prose", prose],
  ["English paragraphs", `${prose}\n\n${prose.toUpperCase()}\n\n${prose.toLowerCase()}\n`],
  ["hello world", "Hello, world!"],
  ["Chinese", "我们今天去公园散步，天气非常好。人工智能正在改变世界。"],
  ["Japanese kana and kanji", "こんにちは、世界！カタカナとひらがなと漢字を混ぜた日本語の文章です。ｶﾀｶﾅ"],
  ["Korean", "안녕하세요, 세계! 한국어 문장을 토큰화합니다."],
  ["emoji ZWJ family", "family: 👨‍👩‍👧‍👦 and 👩‍❤️‍💋‍👨 and 🧑‍💻"],
  ["emoji flags", "Flags: 🇺🇸🇬🇧🇩🇪🇯🇵🇫🇷 🏴‍☠️ 🏳️‍🌈 🏴󠁧󠁢󠁳󠁣󠁴󠁿"],
  ["emoji skin tones", "👍🏻👍🏼👍🏽👍🏾👍🏿 👋🏽 hello 🤝🏿"],
  ["emoji run with text", "Great job!!! 🎉🎉🎉 😂😂 ❤️❤️ ✨done✨"],
  ["long digit run", "12345678901234567890123456789"],
  ["digits mixed with letters", "abc123def4567ghi89 v1.2.3 0x1F600 3rd 2nd 1st 100km 5G"],
  ["numbers with separators", "1,234,567.89 and 3.14159 and -42 and 1e-10 and ١٢٣ and ²³"],
  ["spaces run", "a          b"],
  ["trailing spaces", "trailing spaces     "],
  ["leading spaces", "     leading"],
  ["tabs", "\tindented\t\ttext\t"],
  ["multiple newlines", "line one\n\n\nline four\n\n"],
  ["CRLF lines", "first line\r\nsecond line\r\n\r\nthird\r\n"],
  ["spaces before newline", "end of line   \n   next line"],
  ["only whitespace", " \t \n \r\n  "],
  ["unicode spaces", "a\u00a0b\u2003c\u3000d\u2028e\u0085f\u200bg\ufeffh"],
  ["contractions lower", "it's you're we've I'm they'll he'd can't"],
  ["contractions upper", "IT'S YOU'RE WE'VE I'M THEY'LL HE'D CAN'T DON'T"],
  ["contractions mixed case", "I'M you'Re We'vE it'S they'Ll she'D don'T"],
  ["contraction alone", "'s 't 're 've 'm 'll 'd 'S 'T 'RE 'VE 'M 'LL 'D"],
  ["curly apostrophes", "it’s don’t I’M"],
  ["apostrophe edge cases", "'''s rock'n'roll o'clock l'été 'hello' x'sy"],
  ["python code", "def fib(n: int) -> int:\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nprint([fib(i) for i in range(10)])\n"],
  ["C++ code", "#include <vector>\n\nint main() {\n\tstd::vector<int> v{1, 2, 3};\n\tfor (auto &x : v) x *= 2; // double\n\treturn v.size() > 2 ? 0 : 1;\n}\n"],
  ["JSON", '{"messages": [{"role": "system", "content": "You are helpful."}, {"role": "user", "content": "Hi!\\n"}], "weight": 1}'],
  ["URLs", "See https://example.com/path/to/page?query=1&x=y#frag and http://localhost:8080/api/v1/ and ftp://a.b/c//d"],
  ["path slashes and newlines", "a/b//c///\n/\n//x !!/\n/\r\n"],
  ["punctuation runs", "Wait... what?!?! (really) [yes] {no} <maybe> --- *** ### $$$ @@@"],
  ["accented precomposed", "Café naïve résumé Ångström Straße façade coöperate"],
  ["combining marks", "Cafe\u0301 nai\u0308ve Ä\u0301 x\u0301ABC \u0301ABC e\u0301\u0302\u0303"],
  ["uppercase then lowercase words", "HTTPServer XMLHttpRequest iPhone McDonald ABCdef DŽungla ǅemal"],
  ["Arabic", "مرحبا بالعالم! كيف حالك اليوم؟ ١٢٣٤"],
  ["Hebrew", "שלום עולם! מה שלומך היום?"],
  ["Devanagari", "नमस्ते दुनिया! हिन्दी में लिखा गया वाक्य।"],
  ["Thai", "สวัสดีชาวโลก ภาษาไทยไม่มีการเว้นวรรคระหว่างคำ"],
  ["Greek and Cyrillic", "Γειά σου Κόσμε! Привет, мир! ΣΊΣΥΦΟΣ"],
  ["very long word", "Pneumonoultramicroscopicsilicovolcanoconiosis Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft"],
  ["repeated letter 300", "a".repeat(300)],
  ["repeated letters 1000", "ab".repeat(500)],
  ["long base64 blob", Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37 + 11) % 256)).toString("base64")],
  ["long hex", "deadbeef".repeat(40)],
  ["long CJK run", "人工智能".repeat(60)],
  ["special token text", "<|endoftext|>"],
  ["special tokens in text", "Hello <|endoftext|> world <|endofprompt|> and <|fim_prefix|><|fim_middle|><|fim_suffix|> <|im_start|>"],
  ["math and symbols", "∑ x² ≤ ∞ ± √2 ≈ 1.414 → ← ⇒ ∀∃ ∈ ∅ °C €5 £3 ¥100"],
  ["letter-like and modifier letters", "ʰʲ ˈwɜːld 々 〆 ﬁ ﬂ ℃ Ⅻ ⅻ"],
  ["markdown", "# Title\n\n- item **bold** _italic_ `code`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```js\nconst x = 1;\n```\n"],
  ["mixed scripts without spaces", "English中文日本語한국어العربيةעבריתहिन्दीไทย"],
  ["control characters", "a\u0000b\u0001c\u0007d\u001be\u007ff"],
  ["supplementary letters", "𝐇𝐞𝐥𝐥𝐨 𝔚𝔬𝔯𝔩𝔡 𠀀𠀁𪚥 𝟙𝟚𝟛"],
  ["invalid lone continuation bytes", cat("abc", bytes(0x80), "def", bytes(0xbf, 0xbf), "ghi")],
  ["invalid truncated sequences", cat("x", bytes(0xe2, 0x82), "y", bytes(0xf0, 0x9f, 0x98), "z", bytes(0xc3))],
  ["invalid overlong and surrogate", cat("a", bytes(0xc0, 0x80), "b", bytes(0xed, 0xa0, 0x80), "c", bytes(0xe0, 0x80, 0x80), "d")],
  ["invalid bytes above U+10FFFF", cat("a", bytes(0xf4, 0x90, 0x80, 0x80), "b", bytes(0xf5, 0xff, 0xfe), "c", bytes(0xf8, 0x88, 0x80, 0x80, 0x80))],
  ["invalid bytes in words", cat("Hel", bytes(0xff), "lo wor", bytes(0xc3, 0x28), "ld ", bytes(0xe2, 0x28, 0xa1), " ok")],
  ["invalid bytes between spaces", cat("  ", bytes(0x80, 0x81), "  ", bytes(0xfe), "\n", bytes(0xc3))],
  ["replacement character itself", "a\ufffdb \ufffd\ufffd c"],
  // tiktoken 1.0.22 classifies by Unicode 16.0; Qt 6.4 knows 14.0 (see src/core/tokenizer/unicodecategories.h).
  ["letters new in Unicode 15 and 16", "a\u{11F04}bc 1\u{1E4F0}23 \u{31350}\u{31351}'s AB\u{2EBF0}cd \u{105C0}\u{105C1}x \u{10D50}'re \u{16100}\u{16101}"],
  ["cased letters new in Unicode 16", "\u{1C89}\u{1C8A}'s A\u{1C8A}b \u{A7CB}\u{A7CC}x AB\u{A7DA}cd"],
  ["marks and digits new in Unicode 15 and 16", "a\u0897b 1\u{11F50}23 \u0CF3x 1\u{1CCF0}2345 \u{116D0}\u{116D1}\u{116D2}\u{116D3}"],
  ["characters new in Unicode 17 are unassigned", "a\u{323B0}bc AB\u{10940}cd 1\u{1E6C0}23 x\u0295'S"],
  ["long s and Kelvin sign after apostrophes", "it'\u017f IT'\u017F 'K x'\u212A 'ſs"],
  ["mixed random text 1", mixedText(1, 300)],
  ["mixed random text 2", mixedText(2, 300)],
  ["mixed random text 3", mixedText(3, 300)],
  ["mixed random text 4", mixedText(4, 2000)],
  ["mixed random text 5", mixedText(5, 5000)],
];

const encodings = ["o200k_base", "cl100k_base"];
const encoders = Object.fromEntries(encodings.map((e) => [e, get_encoding(e)]));
const decoder = new TextDecoder("utf-8"); // fatal: false -> U+FFFD for ill-formed input

const names = new Set();
const rows = cases.map(([name, input]) => {
  if (names.has(name)) throw new Error(`duplicate case name: ${name}`);
  names.add(name);
  const raw = typeof input === "string" ? utf8(input) : input;
  const text = decoder.decode(raw);
  const row = { name, input_b64: raw.toString("base64") };
  for (const e of encodings) {
    const ids = Array.from(encoders[e].encode_ordinary(text));
    row[e] = ids.length <= MAX_IDS ? { count: ids.length, ids } : { count: ids.length };
  }
  return row;
});
for (const e of encodings) encoders[e].free();

const doc = {
  generator: "tests/tools/tiktoken/gen_expected.mjs",
  reference: `npm tiktoken@${version}, encode_ordinary (= encode(text, [], []))`,
  input: "input_b64 is base64 of UTF-8 bytes, possibly ill-formed; tiktoken got new TextDecoder().decode(bytes)",
  encodings,
  cases: rows,
};

mkdirSync(dirname(out), { recursive: true });
const lines = [
  "{",
  `  "generator": ${JSON.stringify(doc.generator)},`,
  `  "reference": ${JSON.stringify(doc.reference)},`,
  `  "input": ${JSON.stringify(doc.input)},`,
  `  "encodings": ${JSON.stringify(doc.encodings)},`,
  '  "cases": [',
  rows.map((r) => "    " + JSON.stringify(r)).join(",\n"),
  "  ]",
  "}",
  "",
];
writeFileSync(out, lines.join("\n"));
console.log(`wrote ${rows.length} cases for ${encodings.join(", ")} to ${out}`);
