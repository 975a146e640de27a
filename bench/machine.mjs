// Machine facts and a CPU-load probe shared by the benchmarks (bench.mjs, network.mjs).
import fs from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';

const now = () => performance.now();

/**
 * CPU time of the whole machine (/proc/stat, busy jiffies) and of this process, so the report
 * can say how much CPU *other* processes took while we timed: on 2 cores, a build or test run
 * next to the benchmark skews every number.
 */
export function cpuSnapshot() {
  let busy = null;
  try {
    const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const [user, nice, system, , , irq, softirq, steal] = f; // idle and iowait skipped
    busy = (user + nice + system + irq + softirq + (steal || 0)) / 100; // USER_HZ = 100 on Linux
  } catch {}
  const u = process.cpuUsage();
  return { wall: now() / 1000, busy, own: (u.user + u.system) / 1e6 };
}
/** Average number of cores kept busy by other processes between two snapshots. */
export function otherLoad(a, b) {
  if (a.busy == null || b.busy == null) return null;
  return Math.max(0, (b.busy - a.busy - (b.own - a.own)) / (b.wall - a.wall));
}

export function machineInfo() {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const m = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m);
    if (m) cpu = m[1].trim();
  } catch {}
  return {
    date: new Date().toISOString(),
    cpu,
    cores: os.cpus().length,
    memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    v8: process.versions.v8,
    loadavgAtStart: os.loadavg().map((v) => +v.toFixed(2)),
    glibcTunables: process.env.GLIBC_TUNABLES ?? null,
  };
}

/**
 * Samples other processes' CPU use for 0.3 s before timing, stores it in meta.otherLoadAtStart
 * and logs it, with a warning when the machine is busy.
 */
export async function logLoadAtStart(meta, log) {
  const a = cpuSnapshot();
  await new Promise((r) => setTimeout(r, 300));
  const other = otherLoad(a, cpuSnapshot());
  meta.otherLoadAtStart = other == null ? null : +other.toFixed(2);
  log(
    `load: loadavg ${meta.loadavgAtStart.join(' ')}; other processes now use ${other == null ? '?' : other.toFixed(2)} cores`,
  );
  if (other > 0.15)
    log(
      `warning: other processes are using CPU (${other.toFixed(2)} cores of ${meta.cores}); timings will be skewed — run on a quiet machine`,
    );
}
