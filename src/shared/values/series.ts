/** How often a recurring meeting comes back (times its interval). */
export const RECURRENCES = ['weekly', 'monthly', 'quarterly'] as const;
