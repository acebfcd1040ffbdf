#!/usr/bin/env python3
"""Writes a deterministic SFT chat-format JSONL corpus for the dataset-check benchmark.

    gen_corpus.py OUT.jsonl --mb 100 [--seed 3]

The mix: English prose, Chinese, Japanese and Korean text, emoji (ZWJ sequences, flags, skin tones,
keycaps, variation selectors), source code (Python, C++, JSON, shell) with runs of spaces, tabs and
newlines, numbers, multi-turn conversations (system/developer/user/assistant/tool) with assistant
`weight` 0 or 1, `name` fields, tool calls, content as an array of text parts, lines written with
\\uXXXX escapes, and some very long documents (tens of thousands of tokens each, under 65,536).

Every line is a valid SFT example (no error in `ftctl check`) and unique (each carries its serial).
Python 3 standard library only; the same seed and size always give the same bytes.
"""

import argparse
import json
import os
import random
import sys

MIB = 1 << 20

# --- vocabularies ------------------------------------------------------------------------------

EN_WORDS = """
the of and to in is that it for was on are as with his they at be this from have or by one had not but
what all were when we there can an your which their said if do will each about how up out them then she
many some so these would other into has more her two like him see time could no make than first been its
who now people my made over did down only way find use may water long little very after words called just
where most know get through back much before go good new write our used me man too any day same right look
think also around another came come work three word must because does part even place well such here take
why things help put years different away again off went old number great tell men say small every found
still between name should home big give air line set own under read last never us left end along while
might next sound below saw something thought both few those always looked show large often together asked
house don't world going want school important until form food keep children feet land side without boy
once animals life enough took sometimes four head above kind began almost live page got earth need far hand
high year mother light parts country father let night following picture being study second eyes soon times
story boys since white days ever paper hard near sentence better best across during today others however
sure means knew it's try told young miles sun ways thing whole hear example heard several change answer room
sea against top turned learn point city play toward five using himself usually model training dataset token
tokens gradient learning rate batch epoch validation checkpoint deployment inference latency throughput
evaluation benchmark accuracy precision recall temperature sampling prompt completion assistant developer
system user function argument parameter configuration pipeline cluster region quota invoice customer order
shipment refund warranty schedule meeting agenda summary report analysis forecast budget revenue margin
""".split()

EN_PUNCT_END = [".", ".", ".", ".", "?", "!", "…", ":", ";"]
EN_NAMES = ["Alice", "Bob", "Carol", "Dmitri", "Émilie", "François", "Zoë", "José", "Søren", "Ngozi",
            "Priya", "Wei", "Yuki", "Min-jun", "O'Brien", "McAllister", "Dr. Smith", "Ms. García"]

ZH = ("的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里"
      "用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日"
      "军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相"
      "见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名"
      "真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市"
      "模型训练数据集令牌评估部署推理延迟吞吐量检查点验证学习率批次温度采样提示补全助手开发者系统用户函数参数配置")
ZH_PUNCT = "，。、；：？！「」（）《》"
JA_HIRA = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんがぎぐげござじずぜぞだでどばびぶべぼぱぴぷぺぽゃゅょっ"
JA_KATA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンガギグゲゴザジズゼゾダデドバビブベボパピプペポャュョッー"
JA_KANJI = "日本語学習会社東京大阪時間今日明日天気電話番号新聞映画音楽仕事休暇旅行料理写真機械翻訳文章確認送信受信設定開始終了"
JA_PHRASES = ["です", "ます", "でした", "ません", "ください", "について", "によって", "としては", "かもしれない",
              "ありがとうございます", "よろしくお願いします", "すみません", "なるほど", "ファインチューニング", "トークン"]
KO_SYLL = ("가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후"
           "그느드르므브스으즈츠크트프흐기니디리미비시이지치키티피히한국어학습데이터모델토큰훈련검증배포추론요청응답서버클라이언트")
KO_ENDINGS = ["입니다", "습니다", "해요", "했어요", "인가요", "합니다", "니다", "어요", "지만", "에서", "으로", "에게"]
ACCENTED = ["café", "naïve", "résumé", "façade", "jalapeño", "Zürich", "Kraków", "São Paulo", "Ångström",
            "Привет мир", "Добрый день", "Ελληνικά", "مرحبا بالعالم", "שלום", "नमस्ते दुनिया", "ภาษาไทย", "Tiếng Việt"]

SKIN = ["\U0001F3FB", "\U0001F3FC", "\U0001F3FD", "\U0001F3FE", "\U0001F3FF"]
ZWJ = "\u200D"
VS16 = "\uFE0F"
BASE_EMOJI = ["😀", "😂", "🥲", "😍", "🤔", "🙃", "😴", "🤖", "👻", "🎉", "🚀", "🔥", "✨", "🌍", "🍕", "☕", "📈",
              "📦", "🧪", "🛠", "💡", "✅", "❌", "⚠" + VS16, "❤" + VS16, "☀" + VS16, "✈" + VS16]
TONED = ["👍", "👋", "🙌", "👏", "💪", "🤝", "✌" + VS16, "🧑", "👩", "👨", "🧒", "🙋", "🤷"]
ZWJ_SEQS = [
    "👨" + ZWJ + "👩" + ZWJ + "👧" + ZWJ + "👦",
    "👩" + ZWJ + "❤" + VS16 + ZWJ + "💋" + ZWJ + "👨",
    "🏳" + VS16 + ZWJ + "🌈",
    "🏴" + ZWJ + "☠" + VS16,
    "🧑" + ZWJ + "🤝" + ZWJ + "🧑",
    "👩" + SKIN[2] + ZWJ + "💻",
    "👨" + SKIN[4] + ZWJ + "🔬",
    "🧑" + SKIN[0] + ZWJ + "🚀",
    "👩" + SKIN[3] + ZWJ + "🦰",
    "🐕" + ZWJ + "🦺",
    "😶" + ZWJ + "🌫" + VS16,
    "❤" + VS16 + ZWJ + "🔥",
    "🏃" + SKIN[1] + ZWJ + "♀" + VS16,
]
FLAGS = ["JP", "KR", "CN", "TW", "US", "GB", "FR", "DE", "BR", "IN", "NG", "ZA", "UA", "SE", "CH", "MX"]
KEYCAPS = [d + VS16 + "\u20E3" for d in "0123456789#*"]

PY_IDENT = ["data", "items", "result", "config", "tokens", "batch", "model", "path", "value", "count",
            "index", "buffer", "retries", "timeout", "payload", "session", "cache", "row", "line", "score"]


def flag(code):
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in code)


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    # --- pieces of text ----------------------------------------------------------------------

    def number(self):
        r = self.r
        k = r.randrange(9)
        if k == 0:
            return str(r.randrange(10))
        if k == 1:
            return str(r.randrange(100, 100000000))
        if k == 2:
            return f"{r.uniform(0, 1000):.{r.randrange(1, 5)}f}"
        if k == 3:
            return f"{r.randrange(1, 10**9):,}"
        if k == 4:
            return f"{r.randrange(1990, 2031)}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}"
        if k == 5:
            return f"+{r.randrange(1, 99)} {r.randrange(100, 999)} {r.randrange(1000, 9999)}"
        if k == 6:
            return f"{r.randrange(0, 100)}%"
        if k == 7:
            return f"${r.randrange(1, 99999)}.{r.randrange(100):02d}"
        return f"{r.uniform(-1e6, 1e6):.3e}"

    def emoji(self):
        r = self.r
        k = r.randrange(6)
        if k == 0:
            return r.choice(BASE_EMOJI)
        if k == 1:
            return r.choice(TONED) + r.choice(SKIN)
        if k == 2:
            return r.choice(ZWJ_SEQS)
        if k == 3:
            return flag(r.choice(FLAGS))
        if k == 4:
            return r.choice(KEYCAPS)
        return "".join(r.choice(BASE_EMOJI) for _ in range(r.randrange(2, 5)))

    def en_sentence(self):
        r = self.r
        n = r.randrange(5, 22)
        words = []
        for i in range(n):
            x = r.random()
            if x < 0.05:
                words.append(self.number())
            elif x < 0.08:
                words.append(r.choice(EN_NAMES))
            elif x < 0.095:
                words.append(r.choice(ACCENTED))
            else:
                words.append(r.choice(EN_WORDS))
            if i < n - 1 and r.random() < 0.07:
                words[-1] += ","
        s = " ".join(words)
        s = s[0].upper() + s[1:] + r.choice(EN_PUNCT_END)
        if r.random() < 0.04:
            s += " " + self.emoji()
        if r.random() < 0.03:
            s = f'"{s}"'
        return s

    def en_paragraph(self, sentences=None):
        return " ".join(self.en_sentence() for _ in range(sentences or self.r.randrange(2, 8)))

    def zh_paragraph(self):
        r = self.r
        out = []
        for _ in range(r.randrange(2, 7)):
            clause = "".join(r.choice(ZH) for _ in range(r.randrange(4, 18)))
            if r.random() < 0.15:
                clause += self.number()
            if r.random() < 0.1:
                clause += " GPT-4.1 "
            out.append(clause + r.choice(ZH_PUNCT))
        return "".join(out)

    def ja_paragraph(self):
        r = self.r
        out = []
        for _ in range(r.randrange(2, 6)):
            parts = []
            for _ in range(r.randrange(2, 6)):
                y = r.random()
                if y < 0.35:
                    parts.append("".join(r.choice(JA_KANJI) for _ in range(r.randrange(1, 4))))
                elif y < 0.6:
                    parts.append("".join(r.choice(JA_HIRA) for _ in range(r.randrange(1, 5))))
                elif y < 0.8:
                    parts.append("".join(r.choice(JA_KATA) for _ in range(r.randrange(2, 6))))
                else:
                    parts.append(r.choice(JA_PHRASES))
            out.append("".join(parts) + r.choice("。、！？") )
        return "".join(out)

    def ko_paragraph(self):
        r = self.r
        out = []
        for _ in range(r.randrange(2, 6)):
            words = ["".join(r.choice(KO_SYLL) for _ in range(r.randrange(1, 4))) + r.choice(KO_ENDINGS)
                     if r.random() < 0.4 else "".join(r.choice(KO_SYLL) for _ in range(r.randrange(1, 5)))
                     for _ in range(r.randrange(3, 9))]
            out.append(" ".join(words) + r.choice([".", "?", "!", "요."]))
        return " ".join(out)

    def emoji_paragraph(self):
        r = self.r
        parts = []
        for _ in range(r.randrange(3, 12)):
            parts.append(self.emoji() if r.random() < 0.6 else r.choice(EN_WORDS))
        return " ".join(parts) + r.choice(["", "!", "!!", " 🎉🎉🎉", "\n"])

    def python_snippet(self):
        r = self.r
        a, b, c = r.sample(PY_IDENT, 3)
        ind = " " * r.choice([4, 4, 4, 2, 8])
        lines = [f"def process_{a}_{r.randrange(1000)}({b}, {c}={self.number()!r}):",
                 f'{ind}"""{self.en_sentence()}"""',
                 f"{ind}{a} = []",
                 f"{ind}for i, item in enumerate({b}):",
                 f"{ind}{ind}if item is None or i % {r.randrange(2, 9)} == 0:",
                 f"{ind}{ind}{ind}continue",
                 f"{ind}{ind}{a}.append(item * {c})  # {r.choice(EN_WORDS)} {r.choice(EN_WORDS)}",
                 "",
                 f"{ind}return {{'{a}': {a}, 'n': len({a})}}" + " " * r.randrange(0, 3),
                 ""]
        if r.random() < 0.3:
            lines += ["", "if __name__ == \"__main__\":", f"{ind}print(process_{a}(range(10)))"]
        return "\n".join(lines)

    def cpp_snippet(self):
        r = self.r
        a, b = r.sample(PY_IDENT, 2)
        t = "\t" if r.random() < 0.3 else "    "
        return "\n".join([
            "#include <vector>", "#include <string>", "",
            f"// {self.en_sentence()}",
            f"std::vector<int> {a}From(const std::string &{b}) {{",
            f"{t}std::vector<int> out;",
            f"{t}out.reserve({b}.size());",
            f"{t}for (char ch : {b}) {{",
            f"{t}{t}if (ch >= '0' && ch <= '9')",
            f"{t}{t}{t}out.push_back(ch - '0');",
            f"{t}}}",
            f"{t}return out; {' ' * r.randrange(0, 6)}",
            "}", ""])

    def json_snippet(self):
        r = self.r
        obj = {r.choice(PY_IDENT): self.number() for _ in range(r.randrange(2, 6))}
        obj["name"] = r.choice(EN_NAMES)
        obj["tags"] = [r.choice(EN_WORDS) for _ in range(r.randrange(0, 4))]
        obj["nested"] = {"ok": r.random() < 0.5, "value": r.randrange(10**6), "note": self.emoji()}
        return json.dumps(obj, indent=r.choice([2, 4]), ensure_ascii=r.random() < 0.5)

    def shell_snippet(self):
        r = self.r
        return "\n".join([
            "$ " + r.choice(["ls -la", "git status", "ftctl check train.jsonl --json", "python3 main.py"]),
            "total " + str(r.randrange(10, 999)),
            f"-rw-r--r--  1 user  staff  {r.randrange(100, 99999):>6} Nov {r.randrange(1, 29):>2} 10:{r.randrange(60):02d} data.jsonl",
            "\t" + self.en_sentence(), ""])

    def code_block(self):
        r = self.r
        k = r.randrange(4)
        lang, body = [("python", self.python_snippet), ("cpp", self.cpp_snippet),
                      ("json", self.json_snippet), ("sh", self.shell_snippet)][k]
        return f"```{lang}\n{body()}\n```"

    def block(self, weights=None):
        """One paragraph of some kind."""
        r = self.r
        kinds = [self.en_paragraph, self.zh_paragraph, self.ja_paragraph, self.ko_paragraph,
                 self.emoji_paragraph, self.code_block]
        w = weights or [46, 12, 9, 8, 5, 20]
        return r.choices(kinds, weights=w)[0]()

    def text(self, lo=1, hi=4):
        r = self.r
        sep = r.choice(["\n\n", "\n", "\n\n", " ", "\n\n\n"])
        return sep.join(self.block() for _ in range(r.randrange(lo, hi + 1)))

    # --- examples --------------------------------------------------------------------------

    def content(self, role, lo=1, hi=4):
        r = self.r
        if role in ("user", "system", "developer") and r.random() < 0.06:
            parts = [{"type": "text", "text": self.text(1, 2)} for _ in range(r.randrange(1, 3))]
            if role == "user" and r.random() < 0.3:
                parts.append({"type": "image_url",
                              "image_url": {"url": f"https://example.com/img/{r.randrange(10**6)}.png"}})
            return parts
        return self.text(lo, hi)

    def conversation(self, serial):
        r = self.r
        msgs = []
        if r.random() < 0.75:
            role = "developer" if r.random() < 0.2 else "system"
            msgs.append({"role": role, "content": f"You are assistant #{serial}. " + self.en_paragraph(r.randrange(1, 4))})
        turns = r.choices([1, 2, 3, 4, 6, 9], weights=[35, 25, 15, 10, 10, 5])[0]
        use_tools = r.random() < 0.08
        for t in range(turns):
            user = {"role": "user", "content": self.content("user")}
            if t == 0:
                if isinstance(user["content"], str):
                    user["content"] = f"[ticket {serial}] " + user["content"]
                else:
                    user["content"].insert(0, {"type": "text", "text": f"[ticket {serial}]"})
            if r.random() < 0.1:
                user["name"] = r.choice(["alice", "bob", "carol_92", "dmitri", "user-7", "ゆき"])
            msgs.append(user)
            if use_tools and t == 0:
                call_id = f"call_{serial}_{r.randrange(10**6)}"
                msgs.append({"role": "assistant", "content": None, "weight": 0,
                             "tool_calls": [{"id": call_id, "type": "function",
                                             "function": {"name": "lookup_order",
                                                          "arguments": json.dumps({"order_id": r.randrange(10**7)})}}]})
                msgs.append({"role": "tool", "tool_call_id": call_id, "content": self.json_snippet()})
            last = t == turns - 1
            a = {"role": "assistant", "content": self.content("assistant", 1, 5)}
            if not last and r.random() < 0.5:
                a["weight"] = r.choice([0, 0, 1])
            elif last and r.random() < 0.3:
                a["weight"] = 1
            if r.random() < 0.03:
                a["name"] = "helper"
            msgs.append(a)
        ex = {"messages": msgs}
        if use_tools:
            ex["tools"] = [{"type": "function", "function": {
                "name": "lookup_order", "description": "Looks up an order.",
                "parameters": {"type": "object", "properties": {"order_id": {"type": "integer"}},
                               "required": ["order_id"]}}}]
        return ex

    def long_document(self, serial):
        """A very long example: a document to summarise, tens of thousands of tokens.

        Tokens never exceed UTF-8 bytes; budget by a conservative bytes-per-token estimate per kind and
        cap the document by bytes so that even 1 token per 1.6 bytes stays under 65,536 tokens."""
        r = self.r
        target = r.randrange(24000, 52000)           # rough tokens wanted
        budget_tokens = 0.0
        paras = []
        # bytes per token, on the low side (more tokens than estimated is the risk)
        bpt = {0: 4.4, 1: 2.0, 2: 2.2, 3: 2.2, 4: 2.0, 5: 2.4}
        weights = r.choice([[80, 4, 3, 3, 1, 9], [40, 20, 10, 10, 2, 18], [30, 5, 5, 5, 1, 54]])
        kinds = [self.en_paragraph, self.zh_paragraph, self.ja_paragraph, self.ko_paragraph,
                 self.emoji_paragraph, self.code_block]
        while budget_tokens < target:
            k = r.choices(range(6), weights=weights)[0]
            p = kinds[k]()
            paras.append(p)
            budget_tokens += len(p.encode("utf-8")) / bpt[k]
        doc = "\n\n".join(paras)
        return {"messages": [
            {"role": "system", "content": f"You summarise long documents (job {serial})."},
            {"role": "user", "content": "Summarise this document:\n\n" + doc},
            {"role": "assistant", "content": self.en_paragraph(r.randrange(3, 9))},
        ]}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, required=True, help="size in MiB (2^20 bytes)")
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--long-share", type=float, default=0.12,
                    help="share of the bytes in very long documents")
    a = ap.parse_args()

    g = Gen(a.seed)
    target = int(a.mb * MIB)
    written = 0
    long_bytes = 0
    serial = 0
    lines = 0
    tmp = a.out + ".part"
    with open(tmp, "wb") as f:
        while written < target:
            serial += 1
            if long_bytes < a.long_share * written and g.r.random() < 0.05:
                ex = g.long_document(serial)
                is_long = True
            else:
                ex = g.conversation(serial)
                is_long = False
            ascii_only = g.r.random() < 0.1            # some lines with \uXXXX escapes (and surrogate pairs)
            line = (json.dumps(ex, ensure_ascii=ascii_only, separators=(", ", ": ") if g.r.random() < 0.5
                               else (",", ":")) + "\n").encode("utf-8")
            if written + len(line) > target and written > 0:
                break
            f.write(line)
            written += len(line)
            lines += 1
            if is_long:
                long_bytes += len(line)
    os.replace(tmp, a.out)
    print(f"{a.out}: {lines} lines, {written} bytes ({written / MIB:.1f} MiB), "
          f"{long_bytes / max(written, 1):.0%} in long documents", file=sys.stderr)


if __name__ == "__main__":
    main()
