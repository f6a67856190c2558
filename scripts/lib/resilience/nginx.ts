import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cleanupRegistry } from './cleanup';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** Installs Debian's nginx as root, as the README test command installs Chromium; otherwise says how. */
function ensureNginx(): void {
  if (existsSync(NGINX)) return;
  if (process.getuid?.() !== 0) throw new Error(`nginx is needed for the two-instance check: install Debian's nginx-light package (or set NGINX_PATH).`);
  console.log("Installing nginx from Debian's packages…");
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'nginx-light'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/**
 * Compression done once, by the proxy, as in production (deploy/nginx/fairboard.conf): the app
 * instances then run with compression off (FAIRBOARD_PROXY_COMPRESSES=1, next.config.js).
 */
const NGINX_GZIP = `gzip on;
  gzip_comp_level 5;
  gzip_min_length 1024;
  gzip_proxied any;
  gzip_vary on;
  gzip_types text/plain text/css text/csv text/x-component application/javascript application/json image/svg+xml;`;

/** gzip: compress at the proxy; keepalive: reuse connections to the instances, as production does. */
export type NginxOptions = Readonly<{ gzip?: boolean; keepalive?: boolean; workers?: number }>;

/**
 * nginx in the foreground with a configuration generated into the run's folder: round robin over
 * the instances, passing the original Host and the X-Forwarded-For/Proto/Host headers, and naming
 * the instance that answered in X-Upstream so the run can see both being used.
 */
function nginxConfig(folder: string, port: number, upstreams: number[], options: NginxOptions = {}): string {
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${user}worker_processes ${options.workers ?? 1};
daemon off;
pid ${folder}/nginx.pid;
error_log ${folder}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  ${options.gzip ? NGINX_GZIP : ''}
  access_log ${folder}/nginx-access.log;
  client_body_temp_path ${folder}/client_body;
  proxy_temp_path ${folder}/proxy;
  fastcgi_temp_path ${folder}/fastcgi;
  uwsgi_temp_path ${folder}/uwsgi;
  scgi_temp_path ${folder}/scgi;
  upstream fairboard {
${upstreams.map((upstream) => `    server 127.0.0.1:${upstream};`).join('\n')}
${options.keepalive ? '    keepalive 64;' : ''}
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 10m;
    location / {
      proxy_pass http://fairboard;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-Host $http_host;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

export async function startNginx(folder: string, port: number, upstreams: number[], options: NginxOptions = {}): Promise<{ stop(): Promise<void> }> {
  ensureNginx();
  const prefix = path.join(folder, 'nginx');
  mkdirSync(prefix, { recursive: true });
  const config = path.join(prefix, 'nginx.conf');
  writeFileSync(config, nginxConfig(prefix, port, upstreams, options));
  execFileSync(NGINX, ['-t', '-q', '-c', config, '-p', prefix], { stdio: 'inherit' });
  const child = spawn(NGINX, ['-c', config, '-p', prefix], { stdio: 'inherit' });
  const stop = cleanupRegistry.add(`nginx on port ${port}`, async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGQUIT');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual', signal: AbortSignal.timeout(2_000) });
      return { stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await stop();
  throw new Error(`nginx did not answer on port ${port}`);
}
