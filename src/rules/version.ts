/**
 * Version of the ruleset (rules, parameters, citations, profiles). Bump it with every change to
 * the rule data; a test compares a fingerprint of the data with the one recorded for this version.
 */
export const RULESET_VERSION = '2026.12.1';
