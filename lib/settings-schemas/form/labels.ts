/**
 * Words for enum values that a definition gives no display name (`OSI_HIGH_CPU` → `OSI high
 * CPU`): the first word capitalised, known abbreviations kept in capitals, the rest lowercase.
 */
const ABBREVIATIONS = new Set(['AWS', 'CPU', 'EBS', 'EC2', 'ELB', 'ESXI', 'GC', 'HTTP', 'ID', 'IP', 'NA', 'NIC', 'OSI', 'PG', 'PGI', 'RDS', 'URL', 'VM']);

export function labelOfValue(value: string): string {
  if (!/^[A-Z0-9]+(_[A-Z0-9]+)*$/.test(value)) return value;
  return value.split('_').map((word, i) => {
    if (ABBREVIATIONS.has(word)) return word === 'ESXI' ? 'ESXi' : word;
    const lower = word.toLowerCase();
    return i === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
  }).join(' ');
}
