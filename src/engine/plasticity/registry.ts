import { covarianceRule } from './covariance.js';
import { deltaRule } from './delta.js';
import { RuleRegistry } from './rule.js';
import { stdpRule } from './stdp.js';

/** A registry holding the built-in rules (stdp, covariance, delta); add your own with `register`. */
export function createRuleRegistry(): RuleRegistry {
  return new RuleRegistry().register(stdpRule).register(covarianceRule).register(deltaRule);
}
