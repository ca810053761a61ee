// nginx with the production config (deploy/nginx.conf), for tests and the load benchmark: on a
// free loopback port, in its own temporary prefix, serving dist/ under a folder (as a
// newspaper publishes it), stopped by its PID.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
const CONF = join(ROOT, 'deploy/nginx.conf');
const LISTEN = 'listen 127.0.0.1:8080;';

/** A port nobody listens on now, on 127.0.0.1. */
async function freePort() {
  const probe = createServer();
  await new Promise((ok) => probe.listen(0, '127.0.0.1', ok));
  const { port } = probe.address();
  await new Promise((ok) => probe.close(ok));
  return port;
}

/** Starts nginx on deploy/nginx.conf, changed only in its port, serving `dist` at
 *  `/<folder>/`. Resolves to { url (ending before the folder's slash), pid, close }. */
export async function startNginx({ dist = DIST, folder = 'hengyang' } = {}) {
  const prefix = await mkdtemp(join(tmpdir(), 'hengyang-nginx-'));
  // nginx started as root serves from unprivileged workers: they must be able to enter it.
  await chmod(prefix, 0o755);
  for (const sub of ['deploy', 'dist', 'target/nginx']) await mkdir(join(prefix, sub), { recursive: true });
  const port = await freePort();
  const conf = await readFile(CONF, 'utf8');
  if (conf.split(LISTEN).length !== 2) throw new Error(`deploy/nginx.conf must have one "${LISTEN}"`);
  await writeFile(join(prefix, 'deploy/nginx.conf'), conf.replace(LISTEN, `listen 127.0.0.1:${port};`));
  // The layout the config expects, relative to its prefix: dist/ (here holding the graphic in
  // a folder) and dist/csp.conf beside deploy/.
  await symlink(dist, join(prefix, 'dist', folder));
  await symlink(join(dist, 'csp.conf'), join(prefix, 'dist/csp.conf'));
  const bin = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
  const child = spawn(bin, ['-p', `${prefix}/`, '-c', 'deploy/nginx.conf', '-e', 'stderr'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((ok) => child.once('exit', ok));
  const url = `http://127.0.0.1:${port}/${folder}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited ${child.exitCode}: ${stderr}`);
    try {
      await fetch(`${url}/`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer on ${port}: ${stderr}`);
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }
  return {
    url,
    pid: child.pid,
    log: () => stderr,
    close: async () => {
      // SIGQUIT: the master lets workers finish, then exits; this PID only.
      if (child.exitCode === null) process.kill(child.pid, 'SIGQUIT');
      await exited;
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
