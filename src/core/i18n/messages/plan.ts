import type { Messages } from './types.js';

/** The `plan` texts in the built-in languages, German and English, side by side. */
export const planMessages: { de: Messages['plan']; en: Messages['plan'] } = {
  de: {
    statuses: { open: 'Offen', 'in-progress': 'In Arbeit', done: 'Erledigt' },
    statusLabel: 'Stand',
    stepsProgress: (done, total) => `${done} von ${total} ${total === 1 ? 'Schritt' : 'Schritten'} erledigt`,
    overall: (percent) => `Gesamtfortschritt: ${percent} %`,
    overallDetail: (done, inProgress, open) => `${done} erledigt, ${inProgress} in Arbeit, ${open} offen`,
    showSteps: 'Schritte anzeigen',
    hideSteps: 'Schritte ausblenden',
    stepDone: 'erledigt',
    stepOpen: 'offen',
    responsible: 'Verantwortlich',
    targetDate: 'Ziel bis',
    updatedAt: 'Zuletzt geändert',
    next: 'Weiter zu',
    edit: {
      saving: 'Wird gespeichert …',
      saved: 'Gespeichert.',
      saveFailed: 'Speichern fehlgeschlagen. Die Änderung bleibt erhalten.',
      downloadJson: 'Plan als JSON herunterladen',
      downloadHint: 'Ohne Server bleiben Änderungen auf dieser Seite. Laden Sie die Datei herunter und binden Sie sie mit src ein.',
    },
  },
  en: {
    statuses: { open: 'Not started', 'in-progress': 'In progress', done: 'Done' },
    statusLabel: 'Status',
    stepsProgress: (done, total) => `${done} of ${total} ${total === 1 ? 'step' : 'steps'} done`,
    overall: (percent) => `Overall progress: ${percent}%`,
    overallDetail: (done, inProgress, open) => `${done} done, ${inProgress} in progress, ${open} not started`,
    showSteps: 'Show steps',
    hideSteps: 'Hide steps',
    stepDone: 'done',
    stepOpen: 'not done',
    responsible: 'Responsible',
    targetDate: 'Target date',
    updatedAt: 'Last changed',
    next: 'Go to',
    edit: {
      saving: 'Saving …',
      saved: 'Saved.',
      saveFailed: 'Saving failed. The change is kept.',
      downloadJson: 'Download the plan as JSON',
      downloadHint: 'Without a server, changes stay on this page. Download the file and embed it with src.',
    },
  },
};
