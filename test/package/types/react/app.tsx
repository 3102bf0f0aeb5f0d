// A React 19 page using the elements as the package types them (`import type {} from 'ija-widgets/react'`).
// Type-checked, not run: each `@ts-expect-error` line must fail, or the types are too loose.
import type {} from 'ija-widgets/react';
import { useRef } from 'react';
import type { AgendaInput, IjaErrorEvent, IjaLoadEvent, IjaPartnerMap, IjaViewChangeEvent, IjaWorkshopAgenda, PartnerList } from 'ija-widgets';

const partners: PartnerList = { partners: [{ id: 'jugendring', name: 'Stadtjugendring', category: 'vereine' }] };
// Built-in defaults (the time zone) may be left out of data handed to an element.
const agenda: AgendaInput = { id: 'werkstatt', title: 'Werkstattgespräch', items: [] };

export function Page({ json }: { json: string }) {
  const map = useRef<IjaPartnerMap>(null);
  const day = useRef<IjaWorkshopAgenda>(null);
  return (
    <ija-provider api="/api/ija" theme="dark" lang="de">
      <ija-partner-map
        ref={map}
        key="map"
        id="partner"
        class="wide"
        className="wide"
        style={{ maxWidth: '60rem' }}
        view="map"
        new-to-ija
        newToIja={false}
        consent="granted"
        partners={partners}
        onija-load={(event) => console.log(event.detail.issues.length)}
        onija-view-change={(event: IjaViewChangeEvent) => console.log(event.detail.view)}
        onija-error={(event) => console.log(event.detail.error.message)}
      >
        <p slot="fallback">Partner</p>
      </ija-partner-map>
      <ija-workshop-agenda ref={day} agenda={agenda} variant="projector" editable agenda-id="werkstatt" onija-agenda-change={(event) => event.detail.agenda.items} />
      {/* Data from outside is checked by the element at run time. */}
      <ija-leitfragen-board board={JSON.parse(json)} moderator view="results" board-id="gruppe-1" />
      <ija-five-point-plan mode="check" refresh-seconds={30} refreshSeconds={30} onija-plan-change={(event) => event.detail.pointId} />

      {/* @ts-expect-error -- 'atlas' is not a view of the partner map */}
      <ija-partner-map view="atlas" />
      {/* @ts-expect-error -- a partner needs an id, a name and a category */}
      <ija-partner-map partners={[{ name: 'Jugendring' }]} />
      {/* @ts-expect-error -- ija-load passes an IjaLoadEvent, not an IjaErrorEvent */}
      <ija-partner-map onija-load={(event: IjaErrorEvent) => event.detail.error} />
      {/* @ts-expect-error -- a load event's detail has no agenda */}
      <ija-workshop-agenda onija-load={(event: IjaLoadEvent) => event.detail.agenda} />
      {/* @ts-expect-error -- 'beamer' is not a variant */}
      <ija-workshop-agenda variant="beamer" />
      {/* @ts-expect-error -- editable is a boolean */}
      <ija-five-point-plan editable="yes" />
      {/* @ts-expect-error -- the provider has no plan-id property */}
      <ija-provider planId="x" />
      {/* @ts-expect-error -- the ref is an agenda's, not a partner map's */}
      <ija-partner-map ref={day} />
    </ija-provider>
  );
}
