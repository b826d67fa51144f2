#!/usr/bin/env bash
# Package checks: the tarball installs into an empty project, ESM import and CJS require both
# work for the root and every subpath (pbi-jk/rules, /letters, /rulebook), types resolve under
# moduleResolution nodenext, publint and attw are clean, the core bundles for the browser without
# Node built-ins, and the browser bundles stay within generous bounds of their targets.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

npm run build >/dev/null
tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
echo "package: $tarball ($(du -h "$work/$tarball" | cut -f1))"

npx publint --strict
npx attw --pack .

mkdir -p "$work/app" && cd "$work/app"
cat > package.json <<JSON
{ "name": "app", "version": "1.0.0", "private": true, "type": "module" }
JSON
npm install --no-audit --no-fund --silent "$work/$tarball" typescript@5.9 @types/node@20 >/dev/null
node --input-type=module -e "
  const m = await import('pbi-jk');
  for (const k of ['evaluate','renderLetter','renderRuleBook','exportTemplate','checkTemplate','profiles','defineProfile','CaseInput','ValidationError'])
    if (!(k in m)) { console.error('ESM export missing: ' + k); process.exit(1); }
  console.log('import ok');"
node -e "
  const m = require('pbi-jk');
  if (typeof m.CaseInput?.safeParse !== 'function') { console.error('require failed'); process.exit(1); }
  console.log('require ok');"
# Every subpath, both builds; the rule book's Word writer is a lazily loaded chunk: load it.
node --input-type=module -e "
  const want = { rules: ['evaluate','validateCase','profiles','defineProfile','CaseInput','ValidationError'],
                 letters: ['renderLetter','exportTemplate','checkTemplate','ValidationError'],
                 rulebook: ['renderRuleBook','ValidationError'] };
  const { createRequire } = await import('node:module');
  const require = createRequire(process.cwd() + '/');
  for (const [sub, names] of Object.entries(want)) {
    const esm = await import('pbi-jk/' + sub), cjs = require('pbi-jk/' + sub);
    for (const k of names) if (!(k in esm) || !(k in cjs)) { console.error('pbi-jk/' + sub + ' lacks ' + k); process.exit(1); }
  }
  for (const m of [await import('pbi-jk/rulebook'), require('pbi-jk/rulebook')]) {
    const docx = await m.renderRuleBook({ profile: 'magetan', format: 'docx' });
    if (!(docx instanceof Uint8Array) || docx[0] !== 0x50) { console.error('rule book .docx failed'); process.exit(1); }
  }
  const root = require('pbi-jk');
  try { await (await import('pbi-jk')).evaluate(null, { profile: 'magetan' }); } catch (e) {
    if (!root.ValidationError.is(e) || e instanceof root.ValidationError) { console.error('ValidationError.is failed across builds'); process.exit(1); }
  }
  console.log('subpaths ok (pbi-jk/rules, pbi-jk/letters, pbi-jk/rulebook; ESM and CJS)');"
cat > check.mts <<'TS'
import { CaseInput, type Decision, profiles } from 'pbi-jk';
const c: CaseInput = CaseInput.parse({} as unknown);
const d: Decision | undefined = undefined;
void c; void d; void profiles.magetan;
TS
cat > check-subpaths.mts <<'TS'
import { evaluate, validateCase, type ValidationIssue } from 'pbi-jk/rules';
import { renderLetter } from 'pbi-jk/letters';
import { renderRuleBook } from 'pbi-jk/rulebook';
const issues: ValidationIssue[] = validateCase({});
void evaluate; void renderLetter; void renderRuleBook; void issues;
TS
cat > check.cts <<'TS'
import pbi = require('pbi-jk');
const p: pbi.Profile = pbi.profiles.garut;
void p;
TS
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "module": "nodenext", "moduleResolution": "nodenext", "strict": true, "noEmit": true, "skipLibCheck": false, "types": [] }, "files": ["check.mts", "check.cts", "check-subpaths.mts"] }
JSON
npx tsc -p tsconfig.json && echo "types ok (nodenext)"

cd "$root"
for entry in src/index.ts src/entry/rules.ts src/entry/letters.ts src/entry/rulebook.ts; do
  # platform=browser: esbuild fails on a Node built-in it cannot resolve; grep for any it kept.
  npx esbuild "$entry" --bundle --platform=browser --format=esm --log-level=error --outfile="$work/browser.js"
  if grep -Eq "from ?['\"](node:|fs['\"]|path['\"]|crypto['\"])|require\\(['\"](node:|fs|path|crypto)" "$work/browser.js"; then
    echo "browser bundle of $entry refers to Node built-ins"; exit 1
  fi
done
echo "browser bundles ok: no Node built-ins in the root, rules, letters or rulebook entries"

# Bundle sizes (npm run bench prints them): bounds a little above today's figures (evaluate ~74 KB
# gzip against a target of 80, the whole core ~208 against 250), to catch a regression such as the
# Word libraries, jsonpath-plus or the base64 templates coming back into a page that does not use them.
node bench/bundle.mjs --json > "$work/bundle.json"
node --input-type=module -e "
  import { readFileSync } from 'node:fs';
  const f = JSON.parse(readFileSync('$work/bundle.json', 'utf8'));
  const kb = (n) => n / 1024;
  const limits = { 'evaluate (root)': 80, 'evaluate (pbi-jk/rules)': 80, 'validateCase (pbi-jk/rules)': 45,
                   'renderLetter (pbi-jk/letters)': 195, 'renderRuleBook (pbi-jk/rulebook)': 105, 'whole core (root)': 230 };
  let bad = 0;
  for (const [name, max] of Object.entries(limits)) {
    const got = f[name];
    if (!got) { console.error('bundle not measured: ' + name); bad++; continue; }
    const size = kb(got.initialGzip);
    console.log('bundle ' + name + ': ' + size.toFixed(1) + ' KB gzip (limit ' + max + ')');
    if (size > max) { console.error('  too big'); bad++; }
  }
  process.exit(bad ? 1 : 0);"
