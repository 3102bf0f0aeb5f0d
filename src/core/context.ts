import { createContext } from '@lit/context';
import type { IjaAdapter } from './adapter/types.js';

/** A string key (not a Symbol), so two copies of the bundle on one page still find each other. */
export const adapterContext = createContext<IjaAdapter | undefined>('ija:adapter');
