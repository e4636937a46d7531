/**
 * nginx from Debian's package as the load balancer of the cluster tier, with the operators' configuration
 * (deploy/nginx/newsroom.conf) templated with the test's ports: its own prefix, config, logs and temporary folders
 * under a throwaway directory, on a free loopback port; never the system's default site. Each response names the
 * instance that answered it (X-Upstream-Addr, added by the test only), to prove where a request went.
 */

import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs/promises';
import net from 'net';
import os from 'os';
import path from 'path';
import { ROOT } from './databases';
import { freePort } from './server-process';

export const NGINX_BIN = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
export const NGINX_SITE = path.join(ROOT, 'deploy', 'nginx', 'newsroom.conf');

export interface Nginx {
  port: number;
  baseUrl: string;
  /** the access log so far: one line per request, `<status> <upstream addresses> <upstream statuses> <request>` */
  accessLog(): Promise<string>;
  stop(): Promise<void>;
}

/** Replaces `pattern` in the site's text, and fails when the operators' file no longer has it. */
const replaceOnce = (text: string, pattern: RegExp, replacement: string): string => {
  if (!pattern.test(text)) throw new Error(`${NGINX_SITE} has no ${pattern}: update the cluster tier's template`);
  return text.replace(pattern, replacement);
};

/** The operators' site with the test's listen port and upstream ports. */
export const templateSite = (site: string, port: number, upstreamPorts: number[]): string => {
  const servers = site.match(/^\s*server 127\.0\.0\.1:\d+ (.*);$/m);
  if (!servers) throw new Error(`${NGINX_SITE} has no "server 127.0.0.1:<port> ...;" line in its upstream`);
  const options = servers[1];
  let text = site.replace(/^\s*server 127\.0\.0\.1:\d+ .*;\n/gm, '');
  text = replaceOnce(
    text,
    /upstream newsroom \{\n/,
    `upstream newsroom {\n${upstreamPorts.map((upstream) => `    server 127.0.0.1:${upstream} ${options};\n`).join('')}`
  );
  text = replaceOnce(text, /listen 80;/, `listen 127.0.0.1:${port};`);
  return replaceOnce(text, /location \/ \{\n/, 'location / {\n        add_header X-Upstream-Addr $upstream_addr always;\n');
};

const listening = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const startNginx = async (upstreamPorts: number[]): Promise<Nginx> => {
  await fs.access(NGINX_BIN).catch(() => {
    throw new Error(`The cluster tier needs nginx at ${NGINX_BIN} (apt-get install -y nginx)`);
  });
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-nginx-'));
  // nginx's workers run as nobody and create their temporary folders below this one
  await fs.chmod(dir, 0o755);
  const port = await freePort();
  const site = templateSite(await fs.readFile(NGINX_SITE, 'utf8'), port, upstreamPorts);
  await fs.writeFile(path.join(dir, 'newsroom.conf'), site);
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  await fs.writeFile(
    path.join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${path.join(dir, 'nginx.pid')};`,
      `error_log ${path.join(dir, 'error.log')} warn;`,
      'events { worker_connections 1024; }',
      'http {',
      `  log_format upstreams '$status $upstream_addr $upstream_status "$request"';`,
      `  access_log ${path.join(dir, 'access.log')} upstreams;`,
      `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
      `  include ${path.join(dir, 'newsroom.conf')};`,
      '}',
      '',
    ].join('\n')
  );
  const child: ChildProcess = spawn(NGINX_BIN, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const errorLog = () => fs.readFile(path.join(dir, 'error.log'), 'utf8').catch(() => '');

  const deadline = Date.now() + 10000;
  while (!(await listening(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not start:\n${output}\n${await errorLog()}`);
    }
    await sleep(100);
  }
  return {
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    accessLog: () => fs.readFile(path.join(dir, 'access.log'), 'utf8').catch(() => ''),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const killed = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(killed);
      }
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
};
