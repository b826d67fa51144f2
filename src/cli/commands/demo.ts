import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { ValidationError } from '../../errors/validation-error';
import type { Locale } from '../../i18n/locale';
import { maskId } from '../../identifiers/mask';
import type { ProfileId } from '../../profiles/index';
import type { CaseInput } from '../../schemas/case-input';
import type { Decision, Outcome } from '../../schemas/decision';
import { InputError } from '../errors';
import { parseJson, writeOutput } from '../io';
import { messagesFor } from '../messages';
import { CLI_PROFILE_IDS as PROFILE_IDS } from '../profile-ids';
import { examples, localeOption, runAction, say } from './shared';

/** The bundled sample cases: `examples/cases/<profile>/*.json` in the installed package. */
export function bundledCasesDir(): string {
  return fileURLToPath(new URL('../examples/cases/', import.meta.url));
}

type DemoCase = {
  file: string;
  input: CaseInput;
  decision: Decision;
  /** Absent when the office's own checks are pending: no letter goes to the applicant. */
  letterFile?: string;
  number?: string;
};

/** Whether renderLetter refused a letter because the office's checks are pending (SPEC §3). */
export function isChecksPending(e: unknown): boolean {
  return (
    (e instanceof ValidationError || (e as Error)?.name === 'ValidationError') &&
    (e as ValidationError).issues.some((i) => (i.code as string) === 'checks-pending')
  );
}

/** Registers `pbi-jk demo`. */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'run the bundled sample cases of every profile / jalankan contoh kasus semua profil',
    )
    .option('--out <dir>', 'output folder', 'pbi-jk-demo')
    .addOption(localeOption())
    .addHelpText('after', examples(['npx pbi-jk demo', 'pbi-jk demo --out contoh --locale en']))
    .action((o: { out: string; locale: Locale }) =>
      runAction(o.locale, async () => {
        const m = messagesFor(o.locale);
        const casesDir = bundledCasesDir();
        if (!existsSync(casesDir)) throw new InputError(m.fileNotFound(casesDir));
        const out = resolve(o.out);
        const { renderRuleBook } = await import('../api');
        const { formatCitation } = await import('../explain');
        const { profiles } = await import('../../profiles/index');
        const summary: string[] = [];
        summary.push(o.locale === 'id' ? '# Ringkasan demo pbi-jk' : '# pbi-jk demo summary', '');
        for (const profileId of PROFILE_IDS) {
          const dir = join(casesDir, profileId);
          if (!existsSync(dir)) continue;
          const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
          const done = await runProfile(profileId, dir, files, out, o.locale);
          const counts: Record<Outcome, number> = { eligible: 0, incomplete: 0, ineligible: 0 };
          for (const c of done) counts[c.decision.outcome]++;
          say(m.demoProfile({ profile: profileId, cases: done.length, ...counts }));
          summary.push(
            ...summarize(profileId, done, o.locale, formatCitation, profiles[profileId].name),
          );
          for (const format of ['md', 'docx'] as const) {
            const book = await renderRuleBook({ profile: profileId, format, locale: o.locale });
            await writeOutput(join(out, 'buku-aturan', `${profileId}.${format}`), book);
          }
        }
        await writeOutput(join(out, 'ringkasan.md'), `${summary.join('\n')}\n`);
        say(`\n${m.demoDone(out)}`);
      }),
    );
}

async function runProfile(
  profileId: ProfileId,
  dir: string,
  files: string[],
  out: string,
  locale: Locale,
): Promise<DemoCase[]> {
  const { evaluate, renderLetter } = await import('../api');
  const { formatLetterNumber } = await import('../letter-number');
  const { CaseInput } = await import('../../schemas/case-input');
  const { profiles } = await import('../../profiles/index');
  const done: DemoCase[] = [];
  let serial = 1;
  for (const file of files) {
    const raw = parseJson(await readFile(join(dir, file), 'utf8'), locale);
    const decision = await evaluate(raw, { profile: profileId, locale });
    const input = CaseInput.parse(raw);
    const base = file.replace(/\.json$/, '');
    await writeOutput(
      join(out, 'keputusan', profileId, `${base}.json`),
      `${JSON.stringify(decision, null, 2)}\n`,
    );
    const number = formatLetterNumber(
      profiles[profileId].letterNumberPattern,
      serial,
      input.receivedOn,
    );
    let letter: Uint8Array;
    try {
      letter = await renderLetter({
        case: input,
        decision,
        profile: profileId,
        locale,
        letter: { number, date: input.receivedOn },
      });
    } catch (e) {
      if (!isChecksPending(e)) throw e;
      done.push({ file: base, input, decision });
      continue;
    }
    serial++;
    const letterFile = `surat/${profileId}/${base}.docx`;
    await writeOutput(join(out, letterFile), letter);
    done.push({ file: base, input, decision, letterFile, number });
  }
  return done;
}

function summarize(
  profileId: ProfileId,
  done: DemoCase[],
  locale: Locale,
  formatCitation: typeof import('../explain').formatCitation,
  profileName: string,
): string[] {
  const m = messagesFor(locale);
  const lines: string[] = [`## ${profileName} (\`${profileId}\`)`, ''];
  for (const c of done) {
    const d = c.decision;
    lines.push(
      `### ${c.file}: ${c.input.applicant.name} (NIK ${maskId(c.input.applicant.nik)})`,
      '',
    );
    lines.push(
      `- ${m.service}: ${d.service} · ${m.asOf}: ${d.asOf} · ${m.regime}: ${d.regime}`,
      `- **${m.outcomeLabel}: ${m.outcome[d.outcome]}** (\`${d.outcome}\`)`,
      c.letterFile
        ? `- ${locale === 'id' ? 'Surat' : 'Letter'}: [${c.letterFile}](${c.letterFile}) — ${c.number}`
        : `- ${locale === 'id' ? 'Surat: tidak ada — pemeriksaan kantor belum selesai' : 'Letter: none — office checks pending'}`,
    );
    if (d.reasons.length) {
      lines.push(`- ${m.reasons}:`);
      for (const r of d.reasons) {
        lines.push(`  - \`${r.code}\` (${m.kind[r.kind]}): ${r.message}`);
        for (const cit of r.legalBasis)
          lines.push(`    - ${m.legalBasis}: ${formatCitation(cit, locale)}`);
      }
    }
    if (d.missingDocuments.length)
      lines.push(`- ${m.missingDocuments}: ${d.missingDocuments.join(', ')}`);
    if (d.nextSteps.length) {
      lines.push(`- ${m.nextSteps}:`);
      for (const s of d.nextSteps) lines.push(`  - ${s.message}`);
    }
    lines.push('');
  }
  return lines;
}
