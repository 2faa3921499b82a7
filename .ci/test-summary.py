#!/usr/bin/env python3
"""Summarises one CI leg from the surefire reports of every module.

    python3 .ci/test-summary.py LEG_NAME NEWER_THAN_FILE [ROOT]

Reads */target/surefire-reports/TEST-*.xml under ROOT (default .) that are newer than
NEWER_THAN_FILE (touched when the leg started, so an earlier leg's reports are not counted again),
and prints one line with tests run / failed / errors / skipped, then the skipped tests grouped by
reason. Tests state their reason as a tag at the start of the assumption message, e.g.
assumeTrue(ok, "[no openssl] openssl is not on the PATH"); the tag is the group ([root], [no IPv6],
[JDK 17], ...). A skip without a tag is grouped under its message, so it stands out.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import OrderedDict


def reports(root, newer_than):
    for directory, _, files in os.walk(root):
        if not directory.endswith(os.path.join("target", "surefire-reports")):
            continue
        for name in sorted(files):
            path = os.path.join(directory, name)
            if name.startswith("TEST-") and name.endswith(".xml") and os.path.getmtime(path) >= newer_than:
                yield path


def reason_of(skipped):
    text = skipped.get("message") or ""
    if not text:
        lines = (skipped.text or "").strip().splitlines()
        text = lines[0] if lines else ""
    text = re.sub(r"^[\w.]+(Exception|Error): ", "", text)
    text = re.sub(r"^Assumption failed: ", "", text)
    tag = re.match(r"\[([^\]]+)\]", text)
    if tag:
        return "[" + tag.group(1) + "]"
    return "untagged: " + (text or "no message")


def main(leg, marker, root="."):
    newer_than = os.path.getmtime(marker)
    tests = failures = errors = skipped = 0
    modules = set()
    by_reason = OrderedDict()
    for path in reports(root, newer_than):
        parts = os.path.abspath(path).split(os.sep)
        modules.add(parts[parts.index("target") - 1] if "target" in parts else "?")
        suite = ET.parse(path).getroot()
        for case in suite.iter("testcase"):
            tests += 1
            if case.find("failure") is not None:
                failures += 1
            elif case.find("error") is not None:
                errors += 1
            skip = case.find("skipped")
            if skip is not None:
                skipped += 1
                name = case.get("classname", "?").rsplit(".", 1)[-1] + "." + case.get("name", "?")
                by_reason.setdefault(reason_of(skip), []).append(name)
    print(f"{leg}: {tests} tests run, {failures} failed, {errors} errors, {skipped} skipped"
          f" (modules: {', '.join(sorted(modules)) or 'none reported'})")
    for reason, names in sorted(by_reason.items()):
        shown = ", ".join(sorted(set(names))[:6]) + (", ..." if len(set(names)) > 6 else "")
        print(f"    skipped {reason}: {len(names)} ({shown})")


if __name__ == "__main__":
    main(*sys.argv[1:])
