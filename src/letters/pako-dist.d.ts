/**
 * The pako build PizZip itself loads (`pizzip/js/flate.js` requires this file): importing the same
 * file keeps one copy of pako in a browser bundle. Its API is pako's.
 */
declare module 'pako/dist/pako.es5.min.js' {
  import type Pako from 'pako';

  const pako: typeof Pako;
  export default pako;
}
