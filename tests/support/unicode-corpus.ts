/**
 * Text for the fuzzers: characters of every Unicode general category (what a name typed, pasted
 * or generated anywhere may hold), and strings that are not valid UTF-16 (unpaired surrogates,
 * as left by a script that cut an emoji in half). `function-fuzz.test.ts` checks that each
 * character is of the category it is filed under.
 */
import fc from 'fast-check';
import type { LocalStack } from './local-stack';
import { FIVE_SCHEMAS, SCHEMAS, type ScopeOracle } from './scope-oracle';
import { ADMIN, OBJECTS, uniq, valueFor } from './scoping-fixtures';

export const CHARS_BY_CATEGORY: Record<string, readonly string[]> = {
  Lu: ['A', 'Ä', 'Ω'], Ll: ['a', 'ß', 'я'], Lt: ['ǅ'], Lm: ['ʰ', 'ー'], Lo: ['中', 'א', 'ก'],
  Mn: ['\u0301', '\uFE0F'], Mc: ['\u0903'], Me: ['\u20DD'],
  Nd: ['5', '٣'], Nl: ['Ⅻ'], No: ['½', '²'],
  Pc: ['_', '‿'], Pd: ['-', '—'], Ps: ['(', '「'], Pe: [')', '」'], Pi: ['«', '‘'], Pf: ['»', '’'], Po: ['!', '¿', '、', "'", '"', '\\'],
  Sm: ['+', '∑', '<'], Sc: ['$', '€'], Sk: ['^', '`'], So: ['©', '😀', '🏳'],
  Zs: [' ', '\u00A0', '\u3000'], Zl: ['\u2028'], Zp: ['\u2029'],
  Cc: ['\u0000', '\u001F', '\u007F', '\u0085', '\n'], Cf: ['\u200B', '\u200D', '\u202E', '\uFEFF'],
  Cs: ['\uD800', '\uDBFF', '\uDC00', '\uDFFF'], Co: ['\uE000', '\u{F0000}'], Cn: ['\u0378', '\uFFFF', '\u{10FFFF}'],
};

/** Strings that are not well-formed UTF-16. */
export const ILL_FORMED: readonly string[] = ['x \ud83d', '\udc00 first', '\ude00\ud83d', '\ud800a\udbff', 'end \udfff', '😀'.slice(0, 1), '\ud83d\ud83d\ude00'];

/** Up to 12 characters drawn from every general category, emoji and combining marks included. */
export const categoryText: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...Object.values(CHARS_BY_CATEGORY).flat()), { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join(''));

/** One string per category (and the ill-formed ones), for seeding names deterministically. */
export const NAMES_FROM_EVERY_CATEGORY: ReadonlyArray<[label: string, text: string]> = [
  ...Object.entries(CHARS_BY_CATEGORY).map(([category, chars]): [string, string] => [category, chars.join('')]),
  ...ILL_FORMED.map((text, i): [string, string] => [`ill-formed ${i}`, text]),
];

/**
 * Writes, as another tool would (the admin, straight to the Settings API), one object per entry
 * of `NAMES_FROM_EVERY_CATEGORY` into each team's zone, under the team's prefix. Names the
 * platform refuses are skipped; the ill-formed ones must be stored (else the check is moot).
 */
export async function seedNamesFromEveryCategory(stack: LocalStack, oracle: ScopeOracle): Promise<string[]> {
  const homes = [['[checkout] ', 'Checkout'], ['[search] ', 'Search'], ['[mobile] ', 'Mobile App']] as const;
  const items = NAMES_FROM_EVERY_CATEGORY.flatMap(([label, text], i) => {
    const [prefix, zone] = homes[i % homes.length]!;
    const schemaId = FIVE_SCHEMAS.filter((s) => s !== SCHEMAS.notification)[i % 4]!;
    return [{ label, schemaId, scope: 'environment', value: valueFor(oracle, schemaId, `${prefix}${text} ${uniq()}`, [zone]) }];
  });
  const r = await stack.platform(ADMIN, 'POST', OBJECTS, items.map(({ schemaId, scope, value }) => ({ schemaId, scope, value })));
  if (r.status !== 200 && r.status !== 207) throw new Error(`seeding failed: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  const answers = r.body as Array<{ code: number; objectId?: string }>;
  const storedIllFormed = items.filter((item, i) => item.label.startsWith('ill-formed') && answers[i]?.code === 200).length;
  if (storedIllFormed !== ILL_FORMED.length) throw new Error(`the platform stored ${storedIllFormed} of ${ILL_FORMED.length} ill-formed names`);
  return answers.flatMap((a) => (a.code === 200 && a.objectId ? [a.objectId] : []));
}
