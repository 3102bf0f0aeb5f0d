import { IjaAdapterError, type IjaErrorOptions } from '../errors.js';

/** Another origin than the page's (never on a server, which has no page). */
function isCrossOrigin(url: string | undefined): boolean {
  if (url === undefined || typeof location === 'undefined') return false;
  try {
    return new URL(url, location.href).origin !== location.origin;
  } catch {
    return false;
  }
}

/** A request that got no answer: notes whether the device was offline and whether the URL is on another origin. */
export function networkError(message: string, options: Omit<IjaErrorOptions, 'offline' | 'crossOrigin'> = {}): IjaAdapterError {
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  return new IjaAdapterError('network', message, { ...options, offline, crossOrigin: isCrossOrigin(options.url) });
}
