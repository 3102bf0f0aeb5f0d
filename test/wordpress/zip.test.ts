import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
// @ts-expect-error -- a plain ES module without types, shared with the browser tests
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.mjs';
import { startWordPress, wordpressSkip, type WordPressSite } from './wordpress-site.js';

/**
 * The built zip installs into a fresh WordPress the way a volunteer webmaster does it: logged in as the
 * administrator, Plugins → Installieren → Plugin hochladen, the zip chosen, installed, activated, in German.
 */

const ROOT = resolve(import.meta.dirname, '..', '..');
const ZIP = join(ROOT, 'dist', 'wordpress', 'ija-widgets.zip');

describe('the plugin zip', () => {
  it('holds ija-widgets/ with the PHP code, the library without source maps, and the JSON Schemas', { skip: spawnSync('unzip', ['-v']).error ? 'no unzip command here' : false }, () => {
    const test = spawnSync('unzip', ['-t', ZIP], { encoding: 'utf8' });
    assert.equal(test.status, 0, `unzip -t: ${test.stdout}${test.stderr}`);
    const names = spawnSync('unzip', ['-Z1', ZIP], { encoding: 'utf8' }).stdout.trim().split('\n');
    assert.deepEqual(names.filter((name) => !name.startsWith('ija-widgets/')), [], 'everything under ija-widgets/');
    assert.ok(names.includes('ija-widgets/ija-widgets.php'));
    assert.ok(names.includes('ija-widgets/lib/ija-widgets.js'));
    assert.deepEqual(names.filter((name) => name.endsWith('.map')), [], 'no source maps');
    const library = readdirSync(join(ROOT, 'dist', 'cdn')).filter((name) => name.endsWith('.js'));
    assert.deepEqual(library.filter((name) => !names.includes(`ija-widgets/lib/${name}`)), [], 'every chunk of the library in lib/');
    const schemas = readdirSync(join(ROOT, 'dist', 'schema')).filter((name) => name.endsWith('.json'));
    assert.deepEqual(schemas.filter((name) => !names.includes(`ija-widgets/schema/${name}`)), [], 'every JSON Schema in schema/');
  });
});

describe('the plugin zip in a fresh WordPress', { skip: wordpressSkip() }, () => {
  let site: WordPressSite;
  let browser: Browser;

  before(async () => {
    site = await startWordPress({ port: 8634, plugin: 'none' });
    browser = await chromium.launch({ executablePath: findChromium() as string, args: CHROMIUM_ARGS as string[] });
  });

  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  it('uploads through Plugins → Installieren → Plugin hochladen, activates, and logs no PHP error', async () => {
    // Before the upload there is no trace of the plugin: the role below comes from its activation, not from the test.
    assert.equal(await site.php('echo null === get_role( "ija_network" ) && ! get_user_by( "login", "netzwerk" ) ? "none" : "exists";'), 'none');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await site.login(page, site.users.admin);

    await page.getByRole('link', { name: 'Plugins', exact: true }).first().click();
    await page.locator('#menu-plugins').getByRole('link', { name: 'Installieren' }).click();
    await page.getByRole('button', { name: 'Plugin hochladen' }).click();
    await page.locator('#pluginzip').setInputFiles(ZIP);
    await page.getByRole('button', { name: 'Jetzt installieren' }).click();
    await page.waitForURL(/update\.php\?action=upload-plugin/);
    const installed = await page.locator('#wpbody-content').innerText();
    assert.match(installed, /Plugin wurde erfolgreich installiert/, `the installer said: ${installed}`);
    await page.screenshot({ path: '/tmp/wp-zip-installed.png' });

    // "Aktiviere dieses Plugin" in Debian's WordPress 6.1.9 (its translation is older than its code): found by its target.
    await page.locator('#wpbody-content a[href*="action=activate"][href*="ija-widgets"]').click();
    await page.waitForURL(/plugins\.php/);
    const row = page.locator('tr[data-plugin="ija-widgets/ija-widgets.php"]');
    assert.equal(await row.getAttribute('class').then((names) => names?.split(/\s+/).includes('active')), true, 'the plugin row is active');
    await page.screenshot({ path: '/tmp/wp-zip-active.png' });

    assert.equal(await site.php('echo is_plugin_active( "ija-widgets/ija-widgets.php" ) ? "active" : "inactive";'), 'active');
    // The activation hook ran: the role for the partner network exists with its capability.
    assert.equal(await site.php('echo get_role( "ija_network" )?->has_cap( "ija_manage_network" ) ? "yes" : "no";'), 'yes');
    // The upload put the whole built plugin in place: the library beside the PHP code.
    assert.equal(await site.php('echo file_exists( WP_PLUGIN_DIR . "/ija-widgets/lib/ija-widgets.js" ) ? "yes" : "no";'), 'yes');

    // A visit to the front end and to the admin with the plugin active adds nothing to the PHP log.
    await page.goto(`${site.url}/`);
    await page.goto(`${site.url}/wp-admin/`);
    assert.deepEqual(site.phpErrors(), []);
  });
});
