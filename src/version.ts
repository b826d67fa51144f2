// A named import, so a bundler inlines the version string alone, not the whole package.json.
import { version } from '../package.json';

/** The version of the pbi-jk package, written into every letter's decision receipt. */
export const PACKAGE_VERSION: string = version;
