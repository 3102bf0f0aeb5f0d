import { expect } from '@open-wc/testing';
import {
  CHECK_LEVELS,
  CHECK_POINT_IDS,
  CHECK_QUESTIONS,
  NEXT_STEPS,
  compareResults,
  createResultFile,
  evaluateCheck,
  parseResultFile,
  type CheckAnswer,
  type CheckQuestion,
  type CheckResultFile,
} from '../src/components/ija-five-point-plan/plan-check.js';
import { DEFAULT_PLAN } from '../src/core/defaults/plan.js';
import { de } from '../src/core/i18n/messages/de.js';

const NOT_A_RESULT = 'Diese Datei ist kein Ergebnis des Selbstchecks.';

const questionsOf = (pointId: string) => CHECK_QUESTIONS.filter((question) => question.pointId === pointId);

/** Answers for a point's questions in order; `undefined` leaves a question unanswered. */
function answer(pointId: string, values: readonly (CheckAnswer | undefined)[]): Record<string, CheckAnswer> {
  const answers: Record<string, CheckAnswer> = {};
  questionsOf(pointId).forEach((question, index) => {
    const value = values[index];
    if (value !== undefined) answers[question.id] = value;
  });
  return answers;
}

const all = (pointId: string, value: CheckAnswer) => answer(pointId, questionsOf(pointId).map(() => value));

/** Five questions of one point, so that scores of exactly 0.4 and 0.8 are reachable. */
const FIVE: readonly CheckQuestion[] = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, pointId: 'netzwerk', text: `${id}?` }));

function fiveAnswers(values: readonly CheckAnswer[]): Record<string, CheckAnswer> {
  return Object.fromEntries(values.map((value, index) => [FIVE[index]!.id, value]));
}

function validFile(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'ija-selbstcheck',
    version: 1,
    planId: 'fuenf-punkte-plan',
    date: '2025-03-14',
    answers: { 'netzwerk-partnergruppen': 'yes' },
    ...overrides,
  };
}

describe('plan-check questions and next steps', () => {
  it('covers exactly the points of the default plan', () => {
    expect([...CHECK_POINT_IDS]).to.deep.equal(DEFAULT_PLAN.points.map((point) => point.id));
  });

  it('asks 3–4 questions per point, 15–20 in total', () => {
    for (const pointId of CHECK_POINT_IDS) {
      const count = questionsOf(pointId).length;
      expect(count, pointId).to.be.within(3, 4);
    }
    expect(CHECK_QUESTIONS.length).to.be.within(15, 20);
  });

  it('gives every question a unique id, a known point and a German question text', () => {
    const ids = CHECK_QUESTIONS.map((question) => question.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const question of CHECK_QUESTIONS) {
      expect(CHECK_POINT_IDS as readonly string[]).to.include(question.pointId);
      expect(question.id).to.match(/^[a-z0-9-]+$/);
      expect(question.text.trim(), question.id).to.equal(question.text);
      expect(question.text, question.id).to.match(/\?$/);
    }
  });

  it('has next steps for every point and level, 1–3 sentences each', () => {
    expect(Object.keys(NEXT_STEPS).sort()).to.deep.equal([...CHECK_POINT_IDS].sort());
    for (const pointId of CHECK_POINT_IDS) {
      for (const level of CHECK_LEVELS) {
        const steps = NEXT_STEPS[pointId]![level.id];
        expect(steps.length, `${pointId}/${level.id}`).to.be.within(1, 3);
        for (const step of steps) expect(step, `${pointId}/${level.id}`).to.match(/^\S.*\.$/);
      }
    }
  });

  it('has three levels, lowest first, named in German like every status word', () => {
    expect(CHECK_LEVELS.map((level) => level.id)).to.deep.equal(['start', 'growing', 'anchored']);
    expect(CHECK_LEVELS.map((level) => de.planCheck.levels[level.id])).to.deep.equal(['Am Anfang', 'Auf dem Weg', 'Verankert']);
  });
});

describe('evaluateCheck', () => {
  it('rates nothing without answers', () => {
    const { points, overall } = evaluateCheck({});
    expect(points.map((point) => point.pointId)).to.deep.equal([...CHECK_POINT_IDS]);
    for (const point of points) {
      expect(point.level).to.equal(undefined);
      expect(point.answered).to.equal(0);
      expect(point.total).to.equal(questionsOf(point.pointId).length);
      expect(point.score).to.equal(0);
      expect(point.nextSteps).to.deep.equal([]);
    }
    expect(overall).to.equal(undefined);
  });

  it('rates all yes as anchored with score 1', () => {
    const answers = Object.fromEntries(CHECK_QUESTIONS.map((question) => [question.id, 'yes' as const]));
    const { points, overall } = evaluateCheck(answers);
    for (const point of points) {
      expect(point.score).to.equal(1);
      expect(point.level).to.equal('anchored');
      expect(point.answered).to.equal(point.total);
      expect(point.nextSteps).to.equal(NEXT_STEPS[point.pointId]!.anchored);
    }
    expect(overall).to.equal(1);
  });

  it('scores mixed answers per point and averages the rated points', () => {
    const answers = {
      ...answer('netzwerk', ['yes', 'yes', 'partly', 'no']),
      ...answer('werkstattgespraeche', ['yes', 'yes', 'yes', 'partly']),
      ...answer('unterstuetzung-traeger', ['partly', 'no']),
      ...all('strukturelle-verankerung', 'yes'),
    };
    const { points, overall } = evaluateCheck(answers);
    const byId = Object.fromEntries(points.map((point) => [point.pointId, point]));
    expect(byId['netzwerk']).to.include({ score: 0.625, level: 'growing', answered: 4 });
    expect(byId['netzwerk']!.nextSteps).to.equal(NEXT_STEPS['netzwerk']!.growing);
    expect(byId['werkstattgespraeche']).to.include({ score: 0.875, level: 'anchored', answered: 4 });
    expect(byId['unterstuetzung-traeger']).to.include({ score: 0.25, level: 'start', answered: 2 });
    expect(byId['unterstuetzung-traeger']!.nextSteps).to.equal(NEXT_STEPS['unterstuetzung-traeger']!.start);
    expect(byId['beratung-qualifizierung']).to.include({ score: 0, level: undefined, answered: 0 });
    expect(byId['strukturelle-verankerung']).to.include({ score: 1, level: 'anchored' });
    expect(overall).to.equal((0.625 + 0.875 + 0.25 + 1) / 4);
  });

  it('puts the level thresholds at 0.4 and 0.8', () => {
    const rate = (values: CheckAnswer[]) => evaluateCheck(fiveAnswers(values), FIVE).points[0]!;
    expect(rate(['yes', 'partly', 'no', 'no', 'no'])).to.include({ score: 0.3, level: 'start' });
    expect(rate(['yes', 'yes', 'no', 'no', 'no'])).to.include({ score: 0.4, level: 'growing' });
    expect(rate(['partly', 'partly', 'partly', 'partly', 'no'])).to.include({ score: 0.4, level: 'growing' });
    expect(rate(['yes', 'yes', 'yes', 'partly', 'no'])).to.include({ score: 0.7, level: 'growing' });
    expect(rate(['yes', 'yes', 'yes', 'yes', 'no'])).to.include({ score: 0.8, level: 'anchored' });
    expect(rate(['no', 'no', 'no', 'no', 'no'])).to.include({ score: 0, level: 'start' });
  });

  it('does not count unanswered questions, unknown ids or invalid answers', () => {
    const answers = {
      ...answer('netzwerk', ['yes']),
      'gibt-es-nicht': 'no',
      'werkstatt-vorgespraeche': 'vielleicht',
    } as unknown as Record<string, CheckAnswer>;
    const { points, overall } = evaluateCheck(answers);
    expect(points[0]).to.include({ pointId: 'netzwerk', score: 1, answered: 1, total: 4, level: 'anchored' });
    expect(points[1]).to.include({ pointId: 'werkstattgespraeche', answered: 0, level: undefined });
    expect(overall).to.equal(1);
  });

  it('works with custom questions and has no next steps for unknown points', () => {
    const questions: CheckQuestion[] = [
      { id: 'x1', pointId: 'eigener-punkt', text: 'Eins?' },
      { id: 'x2', pointId: 'eigener-punkt', text: 'Zwei?' },
    ];
    const { points, overall } = evaluateCheck({ x1: 'partly', x2: 'no' }, questions);
    expect(points).to.deep.equal([
      { pointId: 'eigener-punkt', score: 0.25, answered: 2, total: 2, level: 'start', nextSteps: [] },
    ]);
    expect(overall).to.equal(0.25);
  });
});

describe('check result file', () => {
  it('round-trips through JSON', () => {
    const answers = { ...all('netzwerk', 'yes'), ...answer('werkstattgespraeche', ['partly', 'no']) };
    const file = createResultFile('fuenf-punkte-plan', answers, new Date(2025, 2, 14, 23, 30));
    expect(file).to.deep.equal({
      format: 'ija-selbstcheck',
      version: 1,
      planId: 'fuenf-punkte-plan',
      date: '2025-03-14',
      answers,
    });
    expect(parseResultFile(JSON.stringify(file))).to.deep.equal(file);
    expect(parseResultFile(JSON.stringify(file, null, 2))).to.deep.equal(file);
  });

  it('writes the local calendar day with leading zeros', () => {
    expect(createResultFile('p', {}, new Date(2026, 0, 5, 0, 5)).date).to.equal('2026-01-05');
  });

  it('ignores a leading byte order mark', () => {
    expect(parseResultFile(`\uFEFF${JSON.stringify(validFile())}`).planId).to.equal('fuenf-punkte-plan');
  });

  it('drops unknown question ids and invalid answers on parse and on create', () => {
    const text = JSON.stringify(
      validFile({
        answers: {
          'netzwerk-partnergruppen': 'yes',
          'werkstatt-vorgespraeche': 'partly',
          'gibt-es-nicht': 'yes',
          'verankerung-fachstelle': 'vielleicht',
          'verankerung-jugendhilfeplan': 1,
          'verankerung-politik': null,
        },
      }),
    );
    expect(parseResultFile(text).answers).to.deep.equal({
      'netzwerk-partnergruppen': 'yes',
      'werkstatt-vorgespraeche': 'partly',
    });
    const messy = { 'gibt-es-nicht': 'yes', 'verankerung-fachstelle': 'no', 'beratung-anlaufstelle': 'kaputt' };
    const created = createResultFile('fuenf-punkte-plan', messy as Record<string, CheckAnswer>, new Date(2025, 0, 1));
    expect(created.answers).to.deep.equal({ 'verankerung-fachstelle': 'no' });
  });

  it('does not let a "__proto__" key through', () => {
    const parsed = parseResultFile('{"format":"ija-selbstcheck","version":1,"planId":"p","date":"2025-01-01","answers":{"__proto__":"yes"}}');
    expect(Object.keys(parsed.answers)).to.deep.equal([]);
    expect(Object.getPrototypeOf(parsed.answers)).to.equal(Object.prototype);
  });

  it('rejects anything else with a German message', () => {
    const invalid: Record<string, string> = {
      'malformed JSON': '{"format": "ija-selbstcheck",',
      'empty text': '',
      'JSON null': 'null',
      'JSON array': '[]',
      'wrong format': JSON.stringify(validFile({ format: 'ija-agenda' })),
      'wrong version': JSON.stringify(validFile({ version: 2 })),
      'version as text': JSON.stringify(validFile({ version: '1' })),
      'missing plan id': JSON.stringify(validFile({ planId: '' })),
      'invalid date': JSON.stringify(validFile({ date: '2025-13-01' })),
      'date with time': JSON.stringify(validFile({ date: '2025-03-14T10:00:00Z' })),
      'missing answers': JSON.stringify(validFile({ answers: undefined })),
      'answers as list': JSON.stringify(validFile({ answers: ['yes'] })),
    };
    for (const [name, text] of Object.entries(invalid)) {
      let error: unknown;
      try {
        parseResultFile(text);
      } catch (caught) {
        error = caught;
      }
      expect(error, name).to.be.instanceOf(Error);
      expect((error as Error).message, name).to.equal(NOT_A_RESULT);
    }
  });
});

describe('compareResults', () => {
  it('tells per point whether it moved up, down, stayed or is new', () => {
    const earlier: CheckResultFile = createResultFile(
      'fuenf-punkte-plan',
      {
        ...all('netzwerk', 'no'),
        ...all('werkstattgespraeche', 'yes'),
        ...all('unterstuetzung-traeger', 'partly'),
        ...all('strukturelle-verankerung', 'yes'),
      },
      new Date(2024, 4, 1),
    );
    const current = {
      ...answer('netzwerk', ['yes', 'partly']),
      ...answer('werkstattgespraeche', ['yes', 'no']),
      ...answer('unterstuetzung-traeger', ['yes', 'no', 'partly', 'partly']),
      ...answer('beratung-qualifizierung', ['yes']),
    };
    expect(compareResults(earlier, current)).to.deep.equal([
      { pointId: 'netzwerk', before: 0, after: 0.75, direction: 'up' },
      { pointId: 'werkstattgespraeche', before: 1, after: 0.5, direction: 'down' },
      { pointId: 'unterstuetzung-traeger', before: 0.5, after: 0.5, direction: 'same' },
      { pointId: 'beratung-qualifizierung', before: undefined, after: 1, direction: 'new' },
      { pointId: 'strukturelle-verankerung', before: 1, after: undefined, direction: 'same' },
    ]);
  });

  it('compares a parsed earlier file and reports nothing rated before as new', () => {
    const earlier = parseResultFile(JSON.stringify(validFile({ answers: {} })));
    const changes = compareResults(earlier, {});
    expect(changes.map((change) => change.direction)).to.deep.equal(['new', 'new', 'new', 'new', 'new']);
    expect(changes.every((change) => change.before === undefined && change.after === undefined)).to.equal(true);
  });
});
