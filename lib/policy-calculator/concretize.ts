/**
 * Turns a templated policy plus one binding's parameters into concrete statement text. Needed
 * for Monaco, whose account bindings have no parameter field, and for showing admins what a
 * binding means. Substitution happens on the parsed AST (never by string replacement), and the
 * result is quoted with `iamQuoted`, so a parameter value cannot add statements or conditions.
 */
import { formatStatement, parsePolicy } from '../iam';
import type { Value } from '../iam';
import { iamValueProblem } from './escape';

export type ConcretizeResult = { ok: true; text: string } | { ok: false; message: string };

export function concretizePolicy(text: string, parameters: Readonly<Record<string, string>>): ConcretizeResult {
  const { policy, diagnostics } = parsePolicy(text);
  if (diagnostics.length > 0) return { ok: false, message: 'policy text does not parse' };
  const out: string[] = [];
  for (const s of policy.statements) {
    const conditions = [];
    for (const c of s.conditions) {
      const values: Value[] = [];
      for (const v of c.values) {
        let raw = '';
        for (const p of v.parts) {
          if (p.kind === 'text') raw += p.text;
          else if (p.kind === 'global') raw += `\${global:${p.name}}`;
          else {
            const val = Object.prototype.hasOwnProperty.call(parameters, p.name) ? parameters[p.name] : undefined;
            if (typeof val !== 'string') return { ok: false, message: `no value for bind parameter \`${p.name}\`` };
            const problem = iamValueProblem(val);
            if (problem !== undefined) return { ok: false, message: `value of \`${p.name}\` ${problem}` };
            raw += val;
          }
        }
        if (raw.includes('"') && raw.includes("'")) return { ok: false, message: 'a substituted value holds both quote characters' };
        values.push({ ...v, raw, parts: [{ kind: 'text', text: raw }] });
      }
      conditions.push({ ...c, values });
    }
    for (const comment of s.leadingComments) out.push(`// ${comment.trim()}`);
    out.push(formatStatement({ ...s, conditions }));
  }
  return { ok: true, text: `${out.join('\n')}\n` };
}
