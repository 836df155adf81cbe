"""Draw the findings sample: 30 findings of a report.json at random (every finding when it has fewer), as a TSV to label.

    python3 sample.py <out>/report.json <codebase>-after.tsv

The findings are taken in report.json's order (by location); the draw is random.seed(11), random.sample.
"""
import json
import random
import sys

report, out = sys.argv[1], sys.argv[2]
findings = json.load(open(report))['findings']
random.seed(11)
picked = random.sample(range(len(findings)), 30) if len(findings) > 30 else list(range(len(findings)))
with open(out, 'w') as tsv:
    tsv.write('index\trule\tseverity\trole\tlocation\tlabel\treason\tmessage\n')
    for i, k in enumerate(picked):
        f = findings[k]
        tsv.write(f"{i}\t{f['ruleKey']}\t{f['severity']}\t{f['role']}\t{f['path']}:{f['startLine']}-{f['endLine']}\t\t\t"
                  f"{f['message']}\n")
print(len(findings))
