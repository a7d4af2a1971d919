import type { Schema } from '../api/index.js';

/** A member or partner named in another resource. */
export type PersonRef = NonNullable<Schema<'Partner'>['owner']>;
/** A workspace tag, as partners carry it. */
export type Tag = Schema<'Tag'>;
