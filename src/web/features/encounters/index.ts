// The public entry of features/encounters: other modules import only this file (layers.js).

// The dialog is fetched the first time it opens.
export const loadLogEncountersModal = () => import('./LogEncountersModal.js');
