/**
 * Everything `<lp-skill-gap-matrix>` computes and draws once it has data, loaded as its own
 * module: the inputs resolved against the document, gaps from the model, the person and team
 * views, self-assessment, recommendations, CSV export, their statements and the matrix's styles.
 * Bundles keep it out of the first download of every page; the element fetches it when it is
 * connected, next to the data reader, so neither waits for the other.
 */
export { pickText } from '@lp-elements/model';
export { matrixInteracted } from '@lp-elements/xapi';
export { exportCsv } from './csv-export.js';
export { LevelEditor } from './level-editor.js';
export { resolveInputs, targetName } from './matrix-inputs.js';
export { buildView } from './matrix-view.js';
export { matrixStyles } from './matrix.styles.js';
export { recommend, selectCourse } from './recommendations.js';
export { renderLegend } from './render-legend.js';
export { levelChip } from './render-levels.js';
export { renderPersonList, renderPersonTable } from './render-person.js';
export { renderRecommendations } from './render-recommendations.js';
export { renderTeamTable, teamRowLayout } from './render-team.js';
export { arrangeRows } from './row-order.js';
export { summarize } from './summary.js';
