export { keepInTouchRoutes } from './keep-in-touch.routes.js';
