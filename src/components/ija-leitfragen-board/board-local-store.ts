import type { Board } from '../../core/schemas/board.js';
import type { Validators } from '../../core/schemas/validators.js';

const STORAGE_PREFIX = 'ija-widgets:board:';

/** A board kept on this device (`persist="local"`), read back and checked as data from outside; else undefined. */
export function restoreLocalBoard(id: string, validators: Validators | undefined): Board | undefined {
  try {
    const stored = localStorage.getItem(STORAGE_PREFIX + id);
    return stored ? validators?.parseBoard(JSON.parse(stored)).data : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the board on this device; when storage is full or blocked, the board stays on the page. */
export function storeLocalBoard(board: Board): void {
  try {
    localStorage.setItem(STORAGE_PREFIX + board.id, JSON.stringify(board));
  } catch {
    // Nothing else to do: the page still shows it.
  }
}
