/**
 * The contract's fixed vocabularies and limits, without the schemas: widgets render with these
 * while zod and the schemas stay in their own chunk, loaded only when data from outside is checked.
 */

/** The four groups of possible partners named in the factsheet. */
export const PARTNER_CATEGORIES = ['vereine', 'jugendarbeit', 'politik', 'schule-beruf'] as const;

/** The longest texts a partner may have (characters), and the most offers. */
export const PARTNER_LIMITS = { name: 200, type: 120, description: 2000, address: 300, offer: 120, offers: 50 } as const;

/** The blocks of a Werkstattgespräch, plus `other`. */
export const AGENDA_ITEM_TYPES = [
  'welcome',
  'intro',
  'input',
  'presentation',
  'practice',
  'discussion',
  'break',
  'closing',
  'other',
] as const;

export const DEFAULT_TIMEZONE = 'Europe/Berlin';

export const POINT_STATUSES = ['open', 'in-progress', 'done'] as const;

/** Widgets on the same page a plan point can lead to. */
export const PLAN_LINK_TARGETS = ['gaps', 'agenda', 'board'] as const;

export const CARD_TEXT_MAX = 500;

/** The most ideas one card holds merged into it. */
export const MERGED_MAX = 200;

/** The ids of the built-in content (the factsheet's template day, guiding questions and plan). */
export const DEFAULT_IDS = { agenda: 'werkstattgespraech-vorlage', board: 'leitfragen', plan: 'fuenf-punkte-plan' } as const;
