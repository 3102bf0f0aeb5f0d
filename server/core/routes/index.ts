import type { RouteDefinition } from '../route.js';
import { agendaRoutes } from './agendas.js';
import { boardRoutes } from './boards.js';
import { partnerRoutes } from './partners.js';
import { planRoutes } from './plans.js';

/** The contract, one slice per resource: each becomes a Fastify plugin, a part of the fake, a part of OpenAPI. */
export const SLICES: Readonly<Record<string, readonly RouteDefinition[]>> = {
  partners: partnerRoutes,
  agendas: agendaRoutes,
  boards: boardRoutes,
  plans: planRoutes,
};

export const ALL_ROUTES: readonly RouteDefinition[] = Object.values(SLICES).flat();
