/**
 * The script-tag drop-in (`dist/cdn/ija-widgets.js`): everything the main entry exports, every element
 * registered, and CMS placeholders (`<div data-ija="…">`) turned into elements. A webmaster includes it
 * with one `<script type="module">`; page scripts import adapters and events from the same file.
 */
export * from './index.js';
import './drop-in-first-render.js';
import './components/ija-provider/ija-provider.js';
import './components/ija-workshop-agenda/ija-workshop-agenda.js';
import './components/ija-partner-map/ija-partner-map.js';
import './components/ija-five-point-plan/ija-five-point-plan.js';
import './components/ija-leitfragen-board/ija-leitfragen-board.js';
import { watchPlaceholders } from './placeholders.js';

watchPlaceholders();
