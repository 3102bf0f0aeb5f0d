import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * Theme playground: change the `--ija-*` tokens (or the KERN UX tokens of a KERN site) and see every
 * widget at once; the CSS below the widgets is what a site puts into its style sheet.
 */

const TOKENS = {
  '--ija-color-primary': 'Buttons, links, highlights',
  '--ija-color-on-primary': 'Text on primary buttons',
  '--ija-color-text': 'Text',
  '--ija-color-text-muted': 'Secondary text',
  '--ija-color-surface': 'Background',
  '--ija-color-surface-alt': 'Panels, cards',
  '--ija-color-border': 'Borders',
  '--ija-color-focus': 'Focus ring',
  '--ija-color-danger': 'Errors',
  '--ija-color-success': 'Done, new to IJA, key insights',
  '--ija-color-warning': 'Warnings',
  '--ija-radius': 'Corner radius',
  '--ija-font-family': 'Font',
} as const;

const KERN_TOKENS = {
  '--kern-color-action-default': 'KERN: action colour',
  '--kern-color-action-on-default': 'KERN: text on actions',
  '--kern-color-layout-text-default': 'KERN: text',
  '--kern-color-layout-background-default': 'KERN: background',
} as const;

type Token = keyof typeof TOKENS | keyof typeof KERN_TOKENS;
type Args = Partial<Record<Token, string>> & { pageBackground?: string };

const ELEMENTS = 'ija-partner-map, ija-workshop-agenda, ija-leitfragen-board, ija-five-point-plan, ija-provider';

/**
 * The CSS a site adds: the `--ija-*` tokens on the widgets, KERN tokens where the site defines them. Not
 * exported: Storybook takes every export of a stories file for a story (it was a blank first entry).
 */
function themeCss(args: Args): string {
  const lines = (names: readonly string[]) =>
    names.filter((name) => args[name as Token]).map((name) => `  ${name}: ${args[name as Token]};`);
  const own = lines(Object.keys(TOKENS));
  const kern = lines(Object.keys(KERN_TOKENS));
  return [
    own.length ? `${ELEMENTS} {\n${own.join('\n')}\n}` : '',
    kern.length ? `/* Defined by a KERN UX site; the widgets follow them. */\n:root {\n${kern.join('\n')}\n}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

function copy(event: Event, text: string): void {
  const button = event.currentTarget as HTMLButtonElement;
  const status = button.nextElementSibling as HTMLElement;
  navigator.clipboard.writeText(text).then(
    () => (status.textContent = 'Kopiert.'),
    () => {
      const area = button.closest('.theme-css')!.querySelector('textarea')!;
      area.select();
      status.textContent = 'Markiert: mit Strg+C kopieren.';
    },
  );
}

const meta: Meta<Args> = {
  title: 'Theme playground',
  tags: ['!autodocs'],
  argTypes: {
    ...Object.fromEntries(
      Object.entries({ ...TOKENS, ...KERN_TOKENS }).map(([name, description]) => [
        name,
        { control: name.includes('color') ? 'color' : 'text', description, table: { category: name.startsWith('--kern') ? 'KERN UX' : 'ija' } },
      ]),
    ),
    pageBackground: { control: 'color', description: 'Background of the host page', table: { category: 'page' } },
  },
  render: (args) => {
    const css = themeCss(args);
    // The tokens go on the wrapper as inline custom properties, as a site's style sheet would set them.
    const tokens = [...Object.keys(TOKENS), ...Object.keys(KERN_TOKENS)]
      .filter((name) => args[name as Token])
      .map((name) => `${name}: ${args[name as Token]};`)
      .join(' ');
    return html`<div style="padding: 1rem; background: ${args.pageBackground ?? 'transparent'}; display: grid; gap: 1.5rem; ${tokens}">
      <ija-five-point-plan></ija-five-point-plan>
      <ija-partner-map src="data/netzwerk-musterstadt.json" category="vereine"></ija-partner-map>
      <ija-workshop-agenda src="data/werkstattgespraech-musterstadt.json"></ija-workshop-agenda>
      <ija-leitfragen-board src="data/leitfragen-werkstatt.json" moderator></ija-leitfragen-board>
      <section class="theme-css" style="font-family: system-ui, sans-serif; color: var(--ija-color-text, inherit);">
        <h2 style="font-size: 1.1rem;">CSS for the site's style sheet</h2>
        ${css
          ? html`<label for="theme-css-text">Theme CSS</label>
              <textarea id="theme-css-text" readonly rows="10" style="display: block; inline-size: 100%; font-family: monospace;">${css}</textarea>
              <button type="button" @click=${(event: Event) => copy(event, css)}>CSS kopieren</button>
              <span role="status" aria-live="polite"></span>`
          : html`<p>Nothing changed yet: the widgets use their defaults (KERN UX fallbacks).</p>`}
      </section>
    </div>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Defaults: the library's own colours (the KERN UX fallbacks). */
export const Defaults: Story = {};

/** One colour is enough: the municipality's primary colour. */
export const OnePrimaryColour: Story = { name: 'One primary colour', args: { '--ija-color-primary': '#a3004b' } };

/** A site built with KERN UX defines its tokens; the widgets take them without any --ija-* setting (example values). */
export const KernSite: Story = {
  name: 'A KERN UX site',
  args: {
    '--kern-color-action-default': '#004b76',
    '--kern-color-action-on-default': '#ffffff',
    '--kern-color-layout-text-default': '#171a2b',
    '--kern-color-layout-background-default': '#ffffff',
  },
};

/**
 * A dark site without theme="dark": its own colours as tokens. Every colour must be set, the
 * feedback colours too: the light defaults do not have enough contrast on a dark surface.
 */
export const DarkSite: Story = {
  name: 'A dark site',
  args: {
    pageBackground: '#101418',
    '--ija-color-primary': '#9ccaff',
    '--ija-color-on-primary': '#0b1a2b',
    '--ija-color-text': '#eef1f5',
    '--ija-color-text-muted': '#c1c7d0',
    '--ija-color-surface': '#101418',
    '--ija-color-surface-alt': '#1f262e',
    '--ija-color-border': '#8c939c',
    '--ija-color-focus': '#9ccaff',
    '--ija-color-danger': '#ffb4ab',
    '--ija-color-success': '#8fd6a3',
    '--ija-color-warning': '#f2c26b',
  },
};
