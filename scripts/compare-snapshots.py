#!/usr/bin/env python3
"""Compares two snapshot-outputs.sh folders where the newer one may only ADD JSON keys.

usage: scripts/compare-snapshots.py OLD_DIR NEW_DIR

Every file of OLD_DIR must be in NEW_DIR. JSON outputs (questions.json, freq-*.json, which end
with an "exit N" line) must keep every key and value of the old one (objects may gain keys,
arrays keep their length); every other file must be byte-identical. Files only in NEW_DIR (new
fixtures) are listed, not failed. Exits 1 on the first kind of difference found, after listing all.
"""
import json
import os
import sys


def split_exit(text):
    """The JSON body, and what must stay byte-identical around it: the stderr lines merged
    before it ("sondo: warning: …") and the final "exit N" line."""
    body, _, last = text.rstrip("\n").rpartition("\n")
    if not last.startswith("exit "):
        body, last = text, None
    lines = body.split("\n")
    start = next((i for i, line in enumerate(lines) if line.startswith("{")), 0)
    return "\n".join(lines[start:]), ("\n".join(lines[:start]), last)


def contains(old, new, path, problems):
    if isinstance(old, dict):
        if not isinstance(new, dict):
            problems.append(f"{path}: object became {type(new).__name__}")
            return
        for key, value in old.items():
            if key not in new:
                problems.append(f"{path}.{key}: removed")
            else:
                contains(value, new[key], f"{path}.{key}", problems)
    elif isinstance(old, list):
        if not isinstance(new, list) or len(new) != len(old):
            problems.append(f"{path}: array changed length or type")
            return
        for i, (a, b) in enumerate(zip(old, new)):
            contains(a, b, f"{path}[{i}]", problems)
    elif old != new or type(old) != type(new):
        problems.append(f"{path}: {old!r} -> {new!r}")


def main(old_dir, new_dir):
    problems = []
    added_keys = 0
    compared = 0
    for root, _, files in os.walk(old_dir):
        for name in files:
            if name == "DONE":  # a marker of the baseline's writer, not an output
                continue
            old_path = os.path.join(root, name)
            rel = os.path.relpath(old_path, old_dir)
            new_path = os.path.join(new_dir, rel)
            if not os.path.exists(new_path):
                problems.append(f"{rel}: missing")
                continue
            compared += 1
            old_bytes = open(old_path, "rb").read()
            new_bytes = open(new_path, "rb").read()
            if old_bytes == new_bytes:
                continue
            if not name.endswith(".json"):
                problems.append(f"{rel}: differs")
                continue
            old_body, old_exit = split_exit(old_bytes.decode("utf-8"))
            new_body, new_exit = split_exit(new_bytes.decode("utf-8"))
            if old_exit != new_exit:
                problems.append(f"{rel}: {old_exit} -> {new_exit}")
                continue
            try:
                old_json, new_json = json.loads(old_body), json.loads(new_body)
            except ValueError:
                problems.append(f"{rel}: differs (not JSON)")
                continue
            before = len(problems)
            contains(old_json, new_json, rel, problems)
            if len(problems) == before:
                added_keys += 1
    only_new = []
    for root, _, files in os.walk(new_dir):
        for name in files:
            rel = os.path.relpath(os.path.join(root, name), new_dir)
            if not os.path.exists(os.path.join(old_dir, rel)):
                only_new.append(rel)
    for p in problems:
        print("DIFF", p)
    print(f"{compared} files compared, {added_keys} JSON files only gained keys, "
          f"{len(only_new)} files only in the new snapshot, {len(problems)} differences")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
