"""Compares PMD's per-method cyclomatic and cognitive complexity (PMD's JSON report) with the engine's (report.json).

A method is matched by file, name and line (PMD's line is the method name's; so is the engine's start line). PMD's
cognitive rule reports methods of complexity 1 and more only, so a method PMD omits there has cognitive 0. A cognitive
difference is labelled with the cause the method's text suggests (else-if chains, logical-operator runs, a call on
another instance): a hint for reading the examples, not a proof.
Usage: compare.py pmd.json report.json corpus-dir
"""
import json, re, sys, collections

pmd_file, report_file, corpus = sys.argv[1], sys.argv[2], sys.argv[3].rstrip('/') + '/'
CYC = re.compile(r"^The (?:method|constructor) '([^'(]+)\(.*' has a cyclomatic complexity of (\d+)\.$")
COG = re.compile(r"^The (?:method|constructor) '([^'(]+)\(.*' has a cognitive complexity of (\d+)")
pmd = json.load(open(pmd_file))
cyc, cog, bodyless = {}, {}, set()
for f in pmd.get('files', []):
    path = f['filename']
    path = path[len(corpus):] if path.startswith(corpus) else path
    for v in f['violations']:
        key = (path, v['beginline'])
        if v['rule'] == 'BodylessMethod':
            bodyless.add(key)
            continue
        m = (CYC if v['rule'] == 'CyclomaticComplexity' else COG).match(v['description'])
        if not m:
            continue
        target = cyc if v['rule'] == 'CyclomaticComplexity' else cog
        target[(path, v['beginline'], m.group(1))] = int(m.group(2))
ours = {}
measured = set()
for f in json.load(open(report_file))['files']:
    measured.add(f['path'])
    for fn in f.get('functions', []):
        ours.setdefault((f['path'], fn['startLine'], fn['name']), fn)

sources = {}

def body(key, fn):
    if key[0] not in sources:
        with open(corpus + key[0], encoding='utf-8', errors='replace') as f:
            sources[key[0]] = f.read().split('\n')
    return '\n'.join(sources[key[0]][fn['startLine'] - 1:fn['endLine']])

def likely_cause(key, fn, diff):
    """What the method's text suggests behind a cognitive difference (a hint from the source, not a proof)."""
    text = body(key, fn)
    if diff < 0 and re.search(r'\belse\s+if\b', text):
        return ': else-if chain (PMD nests each later branch deeper)'
    if re.search(r'&&|\|\|', text) and (re.search(r'\bcase\b|->|\)\s*(&&|\|\|)\s*\(', text) or diff < 0):
        return ': logical-operator runs (PMD: one run per visit order)'
    if diff < 0 and re.search(r'\.\s*' + re.escape(key[2]) + r'\s*\(', text):
        return ': call on another instance (engine: no types)'
    return ': other'

def compare(metric, reference, default_zero):
    kinds, examples = collections.Counter(), collections.defaultdict(list)
    equal = 0
    keys = reference.keys() if not default_zero else cyc.keys()
    for key in keys:
        expected = reference.get(key, 0)
        mine = ours.get(key)
        if mine is None and key[0] not in measured:
            kind = 'missing: file not measured (announces itself as generated)'
        elif mine is None:
            kind = 'missing: body-less method' if (key[0], key[1]) in bodyless else 'missing: method with a body'
        elif mine[metric] == expected:
            equal += 1
            continue
        else:
            diff = mine[metric] - expected
            kind = ('engine higher' if diff > 0 else 'engine lower') + (' by 1' if abs(diff) == 1 else ' by 2-5' if abs(diff) <= 5 else ' by more than 5')
            if metric == 'cognitive':
                kind += likely_cause(key, mine, diff)
        kinds[kind] += 1
        if len(examples[kind]) < 5:
            examples[kind].append('%s:%d %s PMD %s engine %s' % (key[0], key[1], key[2], expected, '-' if mine is None else mine[metric]))
    total = len(keys)
    print('%s: %d of %d methods PMD reports equal (%.2f %%)' % (metric, equal, total, 100.0 * equal / max(total, 1)))
    for kind, n in kinds.most_common():
        print('  %-78s %6d   e.g. %s' % (kind, n, examples[kind][0]))
        for e in examples[kind][1:3]:
            print('  %-78s %6s        %s' % ('', '', e))

compare('cyclomatic', cyc, False)
compare('cognitive', cog, True)
