import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
// @ts-expect-error -- a plain ES module without types, shared with the browser tests
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.mjs';
import { DEFAULT_AGENDA } from '../../src/core/defaults/agenda.js';
import { ROUTES } from '../../src/core/adapter/routes.js';
import { DEFAULT_IDS } from '../../src/core/schemas/constants.js';
// @ts-expect-error -- a plain ES module without types, shared with the size script and the benchmarks
import { startReferenceServer } from '../../scripts/reference-server.mjs';
import { startWordPress, wordpressSkip, type WordPressSite, type WordPressUser } from './wordpress-site.js';

/**
 * The plugin in use, in a real WordPress installed from the built zip, with Chromium: an editor edits the agenda
 * through the widget; a visitor asks to join the partner network and a user with the network capability accepts;
 * a subscriber cannot change anything. Pages are made with the plugin's blocks (data source "this site").
 */

const AGENDA_ID = 'werkstatt-musterstadt';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Recorded {
  page: Page;
  /** Page errors, console errors, requests to any other host. */
  problems: string[];
}

describe('the plugin in use, in a real WordPress', { skip: wordpressSkip(), timeout: 300_000 }, () => {
  let site: WordPressSite;
  let browser: Browser;
  const pages: Record<'agenda' | 'partners', string> = { agenda: '', partners: '' };

  before(async () => {
    site = await startWordPress({ port: 8636 });
    browser = await chromium.launch({ executablePath: findChromium() as string, args: CHROMIUM_ARGS as string[] });
    // The agenda exists in WordPress (saved through the REST API as the administrator would), and two pages use the blocks.
    const saved = await site.php(`
      wp_set_current_user( 1 );
      $request = new WP_REST_Request( 'PUT', '/ija/v1/agendas/${AGENDA_ID}' );
      $request->set_header( 'content-type', 'application/json' );
      $request->set_body( ${phpString(JSON.stringify({ ...DEFAULT_AGENDA, id: AGENDA_ID }))} );
      echo rest_do_request( $request )->get_status();`);
    assert.equal(saved, '200', 'the agenda saved through the REST API');
    pages.agenda = await makePage('Programm', `<!-- wp:ija/workshop-agenda {"source":"site","agendaId":"${AGENDA_ID}"} /-->`);
    pages.partners = await makePage('Partnernetz', '<!-- wp:ija/partner-map {"source":"site","join":true} /-->');
  });

  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  /** A published page with this block markup; its address. */
  async function makePage(title: string, content: string): Promise<string> {
    return site.php(`
      wp_set_current_user( 1 );
      $id = wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => ${phpString(title)}, 'post_content' => ${phpString(content)} ), true );
      echo is_wp_error( $id ) ? $id->get_error_message() : get_permalink( $id );`);
  }

  /** One person's browser (a context of its own), logged in when a user is given. */
  async function person(user?: WordPressUser, width = 1280): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    if (user) {
      const page = await context.newPage();
      await site.login(page, user);
      await page.close();
    }
    return context;
  }

  /** Opens a page and records its errors and any request to another host. */
  async function open(context: BrowserContext, url: string): Promise<Recorded> {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      const problem = `console: ${message.text()} (${message.location().url})`;
      if (message.type() === 'error' && notFavicon(problem)) problems.push(problem);
    });
    page.on('request', (request) => {
      const target = request.url();
      if (!target.startsWith(site.url) && !target.startsWith('data:') && !target.startsWith('blob:')) problems.push(`request to another host: ${target}`);
    });
    await page.goto(url);
    return { page, problems };
  }

  /** axe (WCAG 2.1 A and AA) on the widgets of the page. */
  async function axeViolations(page: Page, selector: string): Promise<string[]> {
    await page.addScriptTag({ content: axeSource });
    return page.evaluate(async (include) => {
      const axe = (window as unknown as { axe: { run: (context: object, options: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
      const result = await axe.run({ include: [[include]] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
    }, selector);
  }

  it('a WordPress editor edits the agenda through the widget, saves, and it is saved in WordPress', async () => {
    const editor = await person(site.users.editor);
    const { page, problems } = await open(editor, pages.agenda);
    const agenda = page.locator('ija-workshop-agenda');
    await agenda.locator('li[data-id="input"] .edit-toggle').waitFor();

    await agenda.locator('.details-toggle').click();
    await agenda.locator('#details-title').fill('Werkstattgespräch Musterstadt 2030');
    await agenda.locator('#details-form button[type="submit"]').click();
    await agenda.locator('h2:has-text("Werkstattgespräch Musterstadt 2030")').waitFor();
    const input = agenda.locator('li[data-id="input"]');
    await input.locator('.edit-toggle').click();
    await input.locator('form input[name="speaker"]').fill('Dr. Jana Beispiel');
    await input.locator('form button[type="submit"]').click();
    await input.locator('.speaker:has-text("Dr. Jana Beispiel")').waitFor();
    await agenda.locator('button:has-text("Speichern")').click();
    await agenda.locator('.save-status:has-text("Gespeichert.")').waitFor();
    await page.screenshot({ path: '/tmp/wp-journey-agenda-editor-1280.png', fullPage: true });
    assert.deepEqual(await axeViolations(page, 'ija-workshop-agenda'), []);

    // In WordPress: the document in the post meta, and the REST API's answer to anyone.
    const stored = JSON.parse(
      await site.php(`
        $post = get_page_by_path( '${AGENDA_ID}', OBJECT, 'ija_agenda' );
        echo $post ? get_post_meta( $post->ID, '_ija_document', true ) : 'null';`),
    ) as typeof DEFAULT_AGENDA | null;
    assert.equal(stored?.title, 'Werkstattgespräch Musterstadt 2030');
    assert.equal(stored?.items.find((item) => item.id === 'input')?.speaker, 'Dr. Jana Beispiel');
    const answer = await fetch(site.restUrl(`/agendas/${AGENDA_ID}`));
    assert.equal(answer.status, 200);
    assert.deepEqual(await answer.json(), stored);

    // A visitor on a phone sees the saved agenda, without editing controls.
    const visitor = await open(await person(undefined, 375), pages.agenda);
    const shown = visitor.page.locator('ija-workshop-agenda');
    await shown.locator('h2:has-text("Werkstattgespräch Musterstadt 2030")').waitFor();
    assert.equal(await shown.locator('.edit-toggle').count(), 0, 'a visitor gets no editing controls');
    await visitor.page.screenshot({ path: '/tmp/wp-journey-agenda-visitor-375.png', fullPage: true });
    assert.deepEqual(await axeViolations(visitor.page, 'ija-workshop-agenda'), []);
    assert.deepEqual(await traces(visitor.page), { cookies: [], local: [], session: [] }, 'the visitor keeps no cookie and nothing stored');
    assert.deepEqual(visitor.problems, []);
    assert.deepEqual(withoutAvatars(problems), []);
    await editor.close();
    await visitor.page.context().close();
  });

  it(
    'an editor whose session ended while editing logs in again in another tab; "Erneut versuchen" then saves the draft',
    // The page's nonce belongs to the ended session: the plugin's module asks for the new session's nonce on a 403.
    async () => {
      const editor = await person(site.users.editor);
      const { page } = await open(editor, pages.agenda);
      const agenda = page.locator('ija-workshop-agenda');
      const welcome = agenda.locator('li[data-id="begruessung"]');
      await welcome.locator('.edit-toggle').click();
      await welcome.locator('form input[name="speaker"]').fill('Bürgermeisterin Musterfrau');
      await welcome.locator('form button[type="submit"]').click();
      // Logged out elsewhere, or the session expired: WordPress ends every session of the user.
      await site.php(`WP_Session_Tokens::get_instance( get_user_by( 'login', '${site.users.editor.login}' )->ID )->destroy_all();`);
      await agenda.locator('button:has-text("Speichern")').click();
      await agenda.locator('.save-status:has-text("Ihre Änderungen bleiben erhalten")').waitFor();
      const again = await editor.newPage();
      await site.login(again, site.users.editor);
      await again.close();
      await agenda.locator('button:has-text("Erneut versuchen")').click();
      await agenda.locator('.save-status:has-text("Gespeichert.")').waitFor({ timeout: 10_000 });
      const stored = (await (await fetch(site.restUrl(`/agendas/${AGENDA_ID}`))).json()) as typeof DEFAULT_AGENDA;
      assert.equal(stored.items.find((item) => item.id === 'begruessung')?.speaker, 'Bürgermeisterin Musterfrau');
      await editor.close();
    },
  );

  it('on a fresh site, an editor who adds the agenda and plan blocks ("this site", default ids) finds content to start from', async () => {
    const url = await makePage('Werkstattgespräch', '<!-- wp:ija/workshop-agenda {"source":"site"} /--><!-- wp:ija/five-point-plan {"source":"site"} /-->');
    const editor = await person(site.users.editor);
    const { page, problems } = await open(editor, url);
    await page.locator('ija-workshop-agenda li.item .edit-toggle').first().waitFor({ timeout: 10_000 });
    await page.locator('ija-five-point-plan li.point').first().waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('ija-workshop-agenda .state.error, ija-five-point-plan .state.error').count(), 0);
    assert.deepEqual(withoutAvatars(problems), []);
    await editor.close();
  });

  it('a live board on the reference server (the setting "Server für Live-Boards"): an idea from one visitor reaches the other live', async () => {
    // WordPress stores no boards: the site names a reference server, which allows the site's origin (--cors).
    const boards = (await startReferenceServer({ options: ['--cors', site.url] })) as { origin: string; stop(): void };
    try {
      await site.php(`$settings = get_option( 'ija_widgets', array() ); $settings['board_api_url'] = '${boards.origin}/api'; update_option( 'ija_widgets', $settings );`);
      const url = await makePage('Leitfragen', '<!-- wp:ija/leitfragen-board /-->');
      const [phone, laptop] = [await open(await person(undefined, 375), url), await open(await person(undefined, 1280), url)];
      const board = (page: Page) => page.locator('ija-leitfragen-board');
      for (const { page } of [phone, laptop]) await board(page).locator('.status', { hasText: 'Live verbunden' }).waitFor({ timeout: 15_000 });

      const idea = 'Jugendzentrum und Schule gemeinsam zur Infoveranstaltung einladen';
      const form = board(phone.page).locator('section.question.selected form.add');
      await form.locator('textarea').fill(idea);
      await form.getByRole('button', { name: 'Idee hinzufügen' }).click();
      await board(phone.page).locator('li.card .card-text', { hasText: idea }).waitFor();
      await board(laptop.page).locator('li.card .card-text', { hasText: idea }).waitFor({ timeout: 10_000 });
      assert.deepEqual(await axeViolations(laptop.page, 'ija-leitfragen-board'), []);

      const stored = (await (await fetch(`${boards.origin}/api/boards/${DEFAULT_IDS.board}`)).json()) as { cards: { text: string }[] };
      assert.ok(stored.cards.some((card) => card.text === idea), 'the idea is stored on the reference server');
      // The only other host is the one the site named.
      const elsewhere = (problems: string[]) => problems.filter((problem) => !problem.includes(`request to another host: ${boards.origin}/`));
      assert.deepEqual(elsewhere([...phone.problems, ...laptop.problems]), []);
      for (const { page } of [phone, laptop]) await page.context().close();
    } finally {
      boards.stop();
      await site.php(`$settings = get_option( 'ija_widgets', array() ); $settings['board_api_url'] = ''; update_option( 'ija_widgets', $settings );`);
    }
  });

  it('a visitor asks to join through "Mitmachen"; the network user accepts it in the widget; visitors see the partner', async () => {
    // Without pretty permalinks the REST API is under ?rest_route=: the adapter appends its paths to that.
    assert.equal(await site.php(`update_option( 'permalink_structure', '' ); flush_rewrite_rules(); echo rest_url( 'ija/v1' );`), `${site.url}/index.php?rest_route=/ija/v1`);
    const plainUrl = await site.php(`echo get_permalink( get_page_by_path( 'partnernetz' ) );`);

    const visitor = await open(await person(undefined, 375), plainUrl);
    const map = visitor.page.locator('ija-partner-map');
    await map.locator('#tab-join').click();
    await map.locator('#join-name').fill('Jugendkunstschule Musterstadt');
    await map.locator('#join-category').selectOption('jugendarbeit');
    await map.locator('#join-contactName').fill('Robin Beispiel');
    await map.locator('#join-email').fill('robin@jugendkunstschule.example');
    await map.locator('#join-address').fill('Am Markt 1, 45457 Musterstadt');
    await map.locator('#join-publish').check();
    await visitor.page.screenshot({ path: '/tmp/wp-journey-join-375.png', fullPage: true });
    await map.locator('button:has-text("Anfrage senden")').click();
    await map.locator('.join-done').waitFor();
    assert.deepEqual(await traces(visitor.page), { cookies: [], local: [], session: [] }, 'the visitor keeps no cookie and nothing stored');
    assert.deepEqual(await axeViolations(visitor.page, 'ija-partner-map'), []);
    assert.equal(
      await site.php(`echo count( get_posts( array( 'post_type' => 'ija_join_request', 'post_status' => 'any', 'numberposts' => -1 ) ) );`),
      '1',
      'the join request is stored in WordPress',
    );

    // The network user: the same block offers the admin view ("Verwaltung") with the request.
    const network = await person(site.users.network);
    const admin = await open(network, plainUrl);
    const adminMap = admin.page.locator('ija-partner-map');
    await adminMap.locator('#tab-admin').click();
    await adminMap.locator('button:has-text("Prüfen und aufnehmen: Jugendkunstschule Musterstadt")').click();
    assert.equal(await adminMap.locator('#pf-address').inputValue(), 'Am Markt 1, 45457 Musterstadt');
    await adminMap.locator('#pf-lat').fill('51,4312');
    await adminMap.locator('#pf-lng').fill('6,8765');
    await admin.page.screenshot({ path: '/tmp/wp-journey-accept-1280.png', fullPage: true });
    await adminMap.locator('button:has-text("Aufnehmen und veröffentlichen")').click();
    await adminMap.locator('[role="status"]:has-text("aufgenommen")').waitFor();
    assert.deepEqual(await axeViolations(admin.page, 'ija-partner-map'), []);

    // A visitor (a new one) finds the partner in the list.
    const later = await open(await person(undefined, 1280), plainUrl);
    await later.page.locator('ija-partner-map input[type="search"]').fill('Jugendkunstschule');
    await later.page.locator('ija-partner-map .partner-name:has-text("Jugendkunstschule Musterstadt")').waitFor();
    await later.page.screenshot({ path: '/tmp/wp-journey-partners-1280.png', fullPage: true });
    const partners = (await (await fetch(site.restUrl('/partners'))).json()) as { name: string }[] | { partners: { name: string }[] };
    const list = Array.isArray(partners) ? partners : partners.partners;
    assert.ok(list.some((partner) => partner.name === 'Jugendkunstschule Musterstadt'), 'GET /partners lists the new partner');

    // An editor (no network capability) gets no admin view of the same block.
    const editor = await open(await person(site.users.editor), plainUrl);
    await editor.page.locator('ija-partner-map #tab-join').waitFor();
    assert.equal(await editor.page.locator('ija-partner-map #tab-admin').count(), 0);

    assert.deepEqual([...visitor.problems, ...later.problems], []);
    assert.deepEqual(withoutAvatars([...admin.problems, ...editor.problems]), []);
    for (const { page } of [visitor, admin, later, editor]) await page.context().close();
  });

  it('a logged-in subscriber with a valid nonce gets 403 from every write, a visitor 401; nothing changes', async () => {
    const subscriber = await person(site.users.subscriber);
    const { page } = await open(subscriber, pages.agenda);
    const nonce = await page.locator('ija-provider').getAttribute('data-ija-wp-nonce');
    assert.ok(nonce, 'the page gives a logged-in subscriber a REST nonce');

    const before = await contentFingerprint();
    const writes = Object.entries(ROUTES).filter(([name, route]) => isWordPressRoute(route.path) && (route.method !== 'GET' || PROTECTED_READS.has(name)) && name !== 'joinRequest');
    assert.ok(writes.length >= 15, `${writes.length} protected routes`);
    for (const [name, route] of writes) {
      const url = site.restUrl(route.path.replace(/\{(\w+)\}/g, (_, param: string) => (param === 'id' && route.path.startsWith('/agendas') ? AGENDA_ID : `test-${param}`)));
      const body = route.method === 'GET' || route.method === 'DELETE' ? undefined : '{}';
      const asSubscriber: number = await page.evaluate(
        async (request) => (await fetch(request.url, { method: request.method, body: request.body, headers: { 'content-type': 'application/json', 'x-wp-nonce': request.nonce } })).status,
        { url, method: route.method, body, nonce },
      );
      assert.equal(asSubscriber, 403, `${name}: ${route.method} ${route.path} as a subscriber`);
      const asVisitor = (await fetch(url, { method: route.method, body, headers: { 'content-type': 'application/json' } })).status;
      assert.equal(asVisitor, 401, `${name}: ${route.method} ${route.path} as a visitor`);
    }
    assert.equal(await contentFingerprint(), before, 'nothing changed');
    await subscriber.close();
  });

  /** The plugin's documents (type, name, document) and its option: changes when anything is written. */
  function contentFingerprint(): Promise<string> {
    return site.php(`
      $posts = get_posts( array( 'post_type' => array( 'ija_partner', 'ija_join_request', 'ija_agenda', 'ija_plan' ), 'post_status' => 'any', 'numberposts' => -1, 'orderby' => 'ID' ) );
      $all   = array_map( fn ( $post ) => array( $post->post_type, $post->post_name, $post->post_modified_gmt, get_post_meta( $post->ID, '_ija_document', true ) ), $posts );
      echo md5( wp_json_encode( array( $all, get_option( 'ija_widgets' ) ) ) ), ' ', count( $posts );`);
  }
});

/** What a page left in the browser: cookie names, localStorage and sessionStorage keys (DSGVO: none for a visitor). */
async function traces(page: Page): Promise<{ cookies: string[]; local: string[]; session: string[] }> {
  const cookies = (await page.context().cookies()).map((cookie) => cookie.name);
  const storage = await page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
  return { cookies, ...storage };
}

/** Reads that only the network capability may make (personal data). */
const PROTECTED_READS = new Set(['joinRequests', 'exportPartners']);

/** Boards stay on the reference server; every other route of the contract is the plugin's. */
function isWordPressRoute(path: string): boolean {
  return !path.startsWith('/boards');
}

/** WordPress's admin bar shows the logged-in user's Gravatar: core, not the plugin (visitors load none). */
function withoutAvatars(problems: string[]): string[] {
  return problems.filter((problem) => !/gravatar\.com/.test(problem));
}

/** `php -S` answers /favicon.ico with 404 (behind Apache or nginx WordPress itself answers it): the test server's, not the plugin's. */
function notFavicon(problem: string): boolean {
  return !problem.endsWith(`/favicon.ico)`);
}

/** A PHP single-quoted string literal. */
function phpString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
