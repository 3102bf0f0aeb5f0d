/** Registers `<ija-provider>` (once per page) and exports its class; import `./ija-provider.component.js` for the class alone. */
import { defineElement } from '../../core/define.js';
import { IjaProvider } from './ija-provider.component.js';

export * from './ija-provider.component.js';

defineElement('ija-provider', IjaProvider);
