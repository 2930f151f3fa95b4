import { parsePolicy } from './parse-policy';
import { parseBoundary } from './parse-boundary';

const codes = (t: string) => parsePolicy(t).diagnostics.map((d) => [d.code, d.location.line, d.location.column]);

describe('parsePolicy', () => {
  it('parses effects, permission lists, all operators and both quote styles', () => {
    const { policy, diagnostics } = parsePolicy(`allow a:b:c, d:e:f where x:y = "1" and x:y != '2' AND t:t < "3" AND t:t > "4"
      AND l:l in ("a", 'b') AND l:l not In ("c") AND s:s startsWith "p" AND s:s NOT STARTSWITH "q" AND m:m MATCH ("x*");
      DENY g:h:i WHERE null`);
    expect(diagnostics).toEqual([]);
    expect(policy.statements).toHaveLength(2);
    const [s1, s2] = policy.statements;
    expect(s1?.effect).toBe('ALLOW');
    expect(s1?.permissions.map((p) => p.name)).toEqual(['a:b:c', 'd:e:f']);
    expect(s1?.conditions.map((c) => c.operator)).toEqual(['=', '!=', '<', '>', 'IN', 'NOT IN', 'startsWith', 'NOT startsWith', 'MATCH']);
    expect(s1?.conditions[1]?.values[0]).toMatchObject({ raw: '2', quote: "'" });
    expect(s2).toMatchObject({ effect: 'DENY', whereNull: true, conditions: [] });
  });

  it('tolerates a missing final semicolon and needs no spaces around operators', () => {
    const { policy, diagnostics } = parsePolicy('ALLOW storage:buckets:read WHERE storage:bucket-name="common_logs"');
    expect(diagnostics).toEqual([]);
    expect(policy.statements[0]?.conditions[0]?.values[0]?.raw).toBe('common_logs');
  });

  it('keeps comments anywhere and statements over several lines', () => {
    const { policy, diagnostics } = parsePolicy('// head\nALLOW\n// inside\n  a:b:c,\n  d:e:f; // tail\n// end\n');
    expect(diagnostics).toEqual([]);
    expect(policy.statements[0]).toMatchObject({ leadingComments: [' head', ' inside'], trailingComment: ' tail' });
    expect(policy.trailingComments).toEqual([' end']);
  });

  it('reads bind parameters and global placeholders inside values', () => {
    const v = parsePolicy('ALLOW a:b:c WHERE x:y IN ("${bindParam:mz-name}", "pre-${global:userId}");').policy.statements[0]?.conditions[0]?.values;
    expect(v?.[0]?.parts).toEqual([{ kind: 'bindParam', name: 'mz-name' }]);
    expect(v?.[1]?.parts).toEqual([{ kind: 'text', text: 'pre-' }, { kind: 'global', name: 'userId' }]);
  });

  it('collects every error with its location and recovers', () => {
    expect(codes('ALLOW a:b:c WHERE x = "1" OR y = "2";\nALLOW ;\nALLOW d:e:f WHERE x ~ "1";\nALLOW g:h:i\nALLOW j:k:l WHERE x IN ();')).toEqual([
      ['iam/parse/unsupported-or', 1, 27],
      ['iam/parse/missing-permission', 2, 1],
      ['iam/parse/unexpected-character', 3, 21],
      ['iam/parse/missing-semicolon', 4, 12],
      ['iam/parse/empty-list', 5, 24],
    ]);
  });

  it('reports a stray quote at its column', () => {
    expect(codes('ALLOW email:emails:send;"')).toEqual([['iam/parse/unterminated-string', 1, 25]]);
  });

  it('reports text that is not a statement', () => {
    expect(codes('hello world;\nALLOW a:b:c;')).toEqual([['iam/parse/unexpected-token', 1, 1]]);
  });

  it('caps the number of diagnostics', () => {
    expect(parsePolicy('~ '.repeat(5000)).diagnostics.length).toBeLessThanOrEqual(101);
  });
});

describe('parseBoundary', () => {
  it('parses one condition per line with comments and bind parameters', () => {
    const { boundary, diagnostics } = parseBoundary("storage:dt.security_context = '${bindParam:sc}';\n//storage:bucket-name = 'alpha';\nenvironment:management-zone startsWith \"[K8s]\"");
    expect(diagnostics).toEqual([]);
    expect(boundary.conditions.map((c) => c.name)).toEqual(['storage:dt.security_context', 'environment:management-zone']);
  });

  it('rejects AND, WHERE and statements', () => {
    const d = parseBoundary('a:b = "1" AND c:d = "2";\nWHERE e:f = "3";\nALLOW x:y:z;').diagnostics.map((x) => [x.code, x.location.line]);
    expect(d).toEqual([['iam/parse/boundary-and', 1], ['iam/parse/boundary-where', 2], ['iam/parse/boundary-statement', 3]]);
  });
});
