import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { elementsOf, readManifest, settableFields } from './manifest-elements.mjs';

/**
 * Types for using the elements in React 19, Preact and Vue templates, from dist/custom-elements.json,
 * into dist/frameworks/. Every type is taken from the element class (`IjaPartnerMap['view']`) and the
 * event classes, so they cannot drift from the code. A project opts in per framework:
 * `import type {} from 'ija-widgets/react'` (or `/preact`, `/vue`).
 */

const OUT = join('dist', 'frameworks');
const HEADER = '// Generated from custom-elements.json by scripts/write-framework-types.mjs.\n';

const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const doc = (text, indent = '  ') => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '');
const pascal = (tag) => tag.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());

/** elements.d.ts: per element its class, its properties (and attribute names where they differ), its events. */
function elementTypes(elements) {
  const imports = new Set();
  const blocks = [];
  for (const element of elements) {
    imports.add(element.name);
    const fields = settableFields(element);
    const props = fields.map((field) => `${doc(field.description)}  ${quote(field.name)}?: ${element.name}['${field.name}'];\n`);
    for (const attribute of element.attributes ?? []) {
      if (!attribute.fieldName || attribute.name === attribute.fieldName) continue;
      props.push(`${doc(`Attribute of \`${attribute.fieldName}\`. ${attribute.description ?? ''}`.trim())}  ${quote(attribute.name)}?: ${element.name}['${attribute.fieldName}'];\n`);
    }
    const events = (element.events ?? []).map((event) => {
      imports.add(event.type.text);
      return `${doc(event.description)}  ${quote(event.name)}: ${event.type.text};\n`;
    });
    const name = pascal(element.tagName);
    blocks.push(
      `/** Properties of \`<${element.tagName}>\`, and its attributes whose names differ from them. */\n` +
        `export interface ${name}Props {\n${props.join('')}}\n\n` +
        `/** The events \`<${element.tagName}>\` fires, by name. */\n` +
        `export interface ${name}Events {\n${events.join('')}}\n`,
    );
  }
  const map = elements
    .map((element) => `  ${quote(element.tagName)}: { element: ${element.name}; props: ${pascal(element.tagName)}Props; events: ${pascal(element.tagName)}Events };\n`)
    .join('');
  return (
    `${HEADER}import type { ${[...imports].sort().join(', ')} } from '../index.js';\n\n${blocks.join('\n')}\n` +
    `/** Every element by tag: its class, properties and events. */\nexport interface IjaElements {\n${map}}\n`
  );
}

/** React 19 and Preact pass `on<event-name>` props of custom elements to addEventListener. */
const LISTENER_PROPS = `type Listeners<Events> = { [Name in keyof Events as \`on\${Name & string}\`]?: (event: Events[Name]) => void };`;

function jsxTypes({ framework, importLine, attributes, namespace }, elements) {
  const entries = elements.map((element) => `${doc(element.summary, '      ')}      ${quote(element.tagName)}: ElementProps<'${element.tagName}'>;\n`).join('');
  return `${HEADER}// JSX types for ${framework}: \`import type {} from 'ija-widgets/${namespace}'\` once in a project.
${importLine}
import type { IjaElements } from './elements.js';

${LISTENER_PROPS}
type ElementProps<Tag extends keyof IjaElements> = Omit<${attributes}, keyof IjaElements[Tag]['props']> &
  IjaElements[Tag]['props'] &
  Listeners<IjaElements[Tag]['events']> & { class?: string };

declare module '${namespace}' {
  namespace JSX {
    interface IntrinsicElements {
${entries}    }
  }
}
`;
}

function vueTypes(elements) {
  const entries = elements.map((element) => `${doc(element.summary, '    ')}    ${quote(element.tagName)}: CustomElement<'${element.tagName}'>;\n`).join('');
  return `${HEADER}// Types of the elements in Vue templates: \`import type {} from 'ija-widgets/vue'\` once in a project.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { IjaElements } from './elements.js';

/** As Vue's guide types a custom element: its props for templates, its events for \`@ija-…\` listeners. */
type CustomElement<Tag extends keyof IjaElements> = new () => IjaElements[Tag]['element'] & {
  /** For template type checks only: not on the element. */
  $props: Omit<HTMLAttributes, keyof IjaElements[Tag]['props']> & IjaElements[Tag]['props'] & PublicProps;
  /** For template type checks only: not on the element. */
  $emit: EmitFn<{ [Name in keyof IjaElements[Tag]['events']]: (event: IjaElements[Tag]['events'][Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
${entries}  }
}
`;
}

const FRAMEWORKS = {
  react: { framework: 'React 19', namespace: 'react', importLine: "import type { DetailedHTMLProps, HTMLAttributes } from 'react';", attributes: "DetailedHTMLProps<HTMLAttributes<IjaElements[Tag]['element']>, IjaElements[Tag]['element']>" },
  preact: { framework: 'Preact', namespace: 'preact', importLine: "import type { HTMLAttributes } from 'preact';", attributes: "HTMLAttributes<IjaElements[Tag]['element']>" },
};

const elements = elementsOf(await readManifest());
await mkdir(OUT, { recursive: true });
await writeFile(join(OUT, 'elements.d.ts'), elementTypes(elements));
for (const [name, options] of Object.entries(FRAMEWORKS)) await writeFile(join(OUT, `${name}.d.ts`), jsxTypes(options, elements));
await writeFile(join(OUT, 'vue.d.ts'), vueTypes(elements));
console.log(`wrote types for ${elements.length} elements to ${OUT}/ (react, preact, vue)`);
