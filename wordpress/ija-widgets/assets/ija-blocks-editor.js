/**
 * The blocks in the editor: the real widget as the preview, rendered by the same PHP renderer as the page
 * (includes/render.php, through WordPress's block renderer; the plugin's module defines the elements and connects
 * "this site"), and the settings in the sidebar. Plain script on WordPress's globals, no build step.
 */
(function (wp, data) {
  const { createElement: el, Fragment } = wp.element;
  const { __ } = wp.i18n;
  const { InspectorControls, MediaUpload, MediaUploadCheck, useBlockProps } = wp.blockEditor;
  const { Button, PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;

  const options = (pairs) => pairs.map(([value, label]) => ({ value, label }));
  const text = (attribute, label, help) => ({ attribute, control: TextControl, label, help });
  const select = (attribute, label, pairs) => ({ attribute, control: SelectControl, label, options: options(pairs) });
  const toggle = (attribute, label, help) => ({ attribute, control: ToggleControl, label, help });

  /** Per block: its element, and its view and filter settings (block attribute → element attribute). */
  const WIDGETS = {
    'ija/partner-map': {
      controls: () => [
        select('view', __('First view', 'ija-widgets'), [
          ['list', __('List', 'ija-widgets')],
          ['map', __('Map', 'ija-widgets')],
          ['gaps', __('Who is still missing?', 'ija-widgets')],
          ['join', __('Join form', 'ija-widgets')],
        ]),
        select('category', __('Group', 'ija-widgets'), [
          ['', __('All groups', 'ija-widgets')],
          ['vereine', __('Clubs and associations', 'ija-widgets')],
          ['jugendarbeit', __('Youth work providers', 'ija-widgets')],
          ['politik', __('Politics and administration', 'ija-widgets')],
          ['schule-beruf', __('School-to-work transition', 'ija-widgets')],
        ]),
        text('type', __('Partner type', 'ija-widgets'), __('Only partners of this type, e.g. "Jugendzentrum".', 'ija-widgets')),
        text('offer', __('Offer', 'ija-widgets'), __('Only partners with this offer.', 'ija-widgets')),
        toggle('newToIja', __('Only partners new to international youth work', 'ija-widgets')),
        toggle('join', __('Show the join form', 'ija-widgets'), __('Organisations can ask to join the network.', 'ija-widgets')),
      ],
    },
    'ija/workshop-agenda': {
      controls: () => [
        text('agendaId', __('Agenda ID', 'ija-widgets'), __('Empty: the template agenda.', 'ija-widgets')),
        select('variant', __('Display', 'ija-widgets'), [
          ['default', __('Page', 'ija-widgets')],
          ['projector', __('Projector', 'ija-widgets')],
        ]),
      ],
    },
    'ija/leitfragen-board': {
      controls: () => [
        text('boardId', __('Board ID', 'ija-widgets'), __('Empty: the guiding questions of the factsheet.', 'ija-widgets')),
        select('view', __('View', 'ija-widgets'), [
          ['board', __('Board', 'ija-widgets')],
          ['presentation', __('Presentation', 'ija-widgets')],
          ['results', __('Results', 'ija-widgets')],
        ]),
        text('planId', __('Plan ID', 'ija-widgets'), __('The five-point plan the results link to.', 'ija-widgets')),
      ],
    },
    'ija/five-point-plan': {
      controls: () => [
        text('planId', __('Plan ID', 'ija-widgets'), __('Empty: the template plan.', 'ija-widgets')),
        select('mode', __('Mode', 'ija-widgets'), [
          ['plan', __('Plan', 'ija-widgets')],
          ['check', __('Self-check', 'ija-widgets')],
        ]),
      ],
    },
  };

  function sourcePanel(name, a, set) {
    const isBoard = name === 'ija/leitfragen-board';
    const defaults = {
      builtin: __('built-in content', 'ija-widgets'),
      site: isBoard ? __('the live-board server', 'ija-widgets') : __('this site', 'ija-widgets'),
      api: __('another backend', 'ija-widgets'),
    };
    return el(
      PanelBody,
      { title: __('Data source', 'ija-widgets') },
      el(SelectControl, {
        label: __('Data source', 'ija-widgets'),
        value: a.source,
        options: options([
          ['', `${__('Default of the settings', 'ija-widgets')} (${defaults[data.source] || defaults.builtin})`],
          ['builtin', __('Built-in content (the factsheet)', 'ija-widgets')],
          ['media', __('JSON file from the media library', 'ija-widgets')],
          ['site', isBoard ? __('Live board (server from the settings)', 'ija-widgets') : __('This site (WordPress)', 'ija-widgets')],
          ['api', __('Another backend (API address)', 'ija-widgets')],
        ]),
        onChange: (source) => set({ source }),
      }),
      a.source === 'media' &&
        el(
          MediaUploadCheck,
          null,
          el(MediaUpload, {
            allowedTypes: ['application/json'],
            value: a.mediaId,
            onSelect: (media) => set({ mediaId: media.id, src: media.url }),
            render: ({ open }) =>
              el(Button, { variant: 'secondary', onClick: open }, a.src ? __('Choose another JSON file', 'ija-widgets') : __('Choose a JSON file', 'ija-widgets')),
          }),
          a.src && el('p', null, a.src),
        ),
      a.source === 'api' &&
        el(TextControl, {
          label: __('API address', 'ija-widgets'),
          help: __('Base URL of a backend that speaks the REST contract. Empty: the address of the settings.', 'ija-widgets'),
          type: 'url',
          value: a.api,
          onChange: (api) => set({ api }),
        }),
    );
  }

  function appearancePanel(a, set) {
    return el(
      PanelBody,
      { title: __('Language and appearance', 'ija-widgets'), initialOpen: false },
      el(SelectControl, {
        label: __('Language', 'ija-widgets'),
        value: a.lang,
        options: options([
          ['', __('Language of the settings or the site', 'ija-widgets')],
          ['de', 'Deutsch'],
          ['de-x-leichte-sprache', 'Leichte Sprache'],
          ['en', 'English'],
          ['tr', 'Türkçe'],
          ['ar', 'العربية'],
          ['uk', 'Українська'],
          ['pl', 'Polski'],
        ]),
        onChange: (lang) => set({ lang }),
      }),
      el(SelectControl, {
        label: __('Theme', 'ija-widgets'),
        value: a.theme,
        options: options([
          ['', __('Light (default)', 'ija-widgets')],
          ['dark', __('Dark', 'ija-widgets')],
          ['auto', __('As the visitor’s system', 'ija-widgets')],
        ]),
        onChange: (theme) => set({ theme }),
      }),
      el(SelectControl, {
        label: __('Heading level', 'ija-widgets'),
        help: __('The level of the widget’s title in the page’s outline.', 'ija-widgets'),
        value: String(a.headingLevel),
        options: [1, 2, 3, 4, 5, 6].map((level) => ({ value: String(level), label: `H${level}` })),
        onChange: (level) => set({ headingLevel: Number(level) }),
      }),
    );
  }

  function viewPanel(name, a, set) {
    return el(
      PanelBody,
      { title: __('View and filters', 'ija-widgets') },
      WIDGETS[name].controls().map(({ attribute, control, ...rest }) =>
        el(control, {
          key: attribute,
          ...rest,
          [control === ToggleControl ? 'checked' : 'value']: a[attribute],
          onChange: (value) => set({ [attribute]: value }),
        }),
      ),
    );
  }

  for (const name of Object.keys(WIDGETS)) {
    wp.blocks.registerBlockType(name, {
      edit({ attributes, setAttributes }) {
        return el(
          Fragment,
          null,
          el(InspectorControls, null, sourcePanel(name, attributes, setAttributes), viewPanel(name, attributes, setAttributes), appearancePanel(attributes, setAttributes)),
          el('div', useBlockProps(), el(ServerSideRender, { block: name, attributes })),
        );
      },
      save: () => null,
    });
  }
})(globalThis.wp, globalThis.ijaWidgetsEditor);
