/** What the two-copies test loads twice: the library entry plus the internal test widget. */
export * from '../../src/drop-in.js';
export { IjaTestWidget } from './ija-test-widget.js';
