import { type Command, Option } from 'commander';
import type { Locale } from '../../i18n/locale';
import type { ProfileId } from '../../profiles/index';
import { examples, localeOption, profileOption, runAction } from './shared';

/** Options of `pbi-jk desk`. */
export type DeskCommandOptions = {
  port: string;
  profile?: ProfileId;
  profileFile?: string;
  open?: boolean;
  locale: Locale;
};

/** Registers `pbi-jk desk`. */
export function registerDesk(program: Command): void {
  program
    .command('desk')
    .description(
      'serve the front desk page on 127.0.0.1 / buka meja layanan di peramban (hanya komputer ini)',
    )
    .addOption(new Option('--port <n>', 'port on 127.0.0.1 (0: any free port)').default('8787'))
    .addOption(profileOption(false))
    .addOption(
      new Option('--profile-file <file>', 'office profile JSON { base, overrides }').conflicts(
        'profile',
      ),
    )
    .option('--open', 'open the page in the default browser / buka di peramban')
    .addOption(localeOption())
    .addHelpText(
      'after',
      examples([
        'pbi-jk desk --profile magetan --open',
        'pbi-jk desk --profile-file kantor.json --port 8080',
      ]),
    )
    .action((o: DeskCommandOptions) =>
      runAction(o.locale, async () => (await import('../desk-server')).runDesk(o)),
    );
}
