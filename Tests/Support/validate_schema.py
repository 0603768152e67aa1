#!/usr/bin/env python3
"""Validate Betrokken profile files against the profile JSON Schema.

Usage: python3 validate_schema.py SCHEMA FILE...

Prints one line per file:
    OK <file>
    INVALID <file>: <message> at <json path>
and exits 0 if every file is valid, 1 if any is invalid, 2 on a usage error or an unusable schema.

A file that is not UTF-8, not JSON (NaN/Infinity and a byte-order mark are not JSON) or has a duplicate key in
an object is INVALID with that reason. For schema errors the message is the most relevant error
(jsonschema.exceptions.best_match), which descends into oneOf branches, so a bad value inside a fact is
reported at its own path (e.g. $.choices.motives.value[0]) rather than as "not valid under any of the given
schemas" on the fact.

Requires the `jsonschema` package (Draft 2020-12).
"""

import json
import sys

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError, best_match


class FileProblem(Exception):
    pass


def _reject_duplicates(pairs):
    seen = set()
    for key, _ in pairs:
        if key in seen:
            raise FileProblem(f"duplicate key {key!r} in an object")
        seen.add(key)
    return dict(pairs)


def _reject_constant(name):
    raise FileProblem(f"{name} is not valid JSON")


def load_json(path):
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise FileProblem(f"cannot read: {e.strerror or e}")
    try:
        text = data.decode("utf-8")
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
    except (FileProblem, SchemaError) as e:
        print(f"cannot use schema {argv[1]}: {getattr(e, 'message', e)}", file=sys.stderr)
        return 2
    validator = Draft202012Validator(schema)

    all_valid = True
    for path in argv[2:]:
        try:
            document = load_json(path)
        except FileProblem as e:
            print(f"INVALID {path}: {e}")
            all_valid = False
            continue
        error = best_match(validator.iter_errors(document))
        if error is None:
            print(f"OK {path}")
        else:
            print(f"INVALID {path}: {error.message} at {error.json_path}")
            all_valid = False
    return 0 if all_valid else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
