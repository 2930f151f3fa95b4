#!/usr/bin/env node
// Adds lock entries for platform-specific optional packages that this
// machine's npm registry mirror does not carry (it answers 404 for e.g.
// @rollup/rollup-darwin-arm64). `npm install` silently leaves such optional
// packages out of package-lock.json, and `npm ci` then refuses the lock as
// "not in sync". A lock made against the public registry holds these entries
// with their os/cpu/libc, so npm skips them on other platforms without a
// download; this script writes the same entries from the package names.
//
// Run after every `npm install`: node scripts/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const OSES = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openbsd', 'netbsd', 'openharmony', 'sunos', 'aix'];
const CPUS = ['arm', 'arm64', 'x64', 'ia32', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el', 'wasm32'];

/** os/cpu/libc of a platform package, read from its name (e.g. "linux-arm-musleabihf"). */
export function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((p) => OSES.includes(p));
  const cpu = parts.find((p) => CPUS.includes(p));
  if (!cpu) return undefined;
  const entry = { cpu: [cpu] };
  if (os) entry.os = [os];
  if (os === 'linux') {
    const tail = parts.slice(parts.indexOf(cpu) + 1).join('-');
    if (tail.includes('musl')) entry.libc = ['musl'];
    else if (tail.includes('gnu')) entry.libc = ['glibc'];
  }
  return entry;
}

/** Where npm would place `dep` required by the package at `from` (nearest node_modules). */
function resolvedPath(packages, from, dep) {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${dep}`;
    if (packages[candidate]) return candidate;
    if (!base) return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut === -1 ? '' : base.slice(0, cut);
  }
}

const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (resolvedPath(packages, path, dep)) continue;
    const platform = platformOf(dep);
    if (!platform || !/^\d+\.\d+\.\d+/.test(version)) continue; // only exact platform binaries
    // keys in the order npm writes them, so a later `npm install` leaves the lines alone
    const { cpu, libc, os } = platform;
    packages[`node_modules/${dep}`] = { version, cpu, ...(libc ? { libc } : {}), optional: true, ...(os ? { os } : {}) };
    added += 1;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entries`);
