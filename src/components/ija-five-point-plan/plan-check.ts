import * as z from 'zod/mini';
import { CalendarDate, Id } from '../../core/schemas/fields.js';

/**
 * The self-check (mode="check"), modelled on municipal self-checks such as "Weltoffene Kommune":
 * per plan point a few questions from the factsheet rate where the municipality stands, a level and
 * suggested next steps follow, and the answers can be kept as a file to compare with next year.
 * The question, level and next-step texts are plan content and German by design.
 */

export const CHECK_ANSWERS = ['yes', 'partly', 'no'] as const;
export type CheckAnswer = (typeof CHECK_ANSWERS)[number];

export interface CheckQuestion {
  id: string;
  pointId: string;
  text: string;
}

/** A level's words are in the message tables (`planCheck.levels`), like every status word. */
export interface CheckLevel {
  id: 'start' | 'growing' | 'anchored';
}

/** The points of the default five-point plan, in plan order. */
export const CHECK_POINT_IDS = [
  'netzwerk',
  'werkstattgespraeche',
  'unterstuetzung-traeger',
  'beratung-qualifizierung',
  'strukturelle-verankerung',
] as const;

/** Lowest to highest. */
export const CHECK_LEVELS: readonly CheckLevel[] = [
  { id: 'start' },
  { id: 'growing' },
  { id: 'anchored' },
];

/** Four questions per point of the five-point plan, in plan order. Ids are stored in result files: keep them stable. */
export const CHECK_QUESTIONS: readonly CheckQuestion[] = [
  {
    id: 'netzwerk-partnergruppen',
    pointId: 'netzwerk',
    text: 'Sind alle vier Partnergruppen ins Netzwerk eingeladen: Vereine, Träger der Jugendarbeit, Politik und Übergang Schule–Beruf?',
  },
  {
    id: 'netzwerk-migrantinnenorganisationen',
    pointId: 'netzwerk',
    text: 'Sind Vereine junger Migrant*innen und Migrant*innenselbstorganisationen im Netzwerk?',
  },
  {
    id: 'netzwerk-neue-akteure',
    pointId: 'netzwerk',
    text: 'Wurden gezielt Organisationen und Einrichtungen angesprochen, die bisher nicht in der internationalen Jugendarbeit aktiv sind?',
  },
  {
    id: 'netzwerk-tandems',
    pointId: 'netzwerk',
    text: 'Gehen Träger, die neu in der internationalen Jugendarbeit sind, Projekte gemeinsam mit erfahrenen Partner*innen an und verteilen die Aufgaben?',
  },
  {
    id: 'werkstatt-vorgespraeche',
    pointId: 'werkstattgespraeche',
    text: 'Wurden vorbereitende Gespräche mit den Kooperationspartner*innen vor Ort geführt?',
  },
  {
    id: 'werkstatt-durchgefuehrt',
    pointId: 'werkstattgespraeche',
    text: 'Hat in Ihrer Kommune ein Werkstattgespräch zur internationalen Jugendarbeit stattgefunden?',
  },
  {
    id: 'werkstatt-leitfragen',
    pointId: 'werkstattgespraeche',
    text: 'Wurden die Leitfragen – etwa wie das Thema auf die Agenda kommt und wie Mobilitätsangebote finanziert werden – in moderierten Kleingruppen diskutiert?',
  },
  {
    id: 'werkstatt-erkenntnisse',
    pointId: 'werkstattgespraeche',
    text: 'Sind die zentralen Erkenntnisse des Werkstattgesprächs festgehalten?',
  },
  {
    id: 'traeger-strategien',
    pointId: 'unterstuetzung-traeger',
    text: 'Entwickelt die Kommune gemeinsam mit erfahrenen Akteur*innen der internationalen Jugendarbeit Strategien, um weitere Träger zu motivieren?',
  },
  {
    id: 'traeger-offene-arbeit',
    pointId: 'unterstuetzung-traeger',
    text: 'Ist internationale Jugendarbeit ein selbstverständlicher Teil der Offenen Kinder- und Jugendarbeit mit strukturell benachteiligten Zielgruppen?',
  },
  {
    id: 'traeger-zielgruppen',
    pointId: 'unterstuetzung-traeger',
    text: 'Erreichen die Angebote auch Jugendliche, die bisher nicht dabei waren, z. B. aus Haupt- und Realschulen, im Übergang von der Schule in eine Ausbildung oder mit individuellen Beeinträchtigungen?',
  },
  {
    id: 'traeger-formate',
    pointId: 'unterstuetzung-traeger',
    text: 'Gibt es für junge Menschen vor Ort Angebote wie Jugendbegegnungen, Workcamps oder Freiwilligendienste?',
  },
  {
    id: 'beratung-anlaufstelle',
    pointId: 'beratung-qualifizierung',
    text: 'Wissen Träger und Fachkräfte, wo sie Beratung zur internationalen Jugendarbeit bekommen?',
  },
  {
    id: 'beratung-fortbildung',
    pointId: 'beratung-qualifizierung',
    text: 'Nehmen Fachkräfte und ehrenamtliche Mitarbeiter*innen an Fachaustausch, internationalen Seminaren oder Trainings teil?',
  },
  {
    id: 'beratung-projektkompetenz',
    pointId: 'beratung-qualifizierung',
    text: 'Können Fachkräfte und Ehrenamtliche ein internationales Projekt planen, finanzieren und durchführen?',
  },
  {
    id: 'beratung-foerderprogramme',
    pointId: 'beratung-qualifizierung',
    text: 'Sind Förderprogramme und Finanzierungswege für Mobilitätsangebote bekannt?',
  },
  {
    id: 'verankerung-fachstelle',
    pointId: 'strukturelle-verankerung',
    text: 'Gibt es eine lokale Service- oder Fachstelle, die Träger, Jugendliche und Eltern berät?',
  },
  {
    id: 'verankerung-jugendhilfeplan',
    pointId: 'strukturelle-verankerung',
    text: 'Ist internationale Jugendarbeit im Jugendhilfeplan der Kommune verankert?',
  },
  {
    id: 'verankerung-stellenanteile',
    pointId: 'strukturelle-verankerung',
    text: 'Gibt es in der Kommune Stellenanteile für internationale Jugendarbeit?',
  },
  {
    id: 'verankerung-politik',
    pointId: 'strukturelle-verankerung',
    text: 'Ist internationale Jugendarbeit politisch abgesichert, z. B. mit Rückhalt von Ratsmitgliedern und Integrationsbeauftragten?',
  },
];

/** Suggested next steps per point and level. */
export const NEXT_STEPS: Readonly<Record<string, Record<CheckLevel['id'], readonly string[]>>> = {
  netzwerk: {
    start: [
      'Laden Sie Interessierte aus allen vier Partnergruppen ein: Vereine, Träger der Jugendarbeit, Politik und Übergang Schule–Beruf.',
      'Sprechen Sie gezielt Vereine junger Migrant*innen und Migrant*innenselbstorganisationen an.',
    ],
    growing: [
      'Sprechen Sie Organisationen an, die bisher nicht in der internationalen Jugendarbeit aktiv sind.',
      'Bringen Sie neue Träger mit erfahrenen Partner*innen zusammen und verteilen Sie die Aufgaben.',
    ],
    anchored: [
      'Halten Sie das Netzwerk mit gemeinsamen Zielen, Ideen und Projekten lebendig.',
      'Teilen Sie Ihre Erfahrungen mit anderen Kommunen.',
    ],
  },
  werkstattgespraeche: {
    start: [
      'Führen Sie vorbereitende Gespräche mit den Kooperationspartner*innen vor Ort.',
      'Planen Sie ein eintägiges Werkstattgespräch und gewinnen Sie eine*n Schirmherr*in aus der Region.',
    ],
    growing: [
      'Diskutieren Sie die Leitfragen in moderierten Kleingruppen.',
      'Halten Sie die zentralen Erkenntnisse in der Abschluss- und Feedbackrunde fest.',
    ],
    anchored: [
      'Machen Sie die Erfolge nach außen sichtbar.',
      'Laden Sie regelmäßig zu weiteren Werkstattgesprächen ein.',
    ],
  },
  'unterstuetzung-traeger': {
    start: [
      'Entwickeln Sie mit erfahrenen Akteur*innen der internationalen Jugendarbeit Strategien für Ihre Kommune.',
      'Ermutigen Sie Träger der Kinder- und Jugendarbeit zu ersten internationalen Maßnahmen.',
    ],
    growing: [
      'Sprechen Sie Jugendliche an, die bisher nicht erreicht wurden, z. B. aus Haupt- und Realschulen oder im Übergang von der Schule in eine Ausbildung.',
      'Bieten Sie passende Formate wie Jugendbegegnungen, Workcamps oder Freiwilligendienste an.',
    ],
    anchored: [
      'Bleiben Sie dran, damit internationale Jugendarbeit selbstverständlicher Teil der Offenen Kinder- und Jugendarbeit bleibt.',
      'Geben Sie Ihre Erfahrungen an Träger weiter, die neu einsteigen.',
    ],
  },
  'beratung-qualifizierung': {
    start: [
      'Klären Sie, welche Beratung die Träger je nach ihrem bisherigen Engagement brauchen.',
      'Nutzen Sie die Beratung der Servicestelle für mehr internationale Jugendarbeit in NRW.',
    ],
    growing: [
      'Laden Sie Fachkräfte und Ehrenamtliche zu Fachaustausch, Seminaren und Trainings ein.',
      'Zeigen Sie Förderprogramme und Finanzierungswege für Mobilitätsangebote auf.',
    ],
    anchored: [
      'Qualifizieren Sie neue Fachkräfte und Ehrenamtliche laufend weiter.',
      'Teilen Sie Ihr Wissen zu Planung und Finanzierung im Netzwerk.',
    ],
  },
  'strukturelle-verankerung': {
    start: [
      'Denken Sie die Nachhaltigkeit von Beginn an mit: Internationale Jugendarbeit soll langfristig abgesichert sein.',
      'Bringen Sie das Thema auf die Agenda von Jugendhilfeplanung und Politik.',
    ],
    growing: [
      'Verankern Sie internationale Jugendarbeit im Jugendhilfeplan der Kommune.',
      'Richten Sie eine lokale Service- und Fachstelle ein, die Träger, Jugendliche und Eltern berät.',
      'Schaffen Sie zusätzliche Stellenanteile für internationale Jugendarbeit.',
    ],
    anchored: [
      'Halten Sie Fachstelle, Stellenanteile und politische Rückendeckung dauerhaft aufrecht.',
      'Teilen Sie Ihre Erfahrungen mit anderen Kommunen.',
    ],
  },
};

export interface PointResult {
  pointId: string;
  /** 0..1 over the answered questions (yes = 1, partly = 0.5, no = 0); 0 when nothing is answered. */
  score: number;
  answered: number;
  total: number;
  /** Undefined when no question of the point is answered. */
  level: CheckLevel['id'] | undefined;
  /** NEXT_STEPS for the level; empty without a level or for a point NEXT_STEPS does not know. */
  nextSteps: readonly string[];
}

const ANSWER_VALUES: Readonly<Record<CheckAnswer, number>> = { yes: 1, partly: 0.5, no: 0 };

function isCheckAnswer(value: unknown): value is CheckAnswer {
  return typeof value === 'string' && (CHECK_ANSWERS as readonly string[]).includes(value);
}

function levelOf(score: number): CheckLevel['id'] {
  if (score < 0.4) return 'start';
  if (score < 0.8) return 'growing';
  return 'anchored';
}

/**
 * One result per point (in the order the points first appear in `questions`). Answers to ids not among
 * the questions, and values other than yes/partly/no, are not counted. `overall` is the mean of the
 * scores of the points with at least one answer (every point weighs the same), undefined if none has.
 */
export function evaluateCheck(
  answers: Readonly<Record<string, CheckAnswer>>,
  questions: readonly CheckQuestion[] = CHECK_QUESTIONS,
): { points: PointResult[]; overall: number | undefined } {
  const tallies = new Map<string, { sum: number; answered: number; total: number }>();
  for (const question of questions) {
    let tally = tallies.get(question.pointId);
    if (!tally) {
      tally = { sum: 0, answered: 0, total: 0 };
      tallies.set(question.pointId, tally);
    }
    tally.total += 1;
    const answer: unknown = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    if (isCheckAnswer(answer)) {
      tally.sum += ANSWER_VALUES[answer];
      tally.answered += 1;
    }
  }
  const points: PointResult[] = [];
  for (const [pointId, { sum, answered, total }] of tallies) {
    const score = answered > 0 ? sum / answered : 0;
    const level = answered > 0 ? levelOf(score) : undefined;
    const steps = Object.hasOwn(NEXT_STEPS, pointId) ? NEXT_STEPS[pointId] : undefined;
    points.push({ pointId, score, answered, total, level, nextSteps: level && steps ? steps[level] : [] });
  }
  const rated = points.filter((point) => point.level !== undefined);
  const overall = rated.length > 0 ? rated.reduce((total, point) => total + point.score, 0) / rated.length : undefined;
  return { points, overall };
}

/** Known question ids with valid answers only, in CHECK_QUESTIONS order. */
function cleanAnswers(answers: Readonly<Record<string, unknown>>): Record<string, CheckAnswer> {
  const clean: Record<string, CheckAnswer> = {};
  for (const question of CHECK_QUESTIONS) {
    const answer = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    if (isCheckAnswer(answer)) clean[question.id] = answer;
  }
  return clean;
}

export const RESULT_FILE_FORMAT = 'ija-selbstcheck';
export const RESULT_FILE_VERSION = 1;

/**
 * The downloadable result file: a versioned JSON document a municipality keeps and compares next year.
 * On parse, answers to unknown question ids (see CHECK_QUESTIONS) and invalid answers are dropped.
 */
export const CheckResultFile = z.object({
  format: z.literal(RESULT_FILE_FORMAT),
  version: z.literal(RESULT_FILE_VERSION),
  planId: Id,
  date: CalendarDate,
  answers: z.pipe(
    z.record(z.string(), z.unknown()),
    z.transform((answers) => cleanAnswers(answers)),
  ),
});
export type CheckResultFile = z.infer<typeof CheckResultFile>;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** `date` is written as the local calendar day (YYYY-MM-DD); answers are cleaned as on parse. */
export function createResultFile(
  planId: string,
  answers: Readonly<Record<string, CheckAnswer>>,
  date: Date,
): CheckResultFile {
  return {
    format: RESULT_FILE_FORMAT,
    version: RESULT_FILE_VERSION,
    planId,
    date: `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
    answers: cleanAnswers(answers),
  };
}

const NOT_A_RESULT_FILE = 'Diese Datei ist kein Ergebnis des Selbstchecks.';

/** Reads a result file's text (a leading BOM is ignored); throws an Error with a German message for anything else. */
export function parseResultFile(text: string): CheckResultFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new Error(NOT_A_RESULT_FILE, { cause });
  }
  const result = z.safeParse(CheckResultFile, json);
  if (!result.success) throw new Error(NOT_A_RESULT_FILE, { cause: result.error });
  return result.data;
}

export interface PointChange {
  pointId: string;
  before: number | undefined;
  after: number | undefined;
  direction: 'up' | 'down' | 'same' | 'new';
}

const SAME_WITHIN = 0.001;

/**
 * What moved since the earlier result, per point of CHECK_QUESTIONS (plan order). A score is undefined
 * when the point had no answer. 'new' when there was no earlier score; 'same' when the scores differ by
 * at most 0.001 or when the point is not answered now (nothing to compare; `after` stays undefined).
 */
export function compareResults(
  earlier: CheckResultFile,
  current: Readonly<Record<string, CheckAnswer>>,
): PointChange[] {
  const scoreOf = (point: PointResult) => (point.level === undefined ? undefined : point.score);
  const beforeByPoint = new Map(evaluateCheck(earlier.answers).points.map((point) => [point.pointId, scoreOf(point)]));
  return evaluateCheck(current).points.map((point) => {
    const before = beforeByPoint.get(point.pointId);
    const after = scoreOf(point);
    let direction: PointChange['direction'];
    if (before === undefined) direction = 'new';
    else if (after === undefined || Math.abs(after - before) <= SAME_WITHIN) direction = 'same';
    else direction = after > before ? 'up' : 'down';
    return { pointId: point.pointId, before, after, direction };
  });
}
