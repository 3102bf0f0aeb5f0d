/**
 * The apps the consumer test builds against the packed package, each a folder of files: what a developer writes.
 * Every app sets `window.result` once it has what the test reads.
 */

const page = (script) => `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>consumer</title></head>
<body><div id="root"></div><script type="module" src="./${script}"></script></body></html>
`;

/** Mixes the main entry, an element subpath and core, as the README shows; the adapter fails with an HTTP 404. */
export const mixedApp = {
  'index.html': page('main.js'),
  'main.js': `import 'ija-widgets/components/ija-partner-map.js';
import { IjaAdapterError, IjaPartnerMap, createFetchAdapter } from 'ija-widgets';
import { IjaPartnerMap as FromSubpath } from 'ija-widgets/components/ija-partner-map.js';
import { parsePartners } from 'ija-widgets/core';

const map = document.createElement('ija-partner-map');
map.adapter = { getPartners: () => Promise.reject(new IjaAdapterError('http', 'Not Found', { status: 404 })) };
map.addEventListener('ija-error', () => {
  window.result = {
    litHtml: globalThis.litHtmlVersions?.length ?? 0,
    litElement: globalThis.litElementVersions?.length ?? 0,
    reactiveElement: globalThis.reactiveElementVersions?.length ?? 0,
    sameClass: customElements.get('ija-partner-map') === IjaPartnerMap && IjaPartnerMap === FromSubpath,
    adapter: typeof createFetchAdapter,
    core: typeof parsePartners,
  };
});
document.getElementById('root').append(map);
`,
};

/** Only an adapter from the main entry: must register no element and bring no Lit. */
export const adapterOnlyApp = {
  'index.html': page('main.js'),
  'main.js': `import { createFetchAdapter } from 'ija-widgets';
window.result = {
  adapter: typeof createFetchAdapter({ baseUrl: '/api' }).getPartners,
  defined: ['ija-partner-map', 'ija-workshop-agenda', 'ija-leitfragen-board', 'ija-five-point-plan', 'ija-provider'].filter((tag) => customElements.get(tag)),
  lit: globalThis.litHtmlVersions?.length ?? 0,
};
`,
};

/** A React 19 app in TSX, type-checked with the package's React types, rendering two elements with a property, a boolean and an event handler. */
export const reactApp = {
  'index.html': page('main.tsx'),
  'main.tsx': `import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'ija-widgets/components/ija-workshop-agenda.js';
import 'ija-widgets/components/ija-partner-map.js';
import type {} from 'ija-widgets/react';
import type { IjaLoadEvent } from 'ija-widgets';

function App() {
  const [source, setSource] = useState('');
  return (
    <>
      <ija-workshop-agenda variant="projector" onija-load={(event: IjaLoadEvent) => setSource(event.detail.source)} />
      <ija-partner-map view="list" join={true} />
      <output id="loaded">{source}</output>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
`,
  'wrong.tsx': `import type {} from 'ija-widgets/react';
import type { IjaLoadEvent } from 'ija-widgets';

// @ts-expect-error variant is 'default' | 'projector'
export const badVariant = <ija-workshop-agenda variant="beamer" />;
// @ts-expect-error join is a boolean
export const badJoin = <ija-partner-map join="yes" />;
// @ts-expect-error the handler receives an IjaLoadEvent, not a MouseEvent
export const badHandler = <ija-partner-map onija-load={(event: MouseEvent) => event.clientX} />;
// @ts-expect-error no such attribute
export const badAttribute = <ija-five-point-plan planid="x" />;
export const good = <ija-five-point-plan plan-id="fuenf-punkte-plan" onija-load={(event: IjaLoadEvent) => event.detail.issues.length} />;
`,
  'tsconfig.json': `${JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      files: ['main.tsx', 'wrong.tsx'],
    },
    null,
    2,
  )}\n`,
};

/** Plain TypeScript (strict, no skipLibCheck), checked with moduleResolution bundler and node16: the package's own types. */
export const typesProject = (moduleResolution) => ({
  'consumer.ts': `import 'ija-widgets/components/ija-partner-map.js';
import 'ija-widgets/components/ija-workshop-agenda';
import { IjaPartnerMap } from 'ija-widgets/components/ija-partner-map.js';
import { IjaWorkshopAgenda } from 'ija-widgets/components/ija-workshop-agenda';
import { IjaFivePointPlan, IjaLeitfragenBoard, IjaProvider, IjaPartnerMap as RootPartnerMap, IjaAdapterError } from 'ija-widgets';
import type { Agenda, IjaAdapter, Partner } from 'ija-widgets';
import { createFetchAdapter, type FetchAdapterOptions } from 'ija-widgets/core';

// The tag-name map: createElement returns the element class, not HTMLElement.
const map = document.createElement('ija-partner-map');
const mapClass: IjaPartnerMap = map;
map.view = 'map';
map.join = true;
// @ts-expect-error view is a union of string literals
map.view = 'satellite';
// @ts-expect-error join is a boolean
map.join = 'yes';

// Element classes from the subpath and from the root are the same.
const fromRoot: RootPartnerMap = mapClass;
const rootClass: typeof IjaPartnerMap = RootPartnerMap;

const agenda: IjaWorkshopAgenda = document.createElement('ija-workshop-agenda');
const plan: IjaFivePointPlan = document.createElement('ija-five-point-plan');
const board: IjaLeitfragenBoard = document.createElement('ija-leitfragen-board');
const provider: IjaProvider = document.createElement('ija-provider');

const options: FetchAdapterOptions = { baseUrl: '/api', retries: 1 };
const adapter: IjaAdapter = createFetchAdapter(options);
// @ts-expect-error baseUrl is required
createFetchAdapter({});
provider.adapter = adapter;

// Data properties are typed by the contract.
const partner: Partner | undefined = undefined;
const programme: Agenda | undefined = undefined;
agenda.agenda = programme;
// @ts-expect-error an agenda is not a number
agenda.agenda = 42;
agenda.variant = 'projector';
// @ts-expect-error variant is a union of string literals
agenda.variant = 'beamer';

// Events are typed on every element.
map.addEventListener('ija-load', (event) => event.detail.issues.length);
map.addEventListener('ija-error', (event) => event.detail.error instanceof IjaAdapterError);

// @ts-expect-error no such element
void import('ija-widgets/components/ija-no-such-element.js');

export { fromRoot, rootClass, plan, board, partner, programme };
`,
  'tsconfig.json': `${JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        module: moduleResolution === 'bundler' ? 'ESNext' : moduleResolution,
        moduleResolution,
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
        verbatimModuleSyntax: true,
      },
      files: ['consumer.ts'],
    },
    null,
    2,
  )}\n`,
});
