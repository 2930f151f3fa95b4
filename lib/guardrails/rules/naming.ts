/** Naming rule: the object's name starts with the team prefix or matches the team pattern. */
import { compileNamingPattern } from '../../teams/naming-pattern';
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
      return [{
        code: 'guardrail/naming/prefix', path: named.path,
        message: `name must start with \`${rule.value}\``,
        help: `rename it to \`${rule.value}${named.name}\``,
      }];
    }
    const compiled = compileNamingPattern(rule.value);
    if (!compiled.ok) {
      return [{ code: 'guardrail/naming/unsafe-pattern', path: named.path, alwaysEnforce: true, message: `the team's naming pattern is refused: ${compiled.reason}`, help: 'ask an admin to fix the team mapping' }];
    }
    if (compiled.test(named.name)) return [];
    return [{ code: 'guardrail/naming/pattern', path: named.path, message: `name must match \`${rule.value}\``, help: 'rename the object to follow your team\'s naming convention' }];
  },
};
