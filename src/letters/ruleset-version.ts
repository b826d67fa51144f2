/**
 * The one place letters import the ruleset version from (the receipt's `rulesetVersion`).
 */
export { RULESET_VERSION as LETTER_RULESET_VERSION } from '../rules/version';
