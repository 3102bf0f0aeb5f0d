export * from './parse.js';
export * from './partner.js';
export * from './agenda.js';
export * from './board.js';
export * from './plan.js';
export * from './checks.js';
