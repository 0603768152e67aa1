#!/usr/bin/env python3
r"""Validate Betrokken profile files against the profile JSON Schema.

Usage: python3 validate_schema.py SCHEMA FILE...

Prints one line per file:
    OK <file>
    INVALID <file>: <message> at <json path>
and exits 0 if every file is valid, 1 if any is invalid, 2 on a usage error or an unusable schema.

A file that is not UTF-8, not JSON (NaN/Infinity and a byte-order mark are not JSON) or has a duplicate key in
an object is INVALID with that reason. For schema errors the message is the most relevant error
(jsonschema.exceptions.best_match), which descends into oneOf branches where one branch is clearly closer:
a bad key inside a fact is reported at its own path ($.choices.motives.value[0]); a fact that is neither null
nor an object is reported on the fact as "not valid under any of the given schemas".

JSON Schema patterns are ECMA-262 regular expressions, where `$` matches only at the very end of the string;
Python's `re`, which jsonschema uses, also lets `$` match before a final newline (so "GM0014\n" would pass
^GM[0-9]{4}$). The `pattern` keyword is therefore checked with every `$` outside a character class read as `\Z`.
The class escapes follow ECMA-262 too: `\s` is exactly ECMA's WhiteSpace and LineTerminator characters (Python's
also counts U+001C-U+001F and U+0085, and not U+FEFF), `\d` is [0-9] and `\w` is [A-Za-z0-9_] (Python's are
Unicode-wide). A negated class escape (`\S`, `\D`, `\W`) inside a character class is not supported; a schema
that uses one, or whose pattern does not compile, is unusable (exit 2).

Requires the `jsonschema` package (Draft 2020-12).
"""

import functools
import json
import re
import sys

from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import SchemaError, ValidationError, best_match


class FileProblem(Exception):
    pass


# ECMA-262 WhiteSpace (TAB, VT, FF, SP, NBSP, ZWNBSP, category Zs) and LineTerminator (LF, CR, LS, PS).
_ECMA_SPACE = r"\t\n\x0b\x0c\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_ECMA_CLASS_ESCAPES = {"s": _ECMA_SPACE, "d": "0-9", "w": "A-Za-z0-9_"}


class PatternProblem(Exception):
    pass


@functools.lru_cache(maxsize=None)
def _ecma_pattern(pattern):
    r"""Compile `pattern` with ECMA-262 meanings: `$` (outside character classes, unescaped) matches at the end of
    the string only, and `\s`, `\d`, `\w` and their negations match ECMA's character sets."""
    out = []
    i = 0
    in_class = False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            escape = pattern[i + 1:i + 2]
            if escape.lower() in _ECMA_CLASS_ESCAPES:
                chars = _ECMA_CLASS_ESCAPES[escape.lower()]
                if not in_class:
                    out.append(f"[{chars}]" if escape.islower() else f"[^{chars}]")
                elif escape.islower():
                    out.append(chars)
                    if pattern[i + 2:i + 3] == "-":
                        # as in ECMA-262 Annex B, a '-' after a class escape is a literal, not a range
                        out.append(r"\-")
                        i += 1
                else:
                    raise PatternProblem(f"pattern {pattern!r}: \\{escape} inside a character class is not supported")
            else:
                out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
        elif c == "$":
            c = r"\Z"
        out.append(c)
        i += 1
    try:
        return re.compile("".join(out))
    except re.error as e:
        raise PatternProblem(f"pattern {pattern!r} does not compile: {e}")


def _check_patterns(node):
    """Compile every `pattern` in the schema up front, so that an unusable one is reported before any file."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str):
                _ecma_pattern(value)
            else:
                _check_patterns(value)
    elif isinstance(node, list):
        for value in node:
            _check_patterns(value)


def _pattern(validator, pattern, instance, schema):
    if validator.is_type(instance, "string") and not _ecma_pattern(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


ProfileValidator = validators.extend(Draft202012Validator, {"pattern": _pattern})


def _reject_duplicates(pairs):
    seen = set()
    for key, _ in pairs:
        if key in seen:
            raise FileProblem(f"duplicate key {key!r} in an object")
        seen.add(key)
    return dict(pairs)


def _reject_constant(name):
    raise FileProblem(f"{name} is not valid JSON")


def _keywords(error):
    found = {str(error.validator)}
    for sub in error.context or []:
        found |= _keywords(sub)
    return found


def load_json(path):
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise FileProblem(f"cannot read: {e.strerror or e}")
    try:
        # A byte-order mark is allowed, as the loader allows it.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise FileProblem(f"not UTF-8: invalid byte at offset {e.start}")
    try:
        return json.loads(text, object_pairs_hook=_reject_duplicates, parse_constant=_reject_constant)
    except json.JSONDecodeError as e:
        raise FileProblem(f"not valid JSON: {e}")
    except RecursionError:
        raise FileProblem("not valid JSON: nested too deeply")


def main(argv):
    if len(argv) < 3:
        print("usage: validate_schema.py SCHEMA FILE...", file=sys.stderr)
        return 2
    try:
        schema = load_json(argv[1])
        Draft202012Validator.check_schema(schema)
        _check_patterns(schema)
    except (FileProblem, SchemaError, PatternProblem) as e:
        print(f"cannot use schema {argv[1]}: {getattr(e, 'message', e)}", file=sys.stderr)
        return 2
    validator = ProfileValidator(schema)

    all_valid = True
    for path in argv[2:]:
        try:
            document = load_json(path)
        except FileProblem as e:
            print(f"INVALID {path}: {e}")
            all_valid = False
            continue
        errors = list(validator.iter_errors(document))
        error = best_match(errors)
        if error is None:
            print(f"OK {path}")
        else:
            # Every keyword that failed, inside anyOf/oneOf branches too: the test checks each keyword the schema uses
            # rejects at least one variant.
            failed = sorted(set().union(*(_keywords(e) for e in errors)))
            print(f"INVALID {path}: {error.message} at {error.json_path} [keywords: {','.join(failed)}]")
            all_valid = False
    return 0 if all_valid else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
