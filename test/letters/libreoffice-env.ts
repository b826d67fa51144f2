/**
 * Whether this machine can run the LibreOffice letter tests: `soffice` on the PATH and the
 * Liberation fonts (Serif and Sans) known to fontconfig. Without the fonts LibreOffice falls back
 * to wider fonts and one-page letters become two, although nothing is wrong with them (issue 13
 * §11). `.ci/run` installs both, so CI always runs the assertions; elsewhere the tests skip with
 * the reason printed.
 *
 * @example
 * describe.skipIf(!libreOfficeReady())('LibreOffice opens every letter', () => { … });
 */
import { execFileSync } from 'node:child_process';

function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Families `fc-list` knows, or `undefined` when fontconfig is not there. */
function fontFamilies(): string | undefined {
  try {
    return execFileSync('fc-list', [':', 'family'], { encoding: 'utf8', timeout: 30_000 });
  } catch {
    return undefined;
  }
}

/** Why the LibreOffice tests cannot run here, or `undefined` when they can. */
export function libreOfficeMissing(): string | undefined {
  if (!has('soffice'))
    return 'LibreOffice (soffice) is not installed; CI installs libreoffice-writer to run these tests.';
  const families = fontFamilies();
  if (families === undefined)
    return 'fontconfig (fc-list) is not available to confirm the Liberation fonts; CI installs fonts-liberation2.';
  const missing = ['Liberation Serif', 'Liberation Sans'].filter(
    (family) => !families.includes(family),
  );
  if (missing.length > 0)
    return `the ${missing.join(' and ')} font${missing.length > 1 ? 's are' : ' is'} not installed, so LibreOffice would lay letters out with other fonts; CI installs fonts-liberation2.`;
  return undefined;
}

let answer: boolean | undefined;

/**
 * True when LibreOffice and the Liberation fonts are present; otherwise prints why the tests
 * that depend on them are skipped (once per test file) and returns false.
 */
export function libreOfficeReady(): boolean {
  if (answer !== undefined) return answer;
  const reason = libreOfficeMissing();
  if (reason) console.warn(`SKIPPED (LibreOffice tests): ${reason}`);
  answer = reason === undefined;
  return answer;
}

/** True when poppler's `pdfinfo` is present (page counts); the tests say when they skip it. */
export function pdfInfoReady(): boolean {
  return has('pdfinfo');
}
