import { config } from 'zod';

/** Turns zod's JIT off for this process (see `parseOnlyOnce` in commands/shared.ts). */
export function zodJitless(): void {
  config({ jitless: true });
}

// Imported first by evaluate's one-file action bundle (actions/evaluate.ts): this runs before any
// schema of that bundle is built, and zod reads the setting when a schema is built.
zodJitless();

/** Always true; an action imports it so that the bundler keeps this module (and its call above). */
export const JITLESS = true;
