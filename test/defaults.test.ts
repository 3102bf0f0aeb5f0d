import { expect } from '@open-wc/testing';
import { PARTNER_CATEGORIES, parseAgenda, parseBoard, parsePlan } from '../src/core/schemas/index.js';
import {
  cloneDefault,
  DEFAULT_AGENDA,
  DEFAULT_BOARD,
  DEFAULT_PLAN,
  PARTNER_CATEGORY_LABELS_DE,
  partnerTypesOf,
  RECOMMENDED_PARTNER_TYPES,
} from '../src/core/defaults/index.js';

function minutes(time: string): number {
  const [hours, mins] = time.split(':').map(Number);
  return hours! * 60 + mins!;
}

describe('built-in defaults', () => {
  describe('schemas', () => {
    it('the agenda passes its schema unchanged', () => {
      const { data, issues } = parseAgenda(DEFAULT_AGENDA);
      expect(issues).to.deep.equal([]);
      expect(data).to.deep.equal(DEFAULT_AGENDA);
    });

    it('the board passes its schema unchanged', () => {
      const { data, issues } = parseBoard(DEFAULT_BOARD);
      expect(issues).to.deep.equal([]);
      expect(data).to.deep.equal(DEFAULT_BOARD);
    });

    it('the plan passes its schema unchanged', () => {
      const { data, issues } = parsePlan(DEFAULT_PLAN);
      expect(issues).to.deep.equal([]);
      expect(data).to.deep.equal(DEFAULT_PLAN);
    });
  });

  describe('partner types', () => {
    it('has 18 types with unique ids', () => {
      expect(RECOMMENDED_PARTNER_TYPES).to.have.length(18);
      const ids = RECOMMENDED_PARTNER_TYPES.map((type) => type.id);
      expect(new Set(ids).size).to.equal(18);
      for (const id of ids) expect(id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    });

    it('has 4/6/2/6 types in the four categories', () => {
      expect(partnerTypesOf('vereine')).to.have.length(4);
      expect(partnerTypesOf('jugendarbeit')).to.have.length(6);
      expect(partnerTypesOf('politik')).to.have.length(2);
      expect(partnerTypesOf('schule-beruf')).to.have.length(6);
      expect(partnerTypesOf('vereine').every((type) => type.category === 'vereine')).to.equal(true);
    });

    it('labels every category', () => {
      expect(Object.keys(PARTNER_CATEGORY_LABELS_DE).sort()).to.deep.equal([...PARTNER_CATEGORIES].sort());
      expect(PARTNER_CATEGORY_LABELS_DE['schule-beruf']).to.equal('Übergang Schule–Beruf');
    });
  });

  describe('agenda', () => {
    const items = DEFAULT_AGENDA.items;

    it('is a template without a date, in Europe/Berlin', () => {
      expect(DEFAULT_AGENDA.date).to.equal(undefined);
      expect(DEFAULT_AGENDA.timezone).to.equal('Europe/Berlin');
    });

    it('runs from 10:30 to 16:00 with a lunch break 12:30–13:30', () => {
      expect(items[0]!.start).to.equal('10:30');
      expect(items[items.length - 1]!.end).to.equal('16:00');
      const lunch = items.filter((item) => item.type === 'break' && item.start === '12:30' && item.end === '13:30');
      expect(lunch).to.have.length(1);
    });

    it('has the seven blocks in order', () => {
      const blocks = items.filter((item) => item.type !== 'break').map((item) => item.type);
      expect(blocks).to.deep.equal(['welcome', 'intro', 'input', 'presentation', 'practice', 'discussion', 'closing']);
    });

    it('has sorted, non-overlapping times', () => {
      items.forEach((item, index) => {
        expect(minutes(item.start), item.id).to.be.lessThan(minutes(item.end));
        if (index > 0) expect(minutes(item.start), item.id).to.be.at.least(minutes(items[index - 1]!.end));
      });
    });

    it('links the discussion to the guiding-questions board', () => {
      const discussion = items.find((item) => item.type === 'discussion');
      expect(discussion?.boardId).to.equal(DEFAULT_BOARD.id);
    });
  });

  describe('board', () => {
    it('has the five guiding questions and no cards', () => {
      expect(DEFAULT_BOARD.questions.map((q) => q.id)).to.deep.equal([
        'schnittstellen',
        'perspektiven',
        'agenda',
        'mobilitaetsangebote',
        'perspektive-10-jahre',
      ]);
      expect(DEFAULT_BOARD.cards).to.deep.equal([]);
    });
  });

  describe('plan', () => {
    it('has the five points in order, open, each with undone steps', () => {
      expect(DEFAULT_PLAN.points.map((point) => point.id)).to.deep.equal([
        'netzwerk',
        'werkstattgespraeche',
        'unterstuetzung-traeger',
        'beratung-qualifizierung',
        'strukturelle-verankerung',
      ]);
      for (const point of DEFAULT_PLAN.points) {
        expect(point.status, point.id).to.equal('open');
        expect(point.steps?.length ?? 0, point.id).to.be.within(3, 5);
        for (const step of point.steps ?? []) expect(step.done, step.id).to.equal(false);
      }
    });

    it('has step ids that are unique within the plan', () => {
      const ids = DEFAULT_PLAN.points.flatMap((point) => (point.steps ?? []).map((step) => step.id));
      expect(new Set(ids).size).to.equal(ids.length);
    });
  });

  describe('cloneDefault', () => {
    it('returns a deep copy that can be mutated without changing the default', () => {
      const copy = cloneDefault(DEFAULT_PLAN);
      expect(copy).to.deep.equal(DEFAULT_PLAN);
      expect(copy).not.to.equal(DEFAULT_PLAN);

      copy.title = 'Geändert';
      copy.points[0]!.status = 'done';
      copy.points[0]!.steps![0]!.done = true;
      copy.points.pop();

      expect(DEFAULT_PLAN.title).to.equal('5-Punkte-Plan für mehr internationale Jugendarbeit');
      expect(DEFAULT_PLAN.points).to.have.length(5);
      expect(DEFAULT_PLAN.points[0]!.status).to.equal('open');
      expect(DEFAULT_PLAN.points[0]!.steps![0]!.done).to.equal(false);
    });

    it('copies the agenda and board deeply too', () => {
      const agenda = cloneDefault(DEFAULT_AGENDA);
      agenda.items[0]!.title = 'Geändert';
      expect(DEFAULT_AGENDA.items[0]!.title).to.equal('Begrüßung');

      const board = cloneDefault(DEFAULT_BOARD);
      board.questions.push({ id: 'neu', text: 'Neu?' });
      expect(DEFAULT_BOARD.questions).to.have.length(5);
    });
  });
});
