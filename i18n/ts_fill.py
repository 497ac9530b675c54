#!/usr/bin/env python3
r"""Fill Qt Linguist .ts files from plain-text answer files, touching only unfinished messages.

Why: translating 1000+ strings by hand in Linguist is slow; this lets a translator work in
batches of plain text while the .ts stays byte-for-byte in lupdate's own format (so a later
lupdate run produces no diff).

  ts_fill.py dump  debrief_de.ts  todo.json     # unfinished messages -> todo.json + todo.txt
  (write answers.tsv: one line per id, "<id>\t<translation>" or "<id>=<translation>";
   "\n" for a line break,
   " ||| " between plural forms, one form per numerusform of the language)
  ts_fill.py apply debrief_de.ts  todo.json answers.tsv [more.tsv ...]
  ts_fill.py apply --overwrite ...               # also replace finished translations (corrections)
  ts_fill.py stats debrief_de.ts

Messages with the same source text and comment in several contexts are dumped once and filled
everywhere; "<id>@<Context>=<translation>" overrides the translation for one context only.
Without --overwrite, messages that are already translated are never changed. See README.md.
"""
import json
import re
import sys

CONTEXT_RE = re.compile(r"(<context>\s*<name>)(.*?)(</name>)(.*?)(</context>)", re.S)
MESSAGE_RE = re.compile(r"(\s*<message( numerus=\"yes\")?>)(.*?)(\n\s*</message>)", re.S)
TRANSLATION_RE = re.compile(r"(\n\s*)<translation( type=\"(?:unfinished|vanished|obsolete)\")?>(.*?)</translation>|(\n\s*)<translation( type=\"unfinished\")?/>", re.S)
NUMERUS_FORMS = {"zh_CN": 1, "zh": 1, "ja": 1, "ko": 1, "en": 2, "de": 2}
SEPARATOR = " ||| "


def unescape(text):
    text = re.sub(r'<byte value="x([0-9a-fA-F]+)"/>', lambda m: chr(int(m.group(1), 16)), text)
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            .replace("&apos;", "'").replace("&amp;", "&"))


def escape(text):
    """The same escaping lupdate applies to element text (TSWriter's protect())."""
    out = []
    for ch in text:
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'":
            out.append("&apos;")
        elif ord(ch) < 0x20 and ch not in "\n\t\r":
            out.append('<byte value="x%x"/>' % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def field(body, tag):
    m = re.search(r"<%s>(.*?)</%s>" % (tag, tag), body, re.S)
    return unescape(m.group(1)) if m else ""


def language(ts_text):
    m = re.search(r'<TS\b[^>]*?\slanguage="([^"]+)"', ts_text)
    if not m:
        sys.exit("no language attribute in the <TS> header")
    return m.group(1)


def draft(inner):
    forms = re.findall(r"<numerusform>(.*?)</numerusform>", inner, re.S)
    return SEPARATOR.join(unescape(f) for f in forms) if forms else unescape(inner)


def messages(ts_text):
    """Yields (context, source, comment, numerus, translation_match, absolute offsets)."""
    for ctx in CONTEXT_RE.finditer(ts_text):
        name = unescape(ctx.group(2))
        base = ctx.start(4)
        for msg in MESSAGE_RE.finditer(ctx.group(4)):
            body = msg.group(3)
            tr = TRANSLATION_RE.search(body)
            yield {
                "context": name,
                "source": field(body, "source"),
                "comment": field(body, "comment"),
                "extracomment": field(body, "extracomment"),
                "numerus": bool(msg.group(2)),
                "unfinished": tr is None or bool(tr.group(2) or tr.group(5)),
                "draft": draft(tr.group(3) or "") if tr else "",
                "tr_span": (base + msg.start(3) + tr.start(), base + msg.start(3) + tr.end()) if tr else None,
                "indent": (tr.group(1) or tr.group(4)) if tr else "\n        ",
            }


def key(msg):
    return json.dumps([msg["source"], msg["comment"], msg["numerus"]], ensure_ascii=False)


def dump(ts_path, todo_path):
    text = open(ts_path, encoding="utf-8").read()
    groups = {}
    for msg in messages(text):
        if msg["unfinished"]:
            g = groups.setdefault(key(msg), {"source": msg["source"], "comment": msg["comment"],
                                             "extracomment": msg["extracomment"],
                                             "numerus": msg["numerus"], "contexts": [],
                                             "draft": msg["draft"]})
            g["contexts"].append(msg["context"])
    todo = {str(i + 1): g for i, g in enumerate(groups.values())}
    json.dump(todo, open(todo_path, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    with open(re.sub(r"\.json$", "", todo_path) + ".txt", "w", encoding="utf-8") as out:
        for i, g in todo.items():
            note = " {%s}" % g["comment"] if g["comment"] else ""
            note += " {#%s}" % g["extracomment"] if g["extracomment"] else ""
            plural = " (PLURAL)" if g["numerus"] else ""
            src = g["source"].replace("\n", "\\n")
            out.write("%s [%s]%s%s %s\n" % (i, ",".join(sorted(set(g["contexts"]))), note, plural, src))
            if g["draft"]:  # lupdate's same-text guess, still unfinished: check it, do not trust it
                out.write("%s   draft: %s\n" % (" " * len(i), g["draft"].replace("\n", "\\n")))
    print("%d unfinished groups written to %s" % (len(todo), todo_path))


def read_answers(paths):
    answers = {}
    for path in paths:
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            m = re.match(r"(\d+(?:@[^\t=]+)?)(?:\t|=)(.*)$", line)
            if not m:
                sys.exit("%s:%d: expected '<id>[@Context]<TAB or =><translation>'" % (path, n))
            ident, value = m.groups()
            answers[ident.strip()] = value.replace("\\n", "\n")
    return answers


def render(indent, forms, numerus):
    if not numerus:
        return "%s<translation>%s</translation>" % (indent, escape(forms[0]))
    inner = "".join("%s    <numerusform>%s</numerusform>" % (indent, escape(f)) for f in forms)
    return "%s<translation>%s%s</translation>" % (indent, inner, indent)


PLACEHOLDER_RE = re.compile(r"%L?\d+|%n")


def check_answer(g, forms, nforms):
    problems = []
    if g["numerus"] and len(forms) != nforms:
        problems.append("expected %d plural forms, got %d" % (nforms, len(forms)))
    if not g["numerus"] and len(forms) != 1:
        problems.append("'|||' in a message without plural forms")
    want = sorted(set(PLACEHOLDER_RE.findall(g["source"])))
    for f in forms:
        if not f.strip():
            problems.append("empty translation")
        got = sorted(set(PLACEHOLDER_RE.findall(f)))
        if got != want and not (g["numerus"] and set(got) == set(want) - {"%n"}):
            problems.append("placeholders %s, source has %s" % (got, want))
        if f[:1].isspace() != g["source"][:1].isspace() or f[-1:].isspace() != g["source"][-1:].isspace():
            problems.append("leading/trailing space differs from the source")
        for tag in re.findall(r"</?[a-zA-Z]+[^>]*>", g["source"]):
            if tag not in f:
                problems.append("markup %s missing" % tag)
    return problems


def apply(ts_path, todo_path, answer_paths, overwrite=False):
    text = open(ts_path, encoding="utf-8").read()
    nforms = NUMERUS_FORMS.get(language(text), 2)
    todo = json.load(open(todo_path, encoding="utf-8"))
    answers = read_answers(answer_paths)
    by_key = {}
    bad = 0
    for ident, value in answers.items():
        number, _, only_context = ident.partition("@")
        if number not in todo or (only_context and only_context not in todo[number]["contexts"]):
            print("unknown id %s" % ident)
            bad += 1
            continue
        g = todo[number]
        forms = value.split(SEPARATOR) if g["numerus"] else [value]
        problems = check_answer(g, forms, nforms)
        if problems:
            print("id %s (%s): %s" % (ident, g["source"][:60], "; ".join(problems)))
            bad += 1
            continue
        by_key[(json.dumps([g["source"], g["comment"], g["numerus"]], ensure_ascii=False),
                only_context or None)] = forms
    edits = []
    for msg in messages(text):
        forms = by_key.get((key(msg), msg["context"]), by_key.get((key(msg), None)))
        if (msg["unfinished"] or overwrite) and forms is not None and msg["tr_span"]:
            edits.append((msg["tr_span"], render(msg["indent"], forms, msg["numerus"])))
    for (start, end), replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    open(ts_path, "w", encoding="utf-8").write(text)
    print("filled %d messages in %s (%d answers rejected)" % (len(edits), ts_path, bad))
    return 1 if bad else 0


def stats(ts_path):
    text = open(ts_path, encoding="utf-8").read()
    msgs = list(messages(text))
    unfinished = sum(1 for m in msgs if m["unfinished"])
    print("%s: %d messages, %d translated, %d unfinished"
          % (ts_path, len(msgs), len(msgs) - unfinished, unfinished))


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "dump":
        dump(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 6 and sys.argv[1:3] == ["apply", "--overwrite"]:
        sys.exit(apply(sys.argv[3], sys.argv[4], sys.argv[5:], overwrite=True))
    elif len(sys.argv) >= 5 and sys.argv[1] == "apply":
        sys.exit(apply(sys.argv[2], sys.argv[3], sys.argv[4:]))
    elif len(sys.argv) == 3 and sys.argv[1] == "stats":
        stats(sys.argv[2])
    else:
        sys.exit(__doc__)
