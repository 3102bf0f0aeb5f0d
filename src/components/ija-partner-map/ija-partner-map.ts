/** Registers `<ija-partner-map>` (once per page) and exports its class; import `./ija-partner-map.component.js` for the class alone. */
import { defineElement } from '../../core/define.js';
import { IjaPartnerMap } from './ija-partner-map.component.js';

export * from './ija-partner-map.component.js';

defineElement('ija-partner-map', IjaPartnerMap);
