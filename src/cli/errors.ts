/**
 * A problem with what the user gave the command line (a missing file, a file that is not JSON):
 * exit code 1, printed as one masked line.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** A wrong use of the command line found after commander parsed it: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
