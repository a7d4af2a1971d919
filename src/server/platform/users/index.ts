export { countUsers, findUserByEmail, findUserById, insertUser, updateUser } from './users.repository.js';
export { auditUserChange, sessionView, updateProfile } from './users.service.js';
