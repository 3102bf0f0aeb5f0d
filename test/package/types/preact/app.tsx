// A Preact page using the elements as the package types them (`import type {} from 'ija-widgets/preact'`).
// Type-checked, not run: each `@ts-expect-error` line must fail, or the types are too loose.
import type {} from 'ija-widgets/preact';
import { useRef } from 'preact/hooks';
import type { IjaErrorEvent, IjaFivePointPlan, IjaLeitfragenBoard, PlanInput } from 'ija-widgets';

const plan: PlanInput = { id: 'fuenf-punkte-plan', title: 'Fünf-Punkte-Plan', points: [] };

export function Page() {
  const board = useRef<IjaLeitfragenBoard>(null);
  const tracker = useRef<IjaFivePointPlan>(null);
  return (
    <ija-provider api="/api/ija">
      <ija-leitfragen-board
        ref={board}
        key="board"
        class="board"
        moderator
        view="presentation"
        join-url="https://www.musterstadt.de/werkstatt#board={board}"
        onija-idea-add={(event) => console.log(event.detail.questionId, event.detail.text)}
        onija-vote={(event) => event.preventDefault()}
      />
      <ija-five-point-plan ref={tracker} plan={plan} editable mode="plan" onija-error={(event: IjaErrorEvent) => event.detail.operation} />
      <ija-partner-map view="gaps" search="Jugend" />

      {/* @ts-expect-error -- 'wall' is not a view of the board */}
      <ija-leitfragen-board view="wall" />
      {/* @ts-expect-error -- a plan needs its points */}
      <ija-five-point-plan plan={{ id: 'p', title: 'Plan' }} />
      {/* @ts-expect-error -- ija-vote passes an IjaVoteEvent, whose detail has no text */}
      <ija-leitfragen-board onija-vote={(event) => event.detail.text} />
      {/* @ts-expect-error -- the ref is a plan's, not a board's */}
      <ija-leitfragen-board ref={tracker} />
    </ija-provider>
  );
}
