/** Registers `<ija-leitfragen-board>` (once per page) and exports its class; import `./ija-leitfragen-board.component.js` for the class alone. */
import { defineElement } from '../../core/define.js';
import { IjaLeitfragenBoard } from './ija-leitfragen-board.component.js';

export * from './ija-leitfragen-board.component.js';

defineElement('ija-leitfragen-board', IjaLeitfragenBoard);
