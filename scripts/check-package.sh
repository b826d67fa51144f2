#!/usr/bin/env bash
# Package checks: the tarball installs into an empty project, ESM import and CJS require both
# work, types resolve under moduleResolution nodenext, publint and attw are clean, and the core
# bundles for the browser without Node built-ins.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

npm run build >/dev/null
tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
echo "package: $tarball ($(du -h "$work/$tarball" | cut -f1))"

npx publint --strict
npx attw --pack . --profile node16

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
cat > check.mts <<'TS'
import { CaseInput, type Decision, profiles } from 'pbi-jk';
const c: CaseInput = CaseInput.parse({} as unknown);
const d: Decision | undefined = undefined;
void c; void d; void profiles.magetan;
TS
cat > check.cts <<'TS'
import pbi = require('pbi-jk');
const p: pbi.Profile = pbi.profiles.garut;
void p;
TS
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "module": "nodenext", "moduleResolution": "nodenext", "strict": true, "noEmit": true, "skipLibCheck": false, "types": [] }, "files": ["check.mts", "check.cts"] }
JSON
npx tsc -p tsconfig.json && echo "types ok (nodenext)"

cd "$root"
npx esbuild src/index.ts --bundle --platform=browser --format=esm --log-level=error --outfile="$work/browser.js"
if grep -Eq "from ?['\"](node:|fs['\"]|path['\"]|crypto['\"])|require\\(['\"](node:|fs|path|crypto)" "$work/browser.js"; then
  echo "browser bundle refers to Node built-ins"; exit 1
fi
echo "browser bundle ok ($(du -h "$work/browser.js" | cut -f1))"
