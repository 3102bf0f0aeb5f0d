/**
 * Synthetic partners for the server benchmarks: the browser benchmark's deterministic list (partner-data.mjs),
 * checked against the contract, so every run measures the same valid list covering all four categories.
 */
import { PARTNER_CATEGORIES, parsePartners, type Partner } from '../../src/core/schemas/partner.js';
// @ts-expect-error: a plain JavaScript module, shared with the browser benchmark
import { makePartners } from './partner-data.mjs';

export function syntheticPartners(count: number): Partner[] {
  const { data, issues } = parsePartners({ partners: (makePartners as (count: number) => unknown[])(count) });
  if (issues.length > 0 || data.length !== count) {
    const detail = issues
      .slice(0, 5)
      .map((issue) => `${issue.path}: ${issue.message}`)
      .join('; ');
    throw new Error(`Synthetic partners are invalid (${data.length} of ${count} kept): ${detail}`);
  }
  const categories = new Set(data.map((partner) => partner.category));
  if (categories.size !== PARTNER_CATEGORIES.length) throw new Error('Synthetic partners do not cover all four categories');
  return data;
}
