/** Registers `<ija-five-point-plan>` (once per page) and exports its class; import `./ija-five-point-plan.component.js` for the class alone. */
import { defineElement } from '../../core/define.js';
import { IjaFivePointPlan } from './ija-five-point-plan.component.js';

export * from './ija-five-point-plan.component.js';

defineElement('ija-five-point-plan', IjaFivePointPlan);
