import { AppError, notFound } from './errors.js';

/**
 * How a versioned resource is read back when a write based on an old version matched nothing:
 * its name for errors ("Partner"), the current row, whether that row counts as gone (in the trash),
 * and how it is presented to the client.
 */
export type CurrentOf<Row> = {
  resource: string;
  find: () => Promise<Row | undefined>;
  gone?: (row: Row) => boolean;
  present: (row: Row) => unknown;
};

/**
 * The error of a write based on an old version: 412 `stale_version` with the resource as it is
 * now under `current` (the client shows both and lets the user keep theirs or take the other), or
 * 404 when the resource went away meanwhile. Every versioned resource answers through this one.
 */
export async function staleError<Row>(of: CurrentOf<Row>): Promise<AppError> {
  const row = await of.find();
  if (!row || of.gone?.(row)) return notFound(of.resource);
  return staleVersion(of.resource, await of.present(row));
}

/** The 412 itself, for a caller that already holds the current resource. */
export function staleVersion(resource: string, current: unknown): AppError {
  return new AppError('stale_version', `The ${resource.toLowerCase()} was changed by someone else`, {
    extra: { current },
  });
}

/** A versioned write's row, or the stale error when its version no longer matched. */
export async function orStale<T, Row>(written: T | undefined, of: CurrentOf<Row>): Promise<T> {
  if (written === undefined) throw await staleError(of);
  return written;
}
