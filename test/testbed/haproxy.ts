// A real haproxy in front of the Jira nodes, with two front ends at once: one that keeps a client
// on its node with a cookie (sticky), and one that deals requests out in turn (not sticky,
// article 001 root cause 13 and article 000's intermittent 401s when the nodes disagree).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LOOPBACK, startProcess, waitForPort, type ServerProcess } from './processes';

export type Backend = { name: string; port: number };

export function haproxyConfig(stickyPort: number, roundRobinPort: number, backends: readonly Backend[]): string {
  const servers = (sticky: boolean) => backends.map((b) => `  server ${b.name} ${LOOPBACK}:${b.port}${sticky ? ` cookie ${b.name}` : ''}`);
  return [
    'global',
    '  maxconn 512',
    'defaults',
    '  mode http',
    '  option forwardfor',
    '  timeout connect 2s',
    '  timeout client 30s',
    '  timeout server 30s',
    'frontend jira_sticky',
    `  bind ${LOOPBACK}:${stickyPort}`,
    '  default_backend nodes_sticky',
    'backend nodes_sticky',
    '  balance roundrobin',
    '  cookie SRVID insert indirect nocache',
    ...servers(true),
    'frontend jira_round_robin',
    `  bind ${LOOPBACK}:${roundRobinPort}`,
    '  default_backend nodes_round_robin',
    'backend nodes_round_robin',
    '  balance roundrobin',
    ...servers(false),
    '',
  ].join('\n');
}

export type Haproxy = { stickyPort: number; roundRobinPort: number; process: ServerProcess };

export async function startHaproxy(dir: string, stickyPort: number, roundRobinPort: number, backends: readonly Backend[]): Promise<Haproxy> {
  const conf = join(dir, 'haproxy.cfg');
  await writeFile(conf, haproxyConfig(stickyPort, roundRobinPort, backends));
  const server = startProcess('haproxy', 'haproxy', ['-f', conf, '-db'], join(dir, 'haproxy.log'));
  await Promise.all([waitForPort(server, stickyPort), waitForPort(server, roundRobinPort)]);
  return { stickyPort, roundRobinPort, process: server };
}
