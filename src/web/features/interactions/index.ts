// The public entry of features/interactions: other modules import only this file (layers.js).
export { ActivityIcon } from './ActivityIcon.js';
export type { ActivityType } from './ActivityIcon.js';
export { agendaBody, kept, richText } from './formValues.js';
export { InteractionActions } from './InteractionActions.js';
export { InteractionBadges } from './InteractionBadges.js';
export { InteractionHeader } from './InteractionHeader.js';
export { InteractionLinks } from './InteractionLinks.js';
export { locationUrl } from './location.js';
export { LocationText } from './LocationText.js';
export { useInteraction } from './interactions.queries.js';
export type {
  ActionItem,
  AgendaRow,
  Interaction,
  InteractionKind,
  InteractionPrefill,
  PartnerLink,
  RelationshipLink,
  Sentiment,
} from './interactions.types.js';
export { MeetingView } from './MeetingView.js';
export { MultiPicker } from './MultiPicker.js';
export { useInteractionOptions } from './options.js';
export { PartnersPicker, RelationshipsPicker } from './Pickers.js';
export { QuickLogButton } from './QuickLogButton.js';
export { QuickLogContext, useQuickLog } from './QuickLogContext.js';
export { RichTextInput } from './RichTextInput.js';
export { isQuickLogKey, QUICK_LOG_KEY } from './shortcut.js';
export { usePagePrefill } from './usePagePrefill.js';
export { WhenText } from './WhenText.js';
export { WhoFields } from './WhoFields.js';

// Loaded when first opened: only the loader is public, so the page stays out of the main bundle.
export const loadEditInteractionPage = () => import('./EditInteractionPage.js');
// The form (pickers, meeting parts) is fetched the first time the dialog opens.
export const loadLogInteractionModal = () => import('./LogInteractionModal.js');
