/**
 * Escaping for every format the calculator emits. Each function turns arbitrary user text (zone
 * names, team names, descriptions) into a literal of its target language that cannot end the
 * literal early or start an interpolation: HCL template sequences `${` / `%{` are doubled, IAM
 * values are quoted with the quote they do not contain (the IAM language has no escape
 * sequences), identifiers are reduced to a safe alphabet.
 */

/** HCL quoted string literal; `${` and `%{` would start template interpolation, so they are doubled. */
export function hclString(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const code = text.charCodeAt(i);
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if ((ch === '$' || ch === '%') && text[i + 1] === '{') out += `${ch}${ch}`;
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `"${out}"`;
}

/**
 * HCL heredoc for multi-line text (policy statements read better than one escaped line). Heredocs
 * still interpolate, so `${`/`%{` are doubled; the delimiter is chosen so that no line of the
 * text equals it. Text with control characters other than newline/tab falls back to a quoted string.
 */
export function hclMultiline(text: string, indent = ''): string {
  const normalized = text.replace(/\r\n/g, '\n').replace(/\n$/, '');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/.test(normalized)) return hclString(text);
  const lines = normalized.split('\n');
  let delimiter = 'EOT';
  for (let n = 1; lines.some((l) => l.trim() === delimiter); n++) delimiter = `EOT${n}`;
  const body = lines.map((l) => `${indent}  ${l.replace(/([$%])\{/g, '$1$1{')}`).join('\n');
  return `<<-${delimiter}\n${body}\n${indent}${delimiter}`;
}

/** A Terraform resource name (`[a-z_][a-z0-9_]*`), unique within `used`. */
export function terraformName(text: string, used: Set<string>): string {
  let base = text.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  if (base === '' || /^[0-9]/.test(base)) base = `r_${base}`;
  base = base.slice(0, 60);
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
  used.add(name);
  return name;
}

/** A Monaco config id (`[a-z0-9-]`), unique within `used`. */
export function monacoId(text: string, used: Set<string>): string {
  let base = text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (base === '') base = 'config';
  base = base.slice(0, 60);
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/**
 * An IAM condition value in quotes, or undefined when the value cannot be written at all
 * (line breaks, both quote characters, or `${` which IAM would read as a placeholder).
 */
export function iamQuoted(value: string): string | undefined {
  if (iamValueProblem(value) !== undefined) return undefined;
  return value.includes('"') ? `'${value}'` : `"${value}"`;
}

/** Why a literal value cannot be placed in IAM statement text, or undefined when it can. */
export function iamValueProblem(value: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(value)) return 'contains a line break or control character';
  if (value.includes('"') && value.includes("'")) return 'contains both `"` and `\'` (IAM values have no escape sequences)';
  if (value.includes('${')) return 'contains `${`, which IAM reads as a placeholder';
  return undefined;
}

/** True when the text has control characters that no name or id should carry. */
export function hasControlCharacters(text: string, allowNewline = false): boolean {
  // eslint-disable-next-line no-control-regex
  const re = allowNewline ? /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/ : /[\u0000-\u001f\u007f\u2028\u2029]/;
  return re.test(text);
}

/** Text for a `#` / `//` comment line: control characters and line breaks become spaces, so nothing leaves the comment. */
export function commentText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, ' ');
}
