/**
 * `npm start`: the embedded local Dynatrace platform with the demo tenant plus the local host
 * that serves the built app (run `npm run build` first; `npm start` does).
 *
 *   PORT=3000                 port of the single local origin
 *   HOST=127.0.0.1            address to listen on; anything but loopback needs --allow-remote
 *   TEAM_ALERTING_DATA=dir    data directory (default .local-data/)
 *   npm start -- --reset      re-seed the demo tenant
 *   npm start -- --allow-remote   listen on a non-loopback HOST (anyone who reaches it can act as any persona)
 */
import path from 'node:path';
import { createPlatform } from './platform';
import { startHost } from './host/server';

const OPTIONS = ['--reset', '--allow-remote'];

async function main(): Promise<void> {
  const projectDir = path.resolve(__dirname, '..');
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => !OPTIONS.includes(a));
  if (unknown.length > 0) {
    console.error(`unknown option(s): ${unknown.join(' ')}\nusage: npm start [-- --reset] [--allow-remote]`);
    process.exit(2);
  }
  const port = process.env.PORT ? Number(process.env.PORT) : 3000;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number, got \`${process.env.PORT}\``);
    process.exit(2);
  }
  const dataDir = path.resolve(process.env.TEAM_ALERTING_DATA ?? path.join(projectDir, '.local-data'));
  const platform = await createPlatform({ dataDir, reset: args.includes('--reset'), appDir: projectDir });
  const host = await startHost({ platform, projectDir, port, host: process.env.HOST || undefined, allowRemote: args.includes('--allow-remote') }).catch(async (error: unknown) => {
    await platform.close();
    throw error;
  });

  const tenant = platform.tenant();
  console.log(`\nTeam Alerting is running at ${host.url}/ui/  (listening on ${host.listening}, data: ${dataDir})`);
  if (host.remote) {
    const rule = '!'.repeat(78);
    console.warn(
      [
        rule,
        `WARNING: listening on ${host.listening}, reachable from other machines (--allow-remote).`,
        'The local host has no real authentication: anyone who reaches this address can act',
        'as any persona, read every persona token (/_local/tenant) and reset the data.',
        'Use it only on a network you trust, and stop it when you are done.',
        rule,
      ].join('\n'),
    );
  }
  console.log('Open it as a persona (paste a link into the address bar, or use the persona box in the app):');
  for (const persona of tenant.personas) {
    console.log(`  ${host.url}/ui/?persona=${persona.id}   ${persona.name} (${persona.role}${persona.teams.length ? `: ${persona.teams.join(', ')}` : ''})`);
  }
  console.log('');

  const stop = async () => {
    await host.close();
    await platform.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
