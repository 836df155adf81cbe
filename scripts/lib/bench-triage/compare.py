#!/usr/bin/env python3
"""Share of actionable findings at the top of the plan before and after triage, on a labelled sample.

compare.py <labels.tsv> <report.json without triage> <report.json with triage>

Findings are ranked as the engine's plan ranks them (priority, then the rule's precision, path, line, rule key)
and matched to the labels by
fingerprint. For the top 10 and 20 of each report: how many are labelled actionable, not actionable, or carry no
label (a finding from below the labelled sample that rose because labelled ones above it were lowered). Then how
the verdicts of the triage agree with the labels.
"""
import csv
import json
import os
import sys


PRECISION = ["very-high", "high", "medium", "low"]


def ranked(path):
    """The findings in the plan's order (the engine's Scoring.prioritise): priority, the rule's precision (read from
    report.sarif beside report.json), path, line, rule key."""
    with open(path, encoding="utf-8") as f:
        findings = json.load(f)["findings"]
    with open(os.path.join(os.path.dirname(path), "report.sarif"), encoding="utf-8") as f:
        rules = json.load(f)["runs"][0]["tool"]["driver"]["rules"]
    precision = {r["id"]: PRECISION.index(r.get("properties", {}).get("precision", "medium")) for r in rules}
    return sorted(findings, key=lambda f: (-f["priority"], precision.get(f["ruleKey"], 2), f["path"], f["startLine"],
                                           f["ruleKey"]))


def labels(path):
    with open(path, encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return {row["fingerprint"]: row["label"] for row in rows}


def top(findings, labelled, n):
    counts = {"actionable": 0, "not": 0, "unlabelled": 0}
    for finding in findings[:n]:
        counts[labelled.get(finding["fingerprint"], "unlabelled")] += 1
    return counts


def main(label_file, before_file, after_file):
    labelled = labels(label_file)
    before, after = ranked(before_file), ranked(after_file)
    sample = sum(1 for label in labelled.values() if label == "actionable")
    print(f"labelled sample: {len(labelled)} findings, {sample} actionable ({sample / len(labelled):.0%})")
    for n in (10, 20):
        b, a = top(before, labelled, n), top(after, labelled, n)
        print(f"top {n:2d}: actionable {b['actionable']:2d}/{n} ({b['actionable'] / n:4.0%}) before triage, "
              f"{a['actionable']:2d}/{n} ({a['actionable'] / n:4.0%}) after"
              + (f"; {a['unlabelled']} unlabelled after" if a["unlabelled"] else ""))
    judged = {f["fingerprint"]: f for f in after if f["fingerprint"] in labelled}
    lowered = [fp for fp, f in judged.items() if f.get("confidence", 1) < 1]
    right = sum(1 for fp in lowered if labelled[fp] == "not")
    wrong = len(lowered) - right
    print(f"verdicts 'not actionable': {len(lowered)} ({right} labelled not actionable, {wrong} labelled actionable)")
    missing = [fp for fp in labelled if fp not in judged]
    if missing:
        print(f"{len(missing)} labelled findings are not in the report (the code or the rules changed)")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: compare.py <labels.tsv> <before/report.json> <after/report.json>")
    main(*sys.argv[1:])
