/**
 * The REST contract's paths, relative to the adapter's base URL. Participants are anonymous: they send
 * a random id in `X-Ija-Client`; moderator and editor actions send `Authorization: Bearer <key>`. Widgets never build URLs:
 * they call adapter methods, and a site maps paths with `mapPath` if its backend differs.
 */
export const ROUTES = {
  partners: { method: 'GET', path: '/partners' },
  joinRequest: { method: 'POST', path: '/partners/requests' },
  agenda: { method: 'GET', path: '/agendas/{id}' },
  saveAgenda: { method: 'PUT', path: '/agendas/{id}' },
  board: { method: 'GET', path: '/boards/{id}' },
  addCard: { method: 'POST', path: '/boards/{id}/cards' },
  updateCard: { method: 'PATCH', path: '/boards/{id}/cards/{cardId}' },
  vote: { method: 'POST', path: '/boards/{id}/cards/{cardId}/votes' },
  boardEvents: { method: 'GET', path: '/boards/{id}/events' },
  updateBoard: { method: 'PATCH', path: '/boards/{id}' },
  deleteCard: { method: 'DELETE', path: '/boards/{id}/cards/{cardId}' },
  mergeCard: { method: 'POST', path: '/boards/{id}/cards/{cardId}/merge' },
  clearBoard: { method: 'DELETE', path: '/boards/{id}/cards' },
  joinRequests: { method: 'GET', path: '/partners/requests' },
  createPartner: { method: 'POST', path: '/partners' },
  savePartner: { method: 'PUT', path: '/partners/{id}' },
  patchPartner: { method: 'PATCH', path: '/partners/{id}' },
  deletePartner: { method: 'DELETE', path: '/partners/{id}' },
  acceptJoinRequest: { method: 'POST', path: '/partners/requests/{id}/accept' },
  declineJoinRequest: { method: 'POST', path: '/partners/requests/{id}/decline' },
  deleteJoinRequest: { method: 'DELETE', path: '/partners/requests/{id}' },
  importPartners: { method: 'POST', path: '/partners/import' },
  exportPartners: { method: 'GET', path: '/partners/export' },
  boards: { method: 'GET', path: '/boards' },
  putBoard: { method: 'PUT', path: '/boards/{id}' },
  plan: { method: 'GET', path: '/plans/{id}' },
  putPlan: { method: 'PUT', path: '/plans/{id}' },
  updatePlanPoint: { method: 'PATCH', path: '/plans/{id}/points/{pointId}' },
  addPlanStep: { method: 'POST', path: '/plans/{id}/points/{pointId}/steps' },
  updatePlanStep: { method: 'PATCH', path: '/plans/{id}/points/{pointId}/steps/{stepId}' },
  deletePlanStep: { method: 'DELETE', path: '/plans/{id}/points/{pointId}/steps/{stepId}' },
  savePlanCheck: { method: 'PUT', path: '/plans/{id}/check' },
} as const;

export type RouteName = keyof typeof ROUTES;
export type HttpMethod = (typeof ROUTES)[RouteName]['method'];
export type RouteParams = Record<string, string>;

/** Fills `{name}` placeholders with URL-encoded parameters. */
export function fillPath(template: string, params: RouteParams): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing route parameter "${name}"`);
    return encodeURIComponent(value);
  });
}
