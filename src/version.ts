import pkg from '../package.json' with { type: 'json' };

/** The version of the pbi-jk package, written into every letter's decision receipt. */
export const PACKAGE_VERSION: string = pkg.version;
