/** The fixed tag colours (Mantine's filled shades), picked as swatches. */
export const TAG_PALETTE = [
  '#1c7ed6',
  '#0ca678',
  '#f59f00',
  '#e03131',
  '#7048e8',
  '#d6336c',
  '#1098ad',
  '#74b816',
  '#f76707',
  '#495057',
] as const;

/** A colour for a new tag, varying with how many tags exist. */
export function nextColor(existing: number): string {
  return TAG_PALETTE[existing % TAG_PALETTE.length] ?? TAG_PALETTE[0];
}
