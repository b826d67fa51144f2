// npm run bench: builds, then runs every benchmark present and prints ratios and throughput.
import { existsSync } from 'node:fs';

const benches = ['evaluate', 'letter', 'batch', 'bundle'];
for (const name of benches) {
  const file = new URL(`./${name}.mjs`, import.meta.url);
  if (!existsSync(file)) continue;
  const mod = await import(file.href);
  await mod.run();
}
