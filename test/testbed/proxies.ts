// Real outbound HTTP proxies (article 001 root cause 16): squid with an open port and a port that
// refuses CONNECT except to 443 (the stock SSL_ports rule), and tinyproxy demanding Basic proxy
// authentication (407 without it).
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LOOPBACK, startProcess, waitForPort, type ServerProcess } from './processes';

/** tinyproxy's account (test-only values). */
export const PROXY_ACCOUNT = { username: 'proxyuser', password: 'proxy-testbed-pw' };

export function squidConfig(dir: string, openPort: number, restrictedPort: number): string {
  return [
    `http_port ${LOOPBACK}:${openPort} name=open`,
    `http_port ${LOOPBACK}:${restrictedPort} name=restricted`,
    `pid_filename ${join(dir, 'squid.pid')}`,
    `cache_log ${join(dir, 'cache.log')}`,
    `access_log stdio:${join(dir, 'access.log')}`,
    `coredump_dir ${dir}`,
    'cache deny all',
    // Without this a pinger child outlives squid; and a quick stop suits a test bed.
    'pinger_enable off',
    'shutdown_lifetime 0 seconds',
    'acl restricted myportname restricted',
    'acl SSL_ports port 443',
    'acl CONNECT method CONNECT',
    'http_access deny restricted CONNECT !SSL_ports',
    'http_access allow localhost',
    'http_access deny all',
    '',
  ].join('\n');
}

export function tinyproxyConfig(port: number): string {
  return [`Port ${port}`, `Listen ${LOOPBACK}`, 'Timeout 30', 'MaxClients 50', 'LogLevel Info', `BasicAuth ${PROXY_ACCOUNT.username} ${PROXY_ACCOUNT.password}`, ''].join('\n');
}

export type Squid = { openPort: number; restrictedPort: number; process: ServerProcess };
export type Tinyproxy = { port: number; process: ServerProcess };

export async function startSquid(dir: string, openPort: number, restrictedPort: number): Promise<Squid> {
  await mkdir(dir, { recursive: true });
  // Started as root, squid drops to its own user, which must be able to write its logs here.
  await chmod(dir, 0o777);
  const conf = join(dir, 'squid.conf');
  await writeFile(conf, squidConfig(dir, openPort, restrictedPort));
  const server = startProcess('squid', 'squid', ['-N', '-f', conf], join(dir, 'squid-console.log'));
  await Promise.all([waitForPort(server, openPort), waitForPort(server, restrictedPort)]);
  return { openPort, restrictedPort, process: server };
}

export async function startTinyproxy(dir: string, port: number): Promise<Tinyproxy> {
  await mkdir(dir, { recursive: true });
  const conf = join(dir, 'tinyproxy.conf');
  await writeFile(conf, tinyproxyConfig(port));
  const server = startProcess('tinyproxy', 'tinyproxy', ['-d', '-c', conf], join(dir, 'tinyproxy.log'));
  await waitForPort(server, port);
  return { port, process: server };
}
