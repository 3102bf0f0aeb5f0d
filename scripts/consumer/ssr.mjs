/** Runs in the scratch project: renders two elements with @lit-labs/ssr, on built-in defaults and on inline data. */
export const ssrScript = `import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { preloadFirstRender } from 'ija-widgets';
import 'ija-widgets/components/ija-workshop-agenda.js';
import 'ija-widgets/components/ija-five-point-plan.js';

const agenda = {
  id: 'eigene',
  title: 'Eigener Fachtag',
  date: '2027-03-04',
  items: [{ id: 'start', start: '09:00', end: '09:30', title: 'Ankommen und Kaffee', type: 'welcome' }],
};
// The schemas and built-in content load on demand; a server render needs them first.
await preloadFirstRender();
const markup = await collectResult(render(html\`
  <ija-workshop-agenda></ija-workshop-agenda>
  <ija-five-point-plan></ija-five-point-plan>
  <ija-workshop-agenda .agenda=\${agenda}></ija-workshop-agenda>\`));
const expected = ['shadowrootmode="open"', 'Begrüßung', 'Werkstattgespräche durchführen', 'Ankommen und Kaffee'];
const missing = expected.filter((text) => !markup.includes(text));
if (missing.length) {
  console.error('missing in the server-rendered HTML: ' + missing.join(', ') + '\\n' + markup.slice(0, 2000));
  process.exit(1);
}
console.log(\`\${markup.length} characters of HTML with the defaults and the inline agenda\`);
`;
