import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createDocumentAdapter } from '../src/core/adapter/read-only-adapter.js';
import { IjaAdapterError } from '../src/core/errors.js';
import { DARK_HOST_PAGE, elementMeta, FORCED_COLORS, languageStory, type ElementArgs } from './element-story.js';
import { fakeApi } from './fake-api.js';
import type { IjaAdapter } from '../src/core/adapter/types.js';
import type { Plan } from '../src/core/schemas/plan.js';

const PLAN = 'data/plan-musterstadt.json';
const PLAN_ID = 'plan-musterstadt';

const meta: Meta<ElementArgs> = {
  title: 'Elements/ija-five-point-plan',
  component: 'ija-five-point-plan',
  tags: ['autodocs'],
  ...elementMeta('ija-five-point-plan', {
    use: 'Show how a municipality strengthens international youth work, point by point, with its progress; `mode="check"` turns it into a self-check for a workshop or a council meeting.',
    main: ['src', 'api', 'plan-id', 'editable', 'mode'],
    example: 'src="/fileadmin/fuenf-punkte-plan.json"',
  }),
};
export default meta;
type Story = StoryObj<ElementArgs>;

/** No data: the factsheet's five points, all open. */
export const Defaults: Story = {};

export const InProgress: Story = { name: 'A municipality on its way', args: { src: PLAN } };

export const Wide: Story = { name: 'Wide container: a path', args: { src: PLAN, width: '80rem' }, tags: ['!autodocs'] };

export const Narrow: Story = { name: 'Narrow column (320 px)', args: { src: PLAN, width: '320px' } };

export const English: Story = { args: { src: PLAN, lang: 'en' }, tags: ['!autodocs'] };

export const Turkish: Story = { ...languageStory('tr', { src: PLAN }), tags: ['!autodocs'] };

export const Arabic: Story = { ...languageStory('ar', { src: PLAN }), tags: ['!autodocs'] };

export const Ukrainian: Story = { ...languageStory('uk', { src: PLAN }), tags: ['!autodocs'] };

export const Polish: Story = { ...languageStory('pl', { src: PLAN }), tags: ['!autodocs'] };

export const LeichteSprache: Story = { ...languageStory('de-x-leichte-sprache', { src: PLAN }), tags: ['!autodocs'] };

export const DarkHostPage: Story = { ...DARK_HOST_PAGE, args: { src: PLAN }, tags: ['!autodocs'] };

export const ForcedColors: Story = { ...FORCED_COLORS, args: { src: PLAN }, tags: ['forced-colors', '!autodocs'] };

export const Editing: Story = { name: 'Editing (no backend: JSON download)', args: { src: PLAN, editable: true }, tags: ['!autodocs'] };

/** Each change is saved with PATCH to an in-browser fake of the REST contract, checked with the schemas. */
export const EditAndSave: Story = {
  name: 'Editing, saving to a backend',
  args: { editable: true, 'plan-id': PLAN_ID, adapter: fakeApi({ plan: PLAN, signedIn: true }) },
  tags: ['!autodocs'],
};

export const SaveFails: Story = {
  name: 'Editing, the backend refuses saves',
  args: { editable: true, 'plan-id': PLAN_ID, adapter: fakeApi({ plan: PLAN, failWrites: true, signedIn: true }) },
  tags: ['!autodocs'],
};

/** With a backend and no plan under this id: the editor is offered to create it from the factsheet's five points. */
export const CreateMissing: Story = {
  name: 'Editing, a plan that does not exist yet',
  args: { editable: true, 'plan-id': 'stadtteil-nord', adapter: fakeApi({ signedIn: true }) },
  tags: ['!autodocs'],
};

/**
 * Someone else saves "Erledigt" and a new title for a point just before this editor's first change of a
 * point's status or title: the editor sees both versions and chooses.
 */
export const Conflict: Story = {
  name: 'Editing, two editors change the same point',
  args: { editable: true, 'plan-id': PLAN_ID, adapter: withRivalEditor(fakeApi({ plan: PLAN, signedIn: true })) },
  tags: ['!autodocs'],
};

function withRivalEditor(api: IjaAdapter): IjaAdapter {
  let rivalled = false;
  return {
    ...api,
    updatePlanPoint: async (planId, pointId, patch, options) => {
      if (!rivalled) {
        rivalled = true;
        await api.updatePlanPoint(planId, pointId, { status: 'done', title: 'Netzwerk (von jemand anderem geändert)' });
      }
      return api.updatePlanPoint(planId, pointId, patch, options);
    },
  };
}

const FROM_BOARD: Plan = {
  id: 'plan-aus-dem-board',
  title: '5-Punkte-Plan nach dem Werkstattgespräch',
  points: [
    {
      id: 'netzwerk',
      title: 'Lokales Netzwerk der internationalen Jugendarbeit aufbauen',
      summary: 'Alle Interessierten einbeziehen.',
      status: 'open',
      steps: [
        { id: 's1', text: 'Den Stadtjugendring früh einbinden', done: true, source: { boardId: 'leitfragen', cardId: 'c1', text: 'Den Stadtjugendring früh einbinden' } },
        { id: 's2', text: 'Jobcenter und Berufskollegs ansprechen', done: true, source: { boardId: 'gruppe-2', cardId: 'c7', text: 'Übergang Schule–Beruf mit an den Tisch holen' } },
      ],
    },
  ],
};

/** Steps taken over from a board's key insights say where they came from; all done, so "erledigt" is suggested. */
export const StepsFromBoard: Story = { name: 'Steps from the board', args: { plan: FROM_BOARD, editable: true }, tags: ['!autodocs'] };

export const SelfCheck: Story = { name: 'Self-check', args: { mode: 'check' } };

/** The site allows keeping the answers in this browser (`persist="local"`); the visitor can delete them. */
export const SelfCheckLocal: Story = { name: 'Self-check, kept in this browser', args: { mode: 'check', persist: 'local' }, tags: ['!autodocs'] };

/** An editor's answers are kept with the plan on the backend. */
export const SelfCheckSaved: Story = {
  name: 'Self-check, kept with the plan',
  args: { mode: 'check', editable: true, 'plan-id': PLAN_ID, adapter: fakeApi({ plan: PLAN, signedIn: true }) },
  tags: ['!autodocs'],
};

export const SelfCheckEnglish: Story = { name: 'Self-check, English', args: { mode: 'check', lang: 'en' }, tags: ['!autodocs'] };

/** What the printout shows: every step, no controls (use the browser's print preview). */
export const Print: Story = { name: 'Print (use print preview)', args: { src: PLAN }, tags: ['!autodocs'] };

export const BadData: Story = { name: 'Partly invalid data', args: { src: 'data/plan-fehlerhaft.json' }, tags: ['!autodocs'] };

/** A plan that was started but has no points yet. */
export const Empty: Story = { name: 'No points yet', args: { src: 'data/plan-leer.json' }, tags: ['!autodocs'] };

export const Loading: Story = { args: { adapter: createDocumentAdapter('story', () => new Promise(() => {})) }, tags: ['!autodocs'] };

export const ErrorState: Story = {
  name: 'Error',
  args: { adapter: createDocumentAdapter('story', () => Promise.reject(new IjaAdapterError('timeout', 'slow'))) },
  tags: ['!autodocs'],
};
