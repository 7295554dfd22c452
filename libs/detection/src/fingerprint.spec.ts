import { computeRulesetFingerprint, rulesetFingerprint, ruleVersions, stableStringify } from './fingerprint';

describe('ruleset fingerprint', () => {
  it('is deterministic and changes with the rule versions', () => {
    expect(rulesetFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(computeRulesetFingerprint()).toBe(rulesetFingerprint());
    expect(ruleVersions()).toContain('rsa@2026.1');
    expect(computeRulesetFingerprint([...ruleVersions(), 'rsa@2099.1'])).not.toBe(rulesetFingerprint());
  });

  it('serialises objects independently of key order', () => {
    expect(stableStringify({ b: 1, a: [Infinity, { d: null, c: 'x' }] })).toBe(stableStringify({ a: [Infinity, { c: 'x', d: null }], b: 1 }));
    expect(stableStringify([Infinity])).not.toBe(stableStringify([null]));
  });
});
