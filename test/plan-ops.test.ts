import { expect } from '@open-wc/testing';
import {
  applyToPlan,
  applyToPoint,
  changedPoints,
  hasValues,
  isPlanId,
  moveStep,
  newStepId,
  toPatch,
  valuesOf,
} from '../src/components/ija-five-point-plan/plan-ops.js';
import { slugOf as idFromTitle } from '../src/core/slug.js';
import { suggestedStatus } from '../src/components/ija-five-point-plan/plan-progress.js';
import type { Plan, PlanPoint } from '../src/core/schemas/plan.js';

const POINT: PlanPoint = {
  id: 'netzwerk',
  title: 'Netzwerk',
  summary: 'Aufbauen.',
  status: 'in-progress',
  responsible: 'Jugendamt',
  targetDate: '2027-06-30',
  steps: [
    { id: 'a', text: 'Einladen', done: true },
    { id: 'b', text: 'Ansprechen', done: false },
    { id: 'c', text: 'Festhalten', done: false },
  ],
};
const ids = (point: PlanPoint) => (point.steps ?? []).map((step) => step.id);

describe('plan changes (plan-ops)', () => {
  it('adds a step at a position or at the end, once per id', () => {
    expect(ids(applyToPoint(POINT, { type: 'add-step', pointId: 'netzwerk', step: { id: 'x', text: 'Neu' } }))).to.deep.equal(['a', 'b', 'c', 'x']);
    const inserted = applyToPoint(POINT, { type: 'add-step', pointId: 'netzwerk', step: { id: 'x', text: 'Neu', position: 1 } });
    expect(ids(inserted)).to.deep.equal(['a', 'x', 'b', 'c']);
    expect(inserted.steps![1]).to.deep.equal({ id: 'x', text: 'Neu', done: false });
    expect(ids(applyToPoint(POINT, { type: 'add-step', pointId: 'netzwerk', step: { id: 'x', text: 'Neu', position: 99 } }))).to.deep.equal(['a', 'b', 'c', 'x']);
    expect(applyToPoint(POINT, { type: 'add-step', pointId: 'netzwerk', step: { id: 'a', text: 'Doppelt' } })).to.equal(POINT);
  });

  it('renames, ticks and moves one step as the server does (position: its place afterwards)', () => {
    const renamed = applyToPoint(POINT, { type: 'update-step', pointId: 'netzwerk', stepId: 'b', patch: { text: 'Gezielt ansprechen', done: true } });
    expect(renamed.steps![1]).to.deep.equal({ id: 'b', text: 'Gezielt ansprechen', done: true });
    expect(ids(applyToPoint(POINT, { type: 'update-step', pointId: 'netzwerk', stepId: 'c', patch: { position: 0 } }))).to.deep.equal(['c', 'a', 'b']);
    expect(ids(applyToPoint(POINT, { type: 'update-step', pointId: 'netzwerk', stepId: 'a', patch: { position: 2 } }))).to.deep.equal(['b', 'c', 'a']);
    expect(applyToPoint(POINT, { type: 'update-step', pointId: 'netzwerk', stepId: 'gone', patch: { done: true } })).to.equal(POINT);
    expect(moveStep(POINT.steps!, 'b', -5).map((step) => step.id)).to.deep.equal(['b', 'a', 'c']);
  });

  it('removes a step', () => {
    expect(ids(applyToPoint(POINT, { type: 'delete-step', pointId: 'netzwerk', stepId: 'b' }))).to.deep.equal(['a', 'c']);
  });

  it('sets point fields; null removes the responsible person and the target date', () => {
    const changed = applyToPoint(POINT, {
      type: 'patch-point',
      pointId: 'netzwerk',
      values: { status: 'done', title: ' Netzwerk stärken ', responsible: null, targetDate: null },
      base: {},
    });
    const { responsible: _responsible, targetDate: _targetDate, ...rest } = POINT;
    expect(changed).to.deep.equal({ ...rest, status: 'done', title: 'Netzwerk stärken' });
    expect(toPatch({ status: 'done', title: ' Netzwerk stärken ', responsible: null, targetDate: '2028-01-31' })).to.deep.equal({
      status: 'done',
      title: 'Netzwerk stärken',
      responsible: null,
      targetDate: '2028-01-31',
    });
  });

  it('compares field values with "nothing" as null', () => {
    const bare: PlanPoint = { ...POINT, responsible: '' };
    delete bare.targetDate;
    expect(valuesOf(bare, ['responsible', 'targetDate', 'status'])).to.deep.equal({ responsible: null, targetDate: null, status: 'in-progress' });
    expect(hasValues(bare, { responsible: null, targetDate: null })).to.equal(true);
    expect(hasValues(POINT, { title: 'Netzwerk ' })).to.equal(true);
    expect(hasValues(POINT, { status: 'done' })).to.equal(false);
  });

  it('leaves a plan alone for a change to a point it does not have, and names what changed between two plans', () => {
    const plan: Plan = { id: 'p', title: 'Plan', points: [POINT, { ...POINT, id: 'zwei', steps: [] }] };
    expect(applyToPlan(plan, { type: 'delete-step', pointId: 'nicht-da', stepId: 'a' })).to.equal(plan);
    const ticked = applyToPlan(plan, { type: 'update-step', pointId: 'netzwerk', stepId: 'b', patch: { done: true } });
    expect(changedPoints(plan, ticked)).to.deep.equal({ points: ['netzwerk'], other: false });
    expect(changedPoints(plan, { ...plan, title: 'Neu' })).to.deep.equal({ points: [], other: true });
    expect(changedPoints(plan, { ...plan, points: [plan.points[1]!, plan.points[0]!] }).other).to.equal(true);
  });

  it('suggests the status the steps speak for, and nothing when they agree', () => {
    const steps = (done: boolean[]) => done.map((value, index) => ({ id: `s${index}`, text: `Schritt ${index}`, done: value }));
    expect(suggestedStatus({ ...POINT, status: 'open', steps: steps([true, true]) })).to.equal('done');
    expect(suggestedStatus({ ...POINT, status: 'in-progress', steps: steps([true, true]) })).to.equal('done');
    expect(suggestedStatus({ ...POINT, status: 'done', steps: steps([true, true]) })).to.equal(undefined);
    expect(suggestedStatus({ ...POINT, status: 'done', steps: steps([true, false]) })).to.equal('in-progress');
    expect(suggestedStatus({ ...POINT, status: 'open', steps: steps([true, false]) })).to.equal('in-progress');
    expect(suggestedStatus({ ...POINT, status: 'open', steps: steps([false, false]) })).to.equal(undefined);
    expect(suggestedStatus({ ...POINT, status: 'open', steps: [] })).to.equal(undefined);
  });

  it('makes plan ids from titles, and step ids that differ', () => {
    expect(idFromTitle('Fünf Punkte für Süd – Straße 2027!')).to.equal('fuenf-punkte-fuer-sued-strasse-2027');
    expect(idFromTitle('  Café à la Rhône ')).to.equal('cafe-a-la-rhone');
    expect(idFromTitle('x'.repeat(80))).to.have.length(60);
    expect(isPlanId('plan-sued-2027')).to.equal(true);
    for (const bad of ['', 'Plan', 'plan sued', '-plan', 'plan--sued', 'plan-']) expect(isPlanId(bad), bad).to.equal(false);
    expect(newStepId()).to.match(/^schritt-/);
    expect(newStepId()).not.to.equal(newStepId());
  });
});
