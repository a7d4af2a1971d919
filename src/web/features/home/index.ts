// The public entry of features/home: other modules import only this file (layers.js).
export { HomePage } from './HomePage.js';
