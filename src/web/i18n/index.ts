// The public entry of i18n: other modules import only this file (layers.js).
export { calendarOf, dateTimeFormat, formatDateTime, formatSigned, intlTag } from './format.js';
export { I18nProvider } from './I18nProvider.js';
export { LocaleContext, useLocale } from './LocaleContext.js';
export { detectLocale, directionOf, LOCALES, storeLocale } from './locales.js';
export { MESSAGES } from './messages.js';
export { translateError } from './problems.js';
export { useErrorText } from './useErrorText.js';
export { useFormat } from './useFormat.js';
