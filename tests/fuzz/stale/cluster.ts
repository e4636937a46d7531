/**
 * The stale-read checker's cluster: a and b with the response cache on one fresh PostgreSQL database and one Redis
 * (a key prefix of the run's own), and the uncached oracle on the same database; no nginx (every read names its
 * instance), no cron (nothing writes but the program), one PUBLIC_URL (feeds' absolute URLs would otherwise name
 * each instance's own port).
 */

import { startCluster, type Cluster } from '../../helpers/cluster';
import { httpClient, setUpAccounts, type Accounts, type Call } from '../../helpers/cluster-http';
import { formatReport, runStaleCheck, type StaleCheckReport } from './check';

export const DEFAULT_SEED = 20261207;

/** STALE_CHECK_WRITES and STALE_CHECK_SEED, else the given defaults. */
export const staleCheckSettings = (defaultWrites: number): { writes: number; seed: number } => {
  const writes = Number(process.env.STALE_CHECK_WRITES ?? defaultWrites);
  const seed = Number(process.env.STALE_CHECK_SEED ?? DEFAULT_SEED);
  if (!Number.isInteger(writes) || writes < 1 || !Number.isInteger(seed)) throw new Error('STALE_CHECK_WRITES and STALE_CHECK_SEED must be whole numbers (writes at least 1)');
  return { writes, seed };
};

export interface StaleCluster {
  cluster: Cluster;
  call: Call<'a' | 'b' | 'oracle'>;
  accounts: Accounts;
}

export const startStaleCluster = async (): Promise<StaleCluster> => {
  const cluster = await startCluster({ nginx: false, oracle: true, env: { CRON_ENABLED: 'false', PUBLIC_URL: 'http://newsroom.test', LOG_LEVEL: 'warn' } });
  try {
    const call = httpClient<'a' | 'b' | 'oracle'>((target) => {
      const instance = target === 'oracle' ? cluster.oracle : cluster.instances[target];
      if (!instance) throw new Error(`no instance ${target}`);
      return instance.baseUrl;
    });
    const accounts = await setUpAccounts(call, 'a');
    return { cluster, call, accounts };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
};

/** Starts the cluster, runs the checker, prints its report, stops the cluster. */
export const checkStaleReads = async (settings: { writes: number; seed: number }, log: (line: string) => void): Promise<StaleCheckReport> => {
  const startedAt = Date.now();
  const { cluster, call, accounts } = await startStaleCluster();
  log(`[stale-reads] cluster up in ${Math.round((Date.now() - startedAt) / 1000)} s; ${settings.writes} writes, seed ${settings.seed}`);
  try {
    const report = await runStaleCheck(call, accounts, { ...settings, log });
    log(formatReport(report));
    return report;
  } finally {
    await cluster.stop();
  }
};
