// The public entry of features/series: other modules import only this file (layers.js).
export { NewSeriesModal } from './NewSeriesModal.js';

// The pages, for the router's lazy routes (nothing loads this entry eagerly).
import { SeriesListPage } from './SeriesListPage.js';
import { SeriesPage } from './SeriesPage.js';
export { SeriesListPage, SeriesPage };
