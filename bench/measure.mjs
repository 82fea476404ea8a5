// Running a command and measuring wall time, CPU time (user + system of the process and its threads,
// from /usr/bin/time when it is there) and peak resident memory (its maximum RSS; without it, VmHWM
// sampled from /proc).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIME = '/usr/bin/time';

function peakKiB(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

export function run(command, args, options = {}) {
  const timed = existsSync(TIME);
  const cpuFile = join(tmpdir(), `yuqing-bench-cpu-${process.pid}-${Date.now()}.txt`);
  const [file, argv] = timed ? [TIME, ['-f', '%U %S %M', '-o', cpuFile, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, { stdio: ['ignore', options.stdout ?? 'ignore', 'pipe'], ...options.spawn });
    let peak = 0;
    let stderr = '';
    const timer = setInterval(() => (peak = Math.max(peak, peakKiB(child.pid))), 50);
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      let cpuSeconds;
      if (timed && existsSync(cpuFile)) {
        const [user, system, maxKiB] = readFileSync(cpuFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
        cpuSeconds = user + system;
        // The command's own peak (the sampler above sees /usr/bin/time's).
        peak = maxKiB;
        rmSync(cpuFile, { force: true });
      }
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(-500)}`));
      else resolve({ seconds, cpuSeconds, peakMiB: peak / 1024, stderr });
    });
  });
}
