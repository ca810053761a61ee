// bench/load.sh's runner: starts nginx (tests/e2e/nginx.mjs), runs wrk on loopback for a
// bounded time per file, prints one line per file, stops nginx by its PID.
import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { startNginx, DIST } from '../tests/e2e/nginx.mjs';

const [seconds, connections] = process.argv.slice(2).map(Number);
const wasm = (await readdir(DIST)).find((f) => /-[0-9a-f]{8,16}_bg\.wasm$/.test(f));
const nginx = await startNginx();
const run = promisify(execFile);

/** wrk's latency figure (e.g. "1.23ms", "850.00us") in milliseconds. */
const ms = (text) => {
  const [, n, unit] = text.match(/([\d.]+)(us|ms|s)/);
  return Number(n) * { us: 0.001, ms: 1, s: 1000 }[unit];
};

try {
  console.log(`nginx ${nginx.url}/ (deploy/nginx.conf), wrk: 2 threads, ${connections} connections, ${seconds} s per file, Accept-Encoding: br`);
  console.log('file                                    bytes sent   requests/s   p50 ms   p99 ms   errors');
  for (const [name, file] of [['index.html', 'index.html'], [wasm, wasm]]) {
    const sent = (await stat(`${DIST}/${file}.br`)).size;
    const { stdout } = await run('wrk', ['-t2', `-c${connections}`, `-d${seconds}s`, '--timeout', '5s', '--latency', '-H', 'Accept-Encoding: br', `${nginx.url}/${name === 'index.html' ? '' : name}`], { timeout: (seconds + 30) * 1000 });
    const rps = Number(stdout.match(/Requests\/sec:\s+([\d.]+)/)[1]);
    const p50 = ms(stdout.match(/\s50%\s+(\S+)/)[1]);
    const p99 = ms(stdout.match(/\s99%\s+(\S+)/)[1]);
    const errors = stdout.match(/Non-2xx or 3xx responses: (\d+)|Socket errors: .*/)?.[0] ?? '0';
    console.log(`${name.padEnd(40)}${String(sent).padStart(10)}   ${rps.toFixed(0).padStart(10)}   ${p50.toFixed(2).padStart(6)}   ${p99.toFixed(2).padStart(6)}   ${errors}`);
  }
} finally {
  await nginx.close();
}
