// The public entry of features/auth: other modules import only this file (layers.js).
export { useSignOut } from './auth.queries.js';
export { ForgotPasswordPage } from './ForgotPasswordPage.js';
export { ResetPasswordPage } from './ResetPasswordPage.js';
export { SignInPage } from './SignInPage.js';
