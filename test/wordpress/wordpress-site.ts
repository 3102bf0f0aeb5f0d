/**
 * A real WordPress for the plugin's tests: Debian's WordPress copied into a temp folder, its own MariaDB database,
 * PHP's built-in server on a loopback port, WordPress's own installer, the plugin from the built zip.
 *
 *   const site = await startWordPress({ port: 8631 });
 *   await fetch(site.restUrl('/partners'));            // → /?rest_route=/ija/v1/partners
 *   await site.php('echo get_option("blogname");');    // PHP inside WordPress (php-cli + wp-load.php)
 *   await site.login(page, site.users.editor);
 *   await site.stop();                                  // PHP stopped, database dropped, folder removed
 *
 * Needs: php-cli with mysqli and zip, MariaDB answering `mysql -uroot` (scripts/test-mariadb.sh starts it), Debian's
 * `wordpress` and `wordpress-theme-twentytwentythree`, and `npm run build` (dist/wordpress/). `wordpressSkip()` says
 * whether a test should be skipped: on a developer's machine without these, with the reason; in CI (env CI) never,
 * so a missing part fails there.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..', '..');
const WORDPRESS = '/usr/share/wordpress';
const THEME = join(WORDPRESS, 'wp-content', 'themes', 'twentytwentythree');
const PLUGIN_ZIP = join(ROOT, 'dist', 'wordpress', 'ija-widgets.zip');
const PLUGIN_FOLDER = join(ROOT, 'dist', 'wordpress', 'ija-widgets');
const PHP_HELPERS = join(import.meta.dirname, 'php');

export interface WordPressUser {
  login: string;
  password: string;
  role: string;
}

export interface WordPressSite {
  /** http://127.0.0.1:PORT (no trailing slash). */
  url: string;
  /** The URL of a route under `ija/v1` in the `?rest_route=` form (no pretty permalinks): restUrl('/partners?x=1'). */
  restUrl: (path: string) => string;
  /** Runs PHP code (no `<?php`) inside this WordPress with php-cli; resolves with its standard output. */
  php: (code: string) => Promise<string>;
  /** admin (administrator), editor (editor), network (ija_network: only with the plugin), subscriber (subscriber). */
  users: { admin: WordPressUser; editor: WordPressUser; network: WordPressUser; subscriber: WordPressUser };
  /** Logs a user in through wp-login.php in the page's browser context (its cookies then carry the session). */
  login: (page: Page, user: WordPressUser) => Promise<void>;
  /** The entries of wp-content/debug.log (WP_DEBUG_LOG is on, display off) but WordPress 6.1's own noise in its
   *  files under wp-includes/ and wp-admin/ (PHP 8.2 deprecations; update checks failing because the site makes no
   *  request to other hosts): what the plugin may have caused. */
  phpErrors: () => string[];
  /** The WordPress folder (a copy, removed by stop()). */
  dir: string;
  stop: () => Promise<void>;
}

export interface StartOptions {
  port: number;
  /** zip (default): the built zip, unpacked and activated; folder: dist/wordpress/ija-widgets symlinked (fast
   *  iteration); none: no plugin (the network user then does not exist: its role comes from the plugin). */
  plugin?: 'zip' | 'folder' | 'none';
}

/** What is missing to run a real WordPress here, or null. */
export function wordpressMissing(): string | null {
  const php = spawnSync('php', ['-m'], { encoding: 'utf8' });
  if (php.error || php.status !== 0) return 'php-cli is not installed (apt-get install php-cli php-mysql php-zip)';
  for (const module of ['mysqli', 'zip', 'mbstring']) {
    if (!php.stdout.split('\n').includes(module)) return `PHP has no ${module} module (apt-get install php-mysql php-zip php-mbstring)`;
  }
  if (!existsSync(join(WORDPRESS, 'wp-load.php'))) return `${WORDPRESS} is missing (apt-get install wordpress)`;
  if (!existsSync(join(THEME, 'style.css'))) return `${THEME} is missing (apt-get install wordpress-theme-twentytwentythree)`;
  const mysql = spawnSync('mysql', ['-uroot', '-e', 'SELECT 1'], { encoding: 'utf8' });
  if (mysql.error || mysql.status !== 0) return `MariaDB does not answer \`mysql -uroot\` (scripts/test-mariadb.sh starts it): ${(mysql.stderr || String(mysql.error)).trim()}`;
  return null;
}

/**
 * For `test(name, { skip: wordpressSkip() }, …)`: the reason to skip on a machine without PHP/MariaDB/WordPress, with
 * a message saying what is missing; false in CI (env CI), where the test then runs and fails on what is missing.
 */
export function wordpressSkip(): string | false {
  if (!['', '0', 'false'].includes(process.env['CI'] ?? '')) return false;
  const missing = wordpressMissing();
  if (missing === null) return false;
  const reason = `no real WordPress on this machine: ${missing}. As root, scripts/test-mariadb.sh installs and starts what is needed.`;
  console.warn(`SKIPPED the WordPress tests: ${reason}`);
  return reason;
}

// A signal ends the process without 'exit' handlers: turn SIGINT and SIGTERM into an exit, so each site is cleaned up.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => process.exit(128 + (signal === 'SIGINT' ? 2 : 15)));
}

export async function startWordPress({ port, plugin = 'zip' }: StartOptions): Promise<WordPressSite> {
  const missing = wordpressMissing();
  if (missing) throw new Error(`startWordPress: ${missing}`);
  const pluginSource = plugin === 'zip' ? PLUGIN_ZIP : plugin === 'folder' ? PLUGIN_FOLDER : null;
  if (pluginSource && !existsSync(pluginSource)) throw new Error(`startWordPress: ${pluginSource} is missing; run npm run build first`);
  if (await portAnswers(port)) throw new Error(`startWordPress: something already listens on 127.0.0.1:${port}`);

  const id = randomBytes(4).toString('hex');
  const host = `127.0.0.1:${port}`;
  const url = `http://${host}`;
  const database = { name: `ija_wp_${id}`, user: `ija_wp_${id}`, password: randomBytes(12).toString('hex') };
  const password = (name: string) => `${name}-${randomBytes(6).toString('hex')}`;
  const users = {
    admin: { login: 'admin', password: password('admin'), role: 'administrator' },
    editor: { login: 'redaktion', password: password('redaktion'), role: 'editor' },
    network: { login: 'netzwerk', password: password('netzwerk'), role: 'ija_network' },
    subscriber: { login: 'abonnent', password: password('abonnent'), role: 'subscriber' },
  };
  const dir = mkdtempSync(join(tmpdir(), 'ija-wordpress-'));
  let server: ChildProcess | undefined;
  let databaseMade = false;

  const serverRuns = () => server?.pid !== undefined && server.exitCode === null && server.signalCode === null;
  /** Synchronous, so it also runs when the test process ends early (an uncaught error, Ctrl+C, the runner's timeout). */
  const cleanUp = () => {
    if (serverRuns()) process.kill(-server!.pid!, 'SIGTERM'); // its process group: the server and its workers
    if (databaseMade) mysql(`DROP DATABASE IF EXISTS \`${database.name}\`; DROP USER IF EXISTS '${database.user}'@'localhost';`);
    databaseMade = false;
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', cleanUp);
  const stop = async () => {
    if (serverRuns()) {
      const exited = new Promise((done) => server!.once('exit', done));
      process.kill(-server!.pid!, 'SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
    }
    cleanUp();
    process.removeListener('exit', cleanUp);
  };

  const phpErrors = () => {
    const file = join(dir, 'wp-content', 'debug.log');
    const log = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const inCore = new RegExp(` in ${dir}/wp-(includes|admin)/\\S+ on line \\d+\\s*$`);
    const coreOnly = (entry: string) => inCore.test(entry) && (/^\[[^\]]+\] PHP Deprecated: /.test(entry) || entry.includes('connection to WordPress.org'));
    return log.split(/\n(?=\[\d{2}-\w{3}-\d{4} )/).filter((entry) => entry.trim() && !coreOnly(entry));
  };

  const php = (code: string, args: string[] = []) =>
    new Promise<string>((done, fail) => {
      const child = spawn('php', [join(PHP_HELPERS, 'in-wordpress.php'), dir, host, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk));
      child.stderr.on('data', (chunk: Buffer) => (err += chunk));
      child.on('error', fail);
      child.on('close', (status) => {
        if (status === 0) return done(out);
        // A fatal error shows WordPress's "critical error" page; what happened is in the log.
        const said = (err.trim() || out.replace(/<style[\s\S]*?<\/style>|<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()).slice(0, 1000);
        fail(new Error(`php exited with ${status}: ${said}\n${phpErrors().slice(-3).join('\n')}`));
      });
      child.stdin.end(code);
    });

  try {
    cpSync(WORDPRESS, dir, { recursive: true, dereference: true });
    mysql(
      `CREATE DATABASE \`${database.name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;` +
        `CREATE USER '${database.user}'@'localhost' IDENTIFIED BY '${database.password}';` +
        `GRANT ALL ON \`${database.name}\`.* TO '${database.user}'@'localhost';`,
    );
    databaseMade = true;
    writeFileSync(join(dir, 'wp-config.php'), wpConfig(database));

    const log = openSync(join(dir, 'php-server.log'), 'a');
    server = spawn('php', ['-S', host, '-t', dir], {
      cwd: dir,
      detached: true, // a process group of its own, so stop() ends the workers too
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: ['ignore', log, log],
    });
    await waitForServer(`${url}/readme.html`, server);

    const install = await fetch(`${url}/wp-admin/install.php?step=2`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        weblog_title: 'IJA-Testseite',
        user_name: users.admin.login,
        admin_password: users.admin.password,
        admin_password2: users.admin.password,
        pw_weak: '1',
        admin_email: 'admin@example.org',
        blog_public: '0',
        language: 'de_DE',
      }),
    });
    const answer = await install.text();
    if (!install.ok || (await php('echo is_blog_installed() ? "yes" : "no";')) !== 'yes') {
      throw new Error(`WordPress's installer failed (${install.status}): ${answer.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 400)}`);
    }

    // Debian's installer warns about two variables of its own: not the plugin's, so the log starts after it.
    rmSync(join(dir, 'wp-content', 'debug.log'), { force: true });

    const created = plugin === 'none' ? { editor: users.editor, subscriber: users.subscriber } : { editor: users.editor, network: users.network, subscriber: users.subscriber };
    const setupArgs = [join(PHP_HELPERS, 'setup.php'), JSON.stringify(created), plugin, ...(pluginSource ? [pluginSource] : [])];
    const setup = await php('', setupArgs);
    if (setup !== 'ok') throw new Error(`setup.php said: ${setup}`);
  } catch (error) {
    const serverLog = existsSync(join(dir, 'php-server.log')) ? readFileSync(join(dir, 'php-server.log'), 'utf8').slice(-2000) : '';
    await stop();
    throw new Error(`startWordPress failed: ${(error as Error).message}${serverLog ? `\nphp -S said:\n${serverLog}` : ''}`, { cause: error });
  }

  return {
    url,
    dir,
    users,
    stop,
    php: (code) => php(code),
    restUrl: (path) => `${url}/?rest_route=/ija/v1${path.replace('?', '&')}`,
    phpErrors,
    login: async (page, user) => {
      await page.goto(`${url}/wp-login.php`);
      await page.fill('#user_login', user.login);
      await page.fill('#user_pass', user.password);
      await Promise.all([page.waitForURL((target) => !target.pathname.endsWith('/wp-login.php')), page.click('#wp-submit')]);
    },
  };
}

/** wp-config.php for a test site: its database, debug log on (display off), German, no outside requests, no cron spawn. */
function wpConfig(database: { name: string; user: string; password: string }): string {
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
    .map((key) => `define( '${key}', '${randomBytes(32).toString('hex')}' );`)
    .join('\n');
  return `<?php
// Written by test/wordpress/wordpress-site.ts for one test run.
define( 'DB_NAME', '${database.name}' );
define( 'DB_USER', '${database.user}' );
define( 'DB_PASSWORD', '${database.password}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${salts}
$table_prefix = 'wp_';
define( 'WPLANG', 'de_DE' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', true );
define( 'WP_DEBUG_DISPLAY', false );
@ini_set( 'display_errors', '0' );
// The site makes no request to other hosts (update checks, dashboard news); WP-Cron is not spawned on page loads
// (tests run due events themselves through php(), e.g. wp_get_scheduled_event + do_action).
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'DISABLE_WP_CRON', true );
define( 'FS_METHOD', 'direct' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

function mysql(sql: string): void {
  const result = spawnSync('mysql', ['-uroot', '-e', sql], { encoding: 'utf8' });
  if (result.error || result.status !== 0) throw new Error(`mysql -uroot: ${(result.stderr || String(result.error)).trim()}`);
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (server.exitCode !== null) throw new Error(`php -S exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`php -S did not answer ${url} within 10 s`);
}
