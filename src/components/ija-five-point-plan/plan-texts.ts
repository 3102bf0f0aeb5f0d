import { registerBuiltInMessages } from '../../core/i18n/locales.js';
import { planMessages } from '../../core/i18n/messages/plan.js';

/**
 * The plan's German and English texts (the editor's included), loaded together with the plan's data so that
 * they stay out of the element's first download; the element renders no text of its own before its data.
 */
registerBuiltInMessages('plan', planMessages);

export const planTextsRegistered = true;
