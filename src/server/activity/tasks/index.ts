export { taskTimelineAt } from './task-input.js';
export { insertTasks, selectTasks } from './tasks.repository.js';
export { taskRoutes } from './tasks.routes.js';
export { searchTasks } from './search.service.js';
