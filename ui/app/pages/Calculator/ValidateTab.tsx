/**
 * Validate: paste a policy or a boundary; findings from lib/iam's validator are listed with
 * line:column, message and help, selected in the editor on click, and did-you-mean suggestions
 * are buttons that replace the flagged range. Findings are also underlined in the editor, with
 * their message on hover (see editorDiagnostics.ts).
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { CodeEditor, type CodeEditorRef } from '@dynatrace/strato-components/editors';
import { FormField, Label, Radio, RadioGroup } from '@dynatrace/strato-components/forms';
import { Flex } from '@dynatrace/strato-components/layouts';
import { Paragraph, Strong, Text } from '@dynatrace/strato-components/typography';
import React, { useMemo, useRef, useState } from 'react';
import { validateBoundary, validatePolicy, type IamDiagnostic } from '../../../../lib/iam';
import { offsetOf, useEditorFindings } from './editorDiagnostics';


const EXAMPLE = 'ALLOW settings:objects:wirte WHERE settings:schemaId = "builtin:alerting.profile"\n  AND environment:management-zone = "Checkout";\n';

export function applySuggestion(text: string, f: IamDiagnostic, suggestion: string): string {
  const from = offsetOf(text, f.location.line, f.location.column);
  const to = offsetOf(text, f.location.endLine, f.location.endColumn);
  return text.slice(0, from) + suggestion + text.slice(to);
}

export function ValidateTab() {
  const [kind, setKind] = useState<'policy' | 'boundary'>('policy');
  const [text, setText] = useState(EXAMPLE);
  const editor = useRef<CodeEditorRef>(null);
  const findings = useMemo(() => (kind === 'policy' ? validatePolicy(text) : validateBoundary(text)), [kind, text]);
  const errors = findings.filter((f) => f.severity === 'error').length;
  useEditorFindings(editor, text, findings);
  const locate = ({ location: at }: IamDiagnostic) => {
    editor.current?.focus();
    editor.current?.selectRange({ from: offsetOf(text, at.line, at.column), to: offsetOf(text, at.endLine, at.endColumn) });
  };
  return (
    <Flex flexDirection="column" gap={12}>
      <FormField>
        <Label>Text kind</Label>
        <RadioGroup value={kind} onChange={(v) => setKind(v as 'policy' | 'boundary')} name="validate-kind">
          <Radio value="policy">Policy</Radio>
          <Radio value="boundary">Boundary</Radio>
        </RadioGroup>
      </FormField>
      <div role="group" aria-label="Policy or boundary to validate" data-testid="validate-editor">
        <CodeEditor ref={editor} value={text} onChange={setText} language="other" aria-label="Policy or boundary text" />
      </div>
      <div role="status"><Paragraph>{findings.length === 0 ? 'No findings: the text is valid.' : `${errors} error(s), ${findings.length - errors} other finding(s)`}</Paragraph></div>
      <ul aria-label="Findings" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {findings.map((f, i) => (
          <li key={`${f.code}-${f.location.line}-${f.location.column}-${i}`} aria-label={`${f.severity} at line ${f.location.line} column ${f.location.column}`}>
            <Flex flexDirection="column" gap={4} padding={8}>
              <Flex gap={8} alignItems="center" flexWrap="wrap">
                <Button variant="default" onClick={() => locate(f)} aria-label={`Show ${f.severity} at ${f.location.line}:${f.location.column} in the editor`}>
                  {f.location.line}:{f.location.column}
                </Button>
                <Strong>{f.severity}</Strong>
                <Text>{f.message}</Text>
                <Text textStyle="small">({f.code})</Text>
              </Flex>
              {f.help && <Text>{f.help}</Text>}
              {(f.suggestions ?? []).length > 0 && (
                <Flex gap={8} alignItems="center">
                  <Text>Did you mean</Text>
                  {(f.suggestions ?? []).slice(0, 3).map((s) => (
                    <Button key={s} variant="emphasized" onClick={() => setText(applySuggestion(text, f, s))} aria-label={`Replace with ${s}`}>{s}</Button>
                  ))}
                </Flex>
              )}
            </Flex>
          </li>
        ))}
      </ul>
    </Flex>
  );
}
