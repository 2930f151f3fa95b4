/**
 * Reading YAML the way Monaco does (Go `yaml.v2`, YAML 1.1: `yes`/`no` are booleans, `0777` is
 * octal; timestamps stay text, since Go decodes them into strings for untyped values), keeping
 * the source positions so a diagnostic can say on which line a field is.
 */
import { LineCounter, isNode, parseDocument, type Document, type Tags } from 'yaml';
import { error } from '../diagnostics';
import type { MacDiagnostic } from '../types';

export interface YamlSource {
  file: string;
  data: unknown;
  /** line/column of the node at a value path (`configs/0/config/name`), or of its closest parent */
  positionOf(path: string): { line?: number; column?: number };
}

// no timestamps: a date like 2025-01-05 stays the text it is
const withoutTimestamps = (tags: Tags): Tags => tags.filter((t) => typeof t === 'string' ? t !== 'timestamp' : t.tag !== 'tag:yaml.org,2002:timestamp');

function keyPath(path: string): Array<string | number> {
  return path === '' ? [] : path.split('/').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

export function readYaml(file: string, text: string): { source?: YamlSource; diagnostics: MacDiagnostic[] } {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { version: '1.1', customTags: withoutTimestamps, uniqueKeys: true, lineCounter, prettyErrors: false });
  } catch {
    return { diagnostics: [error('mac/parse/yaml', 'the YAML could not be read', { file })] };
  }
  if (doc.errors.length > 0) {
    return {
      diagnostics: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return error('mac/parse/yaml', `invalid YAML: ${e.message.split('\n')[0]!.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase())}`, { file, line: pos.line, column: pos.col });
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return { diagnostics: [error('mac/parse/yaml', 'the YAML uses too many aliases', { file })] };
  }
  const positionOf = (path: string) => {
    const keys = keyPath(path);
    for (let n = keys.length; n >= 0; n--) {
      const node: unknown = n === 0 ? doc.contents : doc.getIn(keys.slice(0, n), true);
      if (isNode(node) && node.range) {
        const p = lineCounter.linePos(node.range[0]);
        return { line: p.line, column: p.col };
      }
    }
    return {};
  };
  return { source: { file, data, positionOf }, diagnostics: [] };
}
