/** Registers `<ija-workshop-agenda>` (once per page) and exports its class; import `./ija-workshop-agenda.component.js` for the class alone. */
import { defineElement } from '../../core/define.js';
import { IjaWorkshopAgenda } from './ija-workshop-agenda.component.js';

export * from './ija-workshop-agenda.component.js';

defineElement('ija-workshop-agenda', IjaWorkshopAgenda);
