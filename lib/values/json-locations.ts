/**
 * Where each value path starts in a JSON text: a property at its key, a list item at its value,
 * so an editor can mark the line a message is about. A single pass over the text that tracks
 * the path it is in; it never throws and answers what it found up to the first syntax error
 * (a text that does not parse has no trustworthy locations after that point anyway).
 */

/** 0-based offsets by dotted value path ('' = the whole value). */
export function jsonPathOffsets(text: string): Map<string, number> {
  const out = new Map<string, number>();
  // each open container: its path, whether it is an array, and the next index / the pending key
  const stack: Array<{ path: string; array: boolean; index: number; key: string | undefined; keyAt: number }> = [];
  const childPath = (parent: string, key: string | number) => (parent === '' ? String(key) : `${parent}.${key}`);
  let i = 0;

  /** Records where the value starting at `at` is, as the current container's next child. */
  const enterValue = (at: number): string => {
    const top = stack[stack.length - 1];
    if (!top) {
      out.set('', at);
      return '';
    }
    if (top.array) {
      const path = childPath(top.path, top.index++);
      out.set(path, at);
      return path;
    }
    const path = childPath(top.path, top.key ?? '');
    out.set(path, top.keyAt);
    top.key = undefined;
    return path;
  };

  const readString = (): string | undefined => {
    let value = '';
    i++; // opening quote
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') { i++; return value; }
      if (c === '\\') {
        const n = text[i + 1];
        if (n === 'u') { value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16) || 0); i += 6; continue; }
        value += n === 'n' ? '\n' : n === 't' ? '\t' : n ?? '';
        i += 2;
        continue;
      }
      value += c;
      i++;
    }
    return undefined;
  };

  while (i < text.length) {
    const c = text[i]!;
    const top = stack[stack.length - 1];
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === ',' || c === ':') { i++; continue; }
    if (c === '}' || c === ']') { stack.pop(); i++; continue; }
    if (c === '"' && top && !top.array && top.key === undefined) {
      const at = i;
      const key = readString();
      if (key === undefined) break;
      top.key = key;
      top.keyAt = at;
      continue;
    }
    const at = i;
    const path = enterValue(at);
    if (c === '{' || c === '[') {
      stack.push({ path, array: c === '[', index: 0, key: undefined, keyAt: at });
      i++;
    } else if (c === '"') {
      if (readString() === undefined) break;
    } else {
      // a number, true, false or null: up to the next delimiter
      while (i < text.length && !',}] \n\r\t'.includes(text[i]!)) i++;
      if (i === at) break;
    }
  }
  return out;
}

/** The offset of `path`, or of its nearest ancestor found in the text (0 when none is). */
export function offsetOfPath(offsets: ReadonlyMap<string, number>, path: string): number {
  for (let p = path; ; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    const at = offsets.get(p);
    if (at !== undefined) return at;
    if (p === '') return 0;
  }
}
