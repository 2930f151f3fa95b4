/** Naming rule: the object's name starts with the team prefix or matches the team pattern. */
import { compileNamingPattern } from '../../teams/naming-pattern';
import { ruleDiagnostic } from '../rule-diagnostic';
import type { Rule } from '../types';

export const namingRule: Rule = {
  name: 'naming',
  mode: (team) => team.naming?.mode ?? 'enforce',
  check(input) {
    const rule = input.team.naming;
    if (!rule || input.operation === 'delete') return [];
    const named = input.knowledge.nameOf(input.schemaId, input.after);
    if (!named) return [];
    if (rule.kind === 'prefix') {
      if (named.name.startsWith(rule.value)) return [];
      return [ruleDiagnostic('guardrail/naming/prefix', named.path, `name must start with \`${rule.value}\``, `rename it to \`${rule.value}${named.name}\``)];
    }
    const compiled = compileNamingPattern(rule.value);
    if (!compiled.ok) {
      return [ruleDiagnostic('guardrail/naming/unsafe-pattern', named.path, `the team's naming pattern is refused: ${compiled.reason}`,
        'ask an admin to fix the team mapping')];
    }
    if (compiled.test(named.name)) return [];
    return [ruleDiagnostic('guardrail/naming/pattern', named.path, `name must match \`${rule.value}\``,
      'rename the object to follow your team\'s naming convention')];
  },
};
