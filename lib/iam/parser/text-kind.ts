/**
 * Tells a policy from a boundary by its first token: a policy starts with `ALLOW` or `DENY`, a
 * boundary with a condition name (`environment:management-zone …`). Comments and blank lines
 * before it do not count. Text that starts with anything else is a policy, so that it gets the
 * policy parser's error ("a statement starts with `ALLOW` or `DENY`").
 */
import { tokenize } from './lexer';
import { keywordOf } from './cursor';

export type TextKind = 'policy' | 'boundary';

export function textKind(text: string): TextKind {
  const first = tokenize(typeof text === 'string' ? text : '').tokens[0];
  if (!first || first.kind !== 'word' || keywordOf(first)) return 'policy';
  return first.text.includes(':') ? 'boundary' : 'policy';
}
