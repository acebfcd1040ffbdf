// Shared by check.mjs and diff.mjs: the tokenizers, the SFT checks and the cookbook count.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const MIN_EXAMPLES = 10;
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

const versionOf = (name) =>
  JSON.parse(readFileSync(new URL(`./node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;

// The o200k_base token count of a JS string, encode_ordinary semantics (special-token text is text).
//   wasm:   the npm package `tiktoken` (WASM build of OpenAI's Rust tiktoken): encode_ordinary(s).length
//   native: `@anysphere/tiktoken-node` (napi-rs binding of tiktoken-rs): exactNumTokensNoSpecialTokens,
//           which returns a Promise (the work runs on the binding's thread pool, awaited one at a time)
export function loadTokenizer(impl) {
  if (impl === 'wasm') {
    const { get_encoding } = require('tiktoken');
    const enc = get_encoding('o200k_base');
    return {
      packageName: `tiktoken@${versionOf('tiktoken')}`,
      tokens: (s) => enc.encode_ordinary(s).length,
      encode: (s) => enc.encode_ordinary(s),
      decodeOne: (id) => enc.decode_single_token_bytes(id),
      isAsync: false,
      release: () => enc.free(),
    };
  }
  if (impl === 'native') {
    const t = require('@anysphere/tiktoken-node');
    const tokenizer = t.getTokenizer();
    const O200k = t.SupportedEncoding.O200k;
    return {
      packageName: `@anysphere/tiktoken-node@${versionOf('@anysphere/tiktoken-node')}`,
      tokens: (s) => tokenizer.exactNumTokensNoSpecialTokens(s, O200k),
      isAsync: true,
      release: () => {},
    };
  }
  throw new Error(`unknown tokenizer implementation ${impl}`);
}

// --- the checks: the rules of ftctl's DatasetValidator for SFT, at the level the benchmark needs -------
const KNOWN_ROLES = new Set(['system', 'developer', 'user', 'assistant', 'tool', 'function']);
const KNOWN_MESSAGE_KEYS = new Set(['role', 'content', 'name', 'weight', 'tool_calls', 'tool_call_id',
  'function_call', 'refusal']);
const KNOWN_TOP_KEYS = new Set(['messages', 'tools', 'parallel_tool_calls', 'functions']);

export const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
export const isString = (v) => typeof v === 'string';

function checkMessage(m, path, finding) {
  if (!isObject(m)) return finding('error', 'message.object', path, 'Each message must be a JSON object.');
  if (!isString(m.role)) return finding('error', 'message.role', `${path}.role`, 'The message has no role.');
  if (!KNOWN_ROLES.has(m.role)) return finding('error', 'message.role', `${path}.role`, `Unknown role "${m.role}".`);
  const content = m.content;
  const callsSomething = (m.tool_calls !== undefined && m.tool_calls !== null)
    || (m.function_call !== undefined && m.function_call !== null);
  if (content === undefined || content === null) {
    if (!(m.role === 'assistant' && callsSomething))
      finding('error', 'message.content', `${path}.content`, 'The message has no content.');
  } else if (Array.isArray(content)) {
    content.forEach((part, i) => {
      const partPath = `${path}.content[${i}]`;
      const type = isObject(part) && isString(part.type) ? part.type : '';
      if (type === 'text') {
        if (!isString(part.text)) finding('error', 'message.content_part', `${partPath}.text`, 'A text part needs a string "text".');
      } else if (type === 'image_url') {
        if (!isObject(part.image_url) || !isString(part.image_url.url))
          finding('error', 'message.content_part', `${partPath}.image_url`, 'An image part needs "image_url": {"url": ...}.');
      } else {
        finding('error', 'message.content_part', `${partPath}.type`, `Content parts must be of type text or image_url, not "${type}".`);
      }
    });
  } else if (!isString(content)) {
    finding('error', 'message.content', `${path}.content`, 'Content must be a string or an array of parts.');
  }
  if ('weight' in m) {
    if (m.role !== 'assistant') finding('error', 'message.weight', `${path}.weight`, 'Only assistant messages may have a weight.');
    else if (m.weight !== 0 && m.weight !== 1) finding('error', 'message.weight', `${path}.weight`, 'The weight must be 0 or 1.');
  }
  if ('name' in m && !isString(m.name)) finding('error', 'message.name', `${path}.name`, 'The name must be a string.');
  if (m.tool_calls !== undefined && m.tool_calls !== null) {
    if (!Array.isArray(m.tool_calls)) {
      finding('error', 'message.tool_calls', `${path}.tool_calls`, 'tool_calls must be an array.');
    } else {
      m.tool_calls.forEach((call, i) => {
        const fn = isObject(call) ? call.function : undefined;
        if (!isObject(call) || !isString(call.id) || call.type !== 'function' || !isObject(fn)
            || !isString(fn.name) || !isString(fn.arguments))
          finding('error', 'message.tool_calls', `${path}.tool_calls[${i}]`, 'A tool call needs an id, type "function" and function {name, arguments as a string}.');
      });
    }
  }
  for (const key of Object.keys(m))
    if (!KNOWN_MESSAGE_KEYS.has(key)) finding('warning', 'message.unknown_key', `${path}.${key}`, `Unknown key "${key}" in a message.`);
}

// Checks one parsed line (an object) as an SFT example; finding(severity, rule, path, message).
export function checkSupervisedExample(v, finding) {
  const messages = v.messages;
  if (!Array.isArray(messages) || messages.length === 0)
    return finding('error', 'sft.messages', 'messages', 'The example needs a non-empty "messages" array.');
  let anyAssistant = false;
  let trainedAssistant = false;
  messages.forEach((m, i) => {
    checkMessage(m, `messages[${i}]`, finding);
    if (isObject(m) && m.role === 'assistant') {
      anyAssistant = true;
      if ((Number.isInteger(m.weight) ? m.weight : 1) !== 0) trainedAssistant = true;
    }
  });
  if (!anyAssistant)
    finding('error', 'sft.no_assistant', 'messages', 'The example has no assistant message to train on (weight not 0).');
  else if (!trainedAssistant)
    finding('warning', 'sft.untrained', 'messages', 'Every assistant message of this example has weight 0: its tokens are billed, but nothing is learned from it.');
  for (const key of Object.keys(v))
    if (!KNOWN_TOP_KEYS.has(key)) finding('warning', 'sft.unknown_key', key, `Unknown key "${key}".`);
}

// --- the cookbook count ------------------------------------------------------------------------------
// Pushes onto `out` the strings of a (valid) example's messages whose tokens count, and returns the fixed
// tokens around them: 3 for the reply priming, 3 per message, 1 per `name` field. With `where`, pushes a
// label ("messages[2].content") for each string as well.
export function countedStrings(messages, out, where) {
  let fixed = 3; // reply priming
  messages.forEach((m, i) => {
    fixed += 3;
    for (const [key, value] of Object.entries(m)) {
      if (isString(value)) {
        out.push(value);
        if (where) where.push(`messages[${i}].${key}`);
        if (key === 'name') fixed += 1;
      } else if (key === 'content' && Array.isArray(value)) {
        value.forEach((part, k) => {
          if (isObject(part) && isString(part.text) && (part.type === undefined || part.type === 'text')) {
            out.push(part.text);
            if (where) where.push(`messages[${i}].content[${k}].text`);
          }
        });
      }
    }
  });
  return fixed;
}
