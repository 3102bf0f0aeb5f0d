/**
 * The plugin's blocks, shortcodes, front-end files and settings page in a real WordPress (test/wordpress/wordpress-site.ts)
 * and Debian's Chromium: what a visitor, an editor and an administrator see.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../server/test/helpers/e2e.js';
import { openRecorded, widgetsSettled } from '../embed/browser.js';
import { startWordPress, wordpressSkip, type WordPressSite } from './wordpress-site.js';
import { IjaPartnerMap } from '../../src/components/ija-partner-map/ija-partner-map.component.js';
import { IjaWorkshopAgenda } from '../../src/components/ija-workshop-agenda/ija-workshop-agenda.component.js';
import { IjaLeitfragenBoard } from '../../src/components/ija-leitfragen-board/ija-leitfragen-board.component.js';
import { IjaFivePointPlan } from '../../src/components/ija-five-point-plan/ija-five-point-plan.component.js';
import { LOCALES } from '../../src/core/i18n/locales.js';

const PORT = 8621;
/** Screenshots of what a visitor, an editor and an administrator see, to look at. */
const SCREENS = '/tmp/ija-wordpress-screens';
const ROOT = resolve(import.meta.dirname, '..', '..');
const WIDGETS = ['ija-partner-map', 'ija-workshop-agenda', 'ija-leitfragen-board', 'ija-five-point-plan'];
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A data file as an editor uploads it to the media library (a partner of each group but one). */
const NETWORK_JSON = JSON.stringify({
  partners: [
    { id: 'jugendring', name: 'Stadtjugendring Musterstadt', category: 'jugendarbeit' },
    { id: 'rat', name: 'Jugendhilfeausschuss', category: 'politik' },
    { id: 'kolping', name: 'Kolping-Bildungswerk', category: 'schule-beruf' },
  ],
});

const BLOCKS = [
  '<!-- wp:ija/partner-map {"join":true} /-->',
  '<!-- wp:ija/workshop-agenda {"variant":"projector","headingLevel":3} /-->',
  '<!-- wp:ija/leitfragen-board {"source":"builtin"} /-->',
  '<!-- wp:ija/five-point-plan {"source":"builtin","lang":"en"} /-->',
].join('\n\n');

/** axe on each widget (WCAG 2.1 A/AA): the theme around them is not ours. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Element, options: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const found: string[] = [];
    for (const tag of tags) {
      for (const element of document.querySelectorAll(tag)) {
        const result = await axe.run(element, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        found.push(...result.violations.map((violation) => `${tag}: ${violation.id} (${violation.nodes.length})`));
      }
    }
    return found;
  }, WIDGETS);
}

/** What each widget on the page shows (its shadow root's text, spaces folded). */
function widgetTexts(page: Page): Promise<Record<string, string>> {
  return page.evaluate((tags) => {
    const texts: Record<string, string> = {};
    for (const tag of tags) {
      const element = document.querySelector(tag);
      if (element) texts[tag] = (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
    }
    return texts;
  }, WIDGETS);
}

describe('the blocks and shortcodes in a real WordPress', { skip: wordpressSkip() }, () => {
  let site: WordPressSite;
  let browser: Browser;
  let blockPage: string;
  let shortcodePost: string;
  let plainPage: string;
  let mediaUrl: string;

  const insert = async (type: string, title: string, content: string) =>
    (
      await site.php(
        `echo wp_insert_post( array( 'post_type' => '${type}', 'post_status' => 'publish', 'post_title' => ${JSON.stringify(title)}, 'post_content' => ${JSON.stringify(content).replace(/\$/g, '\\$')} ) );`,
      )
    ).trim();

  before(async () => {
    mkdirSync(SCREENS, { recursive: true });
    site = await startWordPress({ port: PORT });
    browser = await launchBrowser();
    // Chromium asks for /favicon.ico, which a site without an icon answers with 404: a console error that is not ours.
    writeFileSync(join(site.dir, 'favicon.ico'), '');
    // The editor uploads the data file through WordPress's own upload handling (file type checks included).
    const upload = join(site.dir, 'netzwerk.json');
    writeFileSync(upload, NETWORK_JSON);
    mediaUrl = (
      await site.php(`
        require_once ABSPATH . 'wp-admin/includes/media.php';
        require_once ABSPATH . 'wp-admin/includes/file.php';
        require_once ABSPATH . 'wp-admin/includes/image.php';
        wp_set_current_user( get_user_by( 'login', '${site.users.editor.login}' )->ID );
        $file = array( 'name' => 'netzwerk.json', 'tmp_name' => '${upload}' );
        $id = media_handle_sideload( $file );
        echo is_wp_error( $id ) ? 'error: ' . $id->get_error_message() : wp_get_attachment_url( $id );`)
    ).trim();
    blockPage = await insert('page', 'Blöcke', BLOCKS);
    shortcodePost = await insert(
      'post',
      'Shortcodes',
      [
        `[ija_partner_map src="${mediaUrl}" category="politik" join onclick="alert(1)" view="<script>"]`,
        // Two on one line: wpautop wraps them in one <p>; the placeholders must stay inside their elements.
        '[ija_workshop_agenda] [ija_leitfragen_board view="results"]',
        '[ija_five_point_plan mode="check" heading-level="3"]',
      ].join('\n\n'),
    );
    plainPage = await insert('page', 'Ohne Widgets', '<!-- wp:paragraph --><p>Nur Text.</p><!-- /wp:paragraph -->');
  });

  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  it('an editor uploads a JSON data file to the media library; a user without ija_edit_content may not', async () => {
    assert.match(mediaUrl, /^http:\/\/127\.0\.0\.1:\d+\/wp-content\/uploads\/.*netzwerk.*\.json$/);
    writeFileSync(join(site.dir, 'autorin.json'), NETWORK_JSON);
    const author = await site.php(`
      require_once ABSPATH . 'wp-admin/includes/media.php';
      require_once ABSPATH . 'wp-admin/includes/file.php';
      require_once ABSPATH . 'wp-admin/includes/image.php';
      $user = wp_insert_user( array( 'user_login' => 'autorin', 'user_pass' => wp_generate_password(), 'role' => 'author' ) );
      wp_set_current_user( $user );
      $id = media_handle_sideload( array( 'name' => 'autorin.json', 'tmp_name' => '${join(site.dir, 'autorin.json')}' ) );
      echo is_wp_error( $id ) ? $id->get_error_message() : 'uploaded';`);
    assert.match(author, /not allowed to upload this file type/);
  });

  it('a page with each block and a post with each shortcode: every widget renders its content, in German, with no error, axe-clean, no other host', async () => {
    for (const [name, path, screen] of [
      ['blocks', `/?page_id=${blockPage}`, 'blocks'],
      ['shortcodes', `/?p=${shortcodePost}`, 'shortcodes'],
    ] as const) {
      const { page, recording } = await openRecorded(browser, `${site.url}${path}`);
      await widgetsSettled(page);
      const texts = await widgetTexts(page);
      assert.deepEqual(Object.keys(texts).sort(), [...WIDGETS].sort(), `${name}: one of each widget`);
      if (name === 'blocks') {
        assert.match(texts['ija-partner-map']!, /Wer fehlt noch\?/, 'partner map (built-in)');
        assert.match(texts['ija-workshop-agenda']!, /Mittagspause|Begrüßung/, 'agenda (built-in)');
        assert.match(texts['ija-leitfragen-board']!, /Leitfragen|Idee/, 'board (built-in)');
        assert.match(texts['ija-five-point-plan']!, /Overall progress/, 'plan (built-in, lang="en")');
      } else {
        // The media file's partners, filtered to one group: the hostile view value was dropped (the list shows).
        assert.match(texts['ija-partner-map']!, /Jugendhilfeausschuss/);
        assert.doesNotMatch(texts['ija-partner-map']!, /Stadtjugendring/);
        assert.match(texts['ija-five-point-plan']!, /Selbstcheck/);
      }
      assert.deepEqual(recording.errors, [], `${name}: console errors`);
      assert.deepEqual(await axeViolations(page), [], `${name}: axe`);
      const origin = new URL(site.url).origin;
      assert.deepEqual(recording.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:')), [], `${name}: requests to other hosts`);
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: `${SCREENS}/${screen}-${width}.png`, fullPage: true });
      }
      await page.context().close();
    }
    assert.deepEqual(site.phpErrors(), []);
  });

  it('the server HTML: placeholder text in German, whitelisted and escaped attributes, the module and its preload', async () => {
    const page = await (await fetch(`${site.url}/?page_id=${blockPage}`)).text();
    // The content and the plugin's tags (the whole page would make a failure unreadable).
    const blocks = page.match(/<ija-[\s\S]*?<\/ija-[a-z-]+>|<(?:script|link)[^>]*ija-widgets[^>]*>(?:<\/script>)?/g)!.join('\n');
    assert.match(blocks, /<ija-partner-map heading-level="2" view="list" join><span>Das Partnernetz wird geladen …<\/span><\/ija-partner-map>/);
    assert.match(blocks, /<ija-workshop-agenda heading-level="3" variant="projector"><span>Das Programm wird geladen …<\/span>/);
    assert.match(blocks, /<ija-five-point-plan lang="en" heading-level="2" mode="plan">/);
    assert.match(blocks, /<script type="module" src="[^"]+\/wp-content\/plugins\/ija-widgets\/assets\/ija-wordpress\.js\?ver=[^"]+" id="ija-widgets-js"><\/script>/);
    assert.match(blocks, /<link rel="modulepreload" href="[^"]+\/wp-content\/plugins\/ija-widgets\/lib\/ija-widgets\.js">/);
    assert.equal(blocks.match(/ija-wordpress\.js/g)?.length, 1, 'the module once');

    const shortcodes = await (await fetch(`${site.url}/?p=${shortcodePost}`)).text();
    const map = /<ija-partner-map[^>]*>/.exec(shortcodes)![0];
    assert.equal(map, `<ija-partner-map category="politik" join src="${mediaUrl}">`);
    assert.doesNotMatch(shortcodes, /onclick|<script>"/);
    assert.equal(/<ija-leitfragen-board[^>]*>/.exec(shortcodes)![0], '<ija-leitfragen-board view="results">');
  });

  it('before the script runs (here: never), each widget shows its placeholder text and holds its space', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // The block page, and the shortcode post, where wpautop wraps two shortcodes on one line in one <p>.
    for (const address of [`${site.url}/?page_id=${blockPage}`, `${site.url}/?p=${shortcodePost}`]) {
      await page.goto(address);
      const widgets = await page.evaluate((tags) => tags.map((tag) => {
        const element = document.querySelector(tag)!;
        return { tag, text: (element as HTMLElement).innerText.trim(), height: element.getBoundingClientRect().height, rem: parseFloat(getComputedStyle(document.documentElement).fontSize) };
      }), WIDGETS);
      for (const { tag, text, height, rem } of widgets) {
        assert.match(text, /wird geladen …|werden geladen …/, `${tag} on ${address}`);
        assert.ok(height >= 30 * rem - 1, `${tag} on ${address}: ${height}px high, not the reserved 30rem`);
      }
    }
    await context.close();
  });

  it('a classic theme (content after the head): the style sheet and the preload are in the head all the same', async () => {
    const theme = join(site.dir, 'wp-content', 'themes', 'ija-classic');
    mkdirSync(theme, { recursive: true });
    writeFileSync(join(theme, 'style.css'), '/*\nTheme Name: IJA Classic Test\n*/\n');
    writeFileSync(
      join(theme, 'index.php'),
      `<!DOCTYPE html><html <?php language_attributes(); ?>><head><?php wp_head(); ?></head><body><main><?php while ( have_posts() ) { the_post(); the_content(); } ?></main><?php wp_footer(); ?></body></html>`,
    );
    await site.php(`switch_theme( 'ija-classic' );`);
    try {
      const html = await (await fetch(`${site.url}/?p=${shortcodePost}`)).text();
      const head = html.slice(0, html.indexOf('</head>'));
      assert.match(head, /<link rel="modulepreload" href="[^"]+\/plugins\/ija-widgets\/lib\/ija-widgets\.js">/);
      assert.match(head, /id='ija-widgets-css'/);
      assert.match(html.slice(html.indexOf('</main>')), /<script type="module" src="[^"]+ija-wordpress\.js/);
    } finally {
      await site.php(`switch_theme( 'twentytwentythree' );`);
    }
  });

  it('a page without widgets loads none of the plugin\'s files', async () => {
    const html = await (await fetch(`${site.url}/?page_id=${plainPage}`)).text();
    assert.doesNotMatch(html, /plugins\/ija-widgets/);
    const { page, recording } = await openRecorded(browser, `${site.url}/?page_id=${plainPage}`);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(recording.requests.filter((url) => url.includes('/plugins/ija-widgets/')), []);
    await page.context().close();
  });

  it("under a strict CSP (script-src 'self') the widgets render with no violation", async () => {
    mkdirSync(join(site.dir, 'wp-content', 'mu-plugins'), { recursive: true });
    // WordPress's own inline scripts (emoji detection, the block theme's skip link) would be refused too: not ours.
    writeFileSync(
      join(site.dir, 'wp-content', 'mu-plugins', 'strict-csp.php'),
      `<?php
add_action( 'send_headers', static function () { header( "Content-Security-Policy: script-src 'self'" ); } );
remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
remove_action( 'wp_footer', 'the_block_template_skip_link' );
`,
    );
    try {
      for (const path of [`/?page_id=${blockPage}`, `/?p=${shortcodePost}`]) {
        const { page, recording } = await openRecorded(browser, `${site.url}${path}`);
        await widgetsSettled(page);
        assert.equal(Object.keys(await widgetTexts(page)).length, WIDGETS.length);
        await page.waitForTimeout(300);
        assert.deepEqual(await recording.violations(), [], path);
        assert.deepEqual(recording.errors, [], path);
        await page.context().close();
      }
    } finally {
      rmSync(join(site.dir, 'wp-content', 'mu-plugins', 'strict-csp.php'), { force: true });
    }
  });

  it('the block editor shows the real widgets as the preview, and the sidebar in German', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await site.login(page, site.users.editor);
    await page.goto(`${site.url}/wp-admin/post.php?post=${blockPage}&action=edit`);
    // No welcome guide: it would cover the canvas.
    await page.evaluate(() => (window as unknown as { wp: { data: { dispatch: (store: string) => { set: (scope: string, key: string, value: boolean) => void } } } }).wp.data.dispatch('core/preferences').set('core/edit-post', 'welcomeGuide', false));
    await widgetsSettled(page, 30_000);
    const texts = await widgetTexts(page);
    assert.deepEqual(Object.keys(texts).sort(), [...WIDGETS].sort());
    assert.match(texts['ija-partner-map']!, /Wer fehlt noch\?/);
    assert.match(texts['ija-workshop-agenda']!, /Begrüßung|Mittagspause/);
    // The projector variant and the heading level reach the element in the editor too.
    assert.equal(await page.getAttribute('ija-workshop-agenda', 'variant'), 'projector');
    assert.equal(await page.getAttribute('ija-workshop-agenda', 'heading-level'), '3');

    await page.click('.wp-block[data-type="ija/partner-map"]', { position: { x: 5, y: 5 } });
    await page.waitForSelector('.block-editor-block-inspector');
    const sidebar = await page.textContent('.block-editor-block-inspector');
    assert.match(sidebar!, /Partnernetz/, 'the block title, translated');
    assert.match(sidebar!, /Datenquelle/);
    assert.match(sidebar!, /Ansicht und Filter/);
    await page.screenshot({ path: `${SCREENS}/editor-1400.png` });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("'this site': a provider with the site's REST address; the nonce, editable and admin only for who may use them", async () => {
    const sitePage = await insert('page', 'Diese Website', '<!-- wp:ija/workshop-agenda {"source":"site"} /-->\n<!-- wp:ija/partner-map {"source":"site"} /-->');
    const visitor = await (await fetch(`${site.url}/?page_id=${sitePage}`)).text();
    assert.match(visitor, /<ija-provider data-ija-wp-rest="[^"]+ija\/v1"><ija-workshop-agenda heading-level="2" variant="default">/);
    const widgets = /<ija-provider[\s\S]*<\/ija-provider>/.exec(visitor)![0];
    assert.doesNotMatch(widgets, /data-ija-wp-nonce|editable|admin/);

    for (const [user, expected] of [
      [site.users.editor, { editable: true, admin: false }],
      [site.users.network, { editable: false, admin: true }],
    ] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await site.login(page, user);
      await page.goto(`${site.url}/?page_id=${sitePage}`);
      const found = await page.evaluate(() => ({
        nonce: document.querySelector('ija-provider')!.getAttribute('data-ija-wp-nonce'),
        editable: document.querySelector('ija-workshop-agenda')!.hasAttribute('editable'),
        admin: document.querySelector('ija-partner-map')!.hasAttribute('admin'),
      }));
      assert.match(found.nonce ?? '', /^[0-9a-f]{10}$/, `${user.login}: nonce`);
      assert.deepEqual({ editable: found.editable, admin: found.admin }, expected, user.login);
      await context.close();
    }
  });

  it('the settings page saves (accessible form), and a block with the default source uses it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    await site.login(page, site.users.admin);
    // From the Plugins screen, where a webmaster lands after activating.
    await page.goto(`${site.url}/wp-admin/plugins.php`);
    await Promise.all([page.waitForURL(/options-general\.php\?page=ija-widgets/), page.click('tr[data-slug="ija-widgets"] .settings a')]);
    assert.equal(await page.textContent('.wrap h1'), 'IJA-Widgets');
    // Each control has its label and its description.
    await page.getByLabel('Standard-Datenquelle').selectOption('site');
    await page.getByLabel('Text zur Einwilligung').fill('Die Karte kommt vom Kachelserver des Kreises Musterstadt.');
    await page.getByLabel('Mitmach-Anfragen aufbewahren (Tage)').fill('14');
    await page.getByLabel('Sprache der Widgets').selectOption('en');
    const described = await page.getAttribute('#ija-consent_text', 'aria-describedby');
    assert.match((await page.textContent(`#${described}`))!, /Kachelserver/);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Element, options: object) => Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document.querySelector('.wrap form')!, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((v) => v.id);
    });
    assert.deepEqual(violations, []);
    await page.screenshot({ path: `${SCREENS}/settings-1280.png`, fullPage: true });
    await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
    const stored = JSON.parse(await site.php(`echo wp_json_encode( IjaWidgets\\settings() );`));
    assert.equal(stored.source, 'site');
    assert.equal(stored.retention_days, 14);
    assert.equal(stored.lang, 'en');
    assert.equal(stored.consent_text, 'Die Karte kommt vom Kachelserver des Kreises Musterstadt.');

    // The block page's partner map has no source of its own: now "this site".
    await page.goto(`${site.url}/?page_id=${blockPage}`);
    assert.equal(await page.locator('ija-provider[data-ija-wp-rest] > ija-partner-map').count(), 1);
    assert.equal(await page.locator('ija-provider ija-leitfragen-board').count(), 0, 'the board chose built-in content');
    // The widgets' language from the settings, unless a block chose its own.
    assert.equal(await page.getAttribute('ija-partner-map', 'lang'), 'en');
    assert.equal(await page.getAttribute('ija-workshop-agenda', 'lang'), 'en');
    // The consent text in the map's consent panel (the shortcode's map reads the media file).
    await page.goto(`${site.url}/?p=${shortcodePost}`);
    await page.evaluate(() => {
      document.querySelector('ija-partner-map')!.setAttribute('view', 'map');
    });
    const consent = page.locator('ija-partner-map > [slot="consent"]');
    await consent.waitFor({ state: 'visible' });
    assert.equal(await consent.textContent(), 'Die Karte kommt vom Kachelserver des Kreises Musterstadt.');
    await page.locator('ija-partner-map').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENS}/consent-1280.png` });
    await context.close();
  });

  it('hostile settings are cleaned: each key to its type and range, unknown keys dropped', async () => {
    const cleaned = JSON.parse(
      await site.php(`
        $before = get_option( 'ija_widgets' );
        update_option( 'ija_widgets', array( 'source' => 'media', 'api_url' => 'javascript:alert(1)', 'tiles' => 'http://tiles.example.de/{z}/{x}/{y}.png', 'consent_text' => '<script>x</script>Text', 'lang' => 'xx', 'retention_days' => '99999', 'evil' => 1 ) );
        echo wp_json_encode( IjaWidgets\\settings() );
        update_option( 'ija_widgets', $before );`),
    );
    assert.deepEqual(cleaned, {
      source: 'builtin',
      api_url: '',
      board_api_url: '',
      tiles: '',
      attribution: '',
      attribution_url: '',
      consent_text: 'Text',
      lang: '',
      retention_days: 3650,
    });
  });

  it("the renderer's whitelist matches the elements: every attribute and value it lets through, the element knows", async () => {
    const elements = { 'ija-partner-map': IjaPartnerMap, 'ija-workshop-agenda': IjaWorkshopAgenda, 'ija-leitfragen-board': IjaLeitfragenBoard, 'ija-five-point-plan': IjaFivePointPlan };
    const widgets = JSON.parse(await site.php('echo wp_json_encode( IjaWidgets\\widgets() );')) as Record<string, { tag: keyof typeof elements; attributes: Record<string, string | string[]> }>;
    assert.deepEqual(Object.values(widgets).map((widget) => widget.tag).sort(), Object.keys(elements).sort());
    for (const { tag, attributes } of Object.values(widgets)) {
      const element = elements[tag];
      // An element's attributes, as Lit names them: the declared name, else the property's name in lower case.
      const known = new Set([...element.elementProperties].flatMap(([property, options]) => (options.attribute === false ? [] : [typeof options.attribute === 'string' ? options.attribute : String(property).toLowerCase()])));
      for (const [name, kind] of Object.entries(attributes)) {
        if (name === 'lang') {
          assert.deepEqual([...(kind as string[])].sort(), [...LOCALES].sort(), 'the languages are the library\'s');
          continue;
        }
        assert.ok(known.has(name), `${tag} has no attribute ${name}`);
        const values = (element as unknown as { enumerated: Record<string, readonly string[]> }).enumerated[name];
        if (Array.isArray(kind) && values) for (const value of kind) assert.ok(values.includes(value), `${tag} ${name}="${value}" is not one of ${values.join(', ')}`);
      }
    }
  });

  it('the translations are up to date (scripts/wordpress-translations.mjs --check)', () => {
    const check = spawnSync(process.execPath, [join(ROOT, 'scripts', 'wordpress-translations.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
  });
});
