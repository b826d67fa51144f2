import { config } from 'zod';

/** Turns zod's JIT off for this process (see `parseOnlyOnce` in commands/shared.ts). */
export function zodJitless(): void {
  config({ jitless: true });
}
