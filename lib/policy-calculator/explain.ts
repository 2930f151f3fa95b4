/**
 * "Each statement explained": for every statement of a policy, the why-comment written above it
 * (the generator writes one per statement), what each permission does according to the IAM
 * permission catalog, and each condition in words. Pure reading of the parsed AST.
 */
import { formatStatement, parsePolicy, permissionCatalog } from '../iam';

export interface StatementExplanation {
  line: number;
  effect: 'ALLOW' | 'DENY';
  statement: string;
  why: string[];
  permissions: Array<{ name: string; description: string }>;
  conditions: string[];
}

const OPERATOR_WORDS: Record<string, string> = {
  '=': 'is', '!=': 'is not', IN: 'is one of', 'NOT IN': 'is none of', startsWith: 'starts with',
  'NOT startsWith': 'does not start with', MATCH: 'matches', '<': 'is before', '>': 'is after',
};

export function explainPolicy(text: string): StatementExplanation[] {
  const { policy } = parsePolicy(text);
  return policy.statements.map((s) => ({
    line: s.span.line,
    effect: s.effect,
    statement: formatStatement(s, Number.MAX_SAFE_INTEGER),
    why: s.leadingComments.map((c) => c.trim()).filter((c) => c.length > 0),
    permissions: s.permissions.map((p) => ({ name: p.name, description: permissionCatalog.permission(p.name)?.description ?? 'not in the permission catalog' })),
    conditions: s.conditions.length === 0
      ? [s.effect === 'ALLOW' ? 'no condition: granted everywhere' : 'no condition: denied everywhere']
      : s.conditions.map((c) => `${c.name} ${OPERATOR_WORDS[c.operator] ?? c.operator} ${c.values.map((v) => `"${v.raw}"`).join(', ')}`),
  }));
}
