import { ApiError } from '../../api/index.js';

/** Why an upload was refused, as a message id and its values; null when the general error text fits. */
export interface UploadProblem {
  id: string;
  values: Record<string, string | number>;
}

/**
 * The reason of a refused upload, from the rule of its `file` error (not the server's English):
 * too large (with the limit), a type that is not allowed, content that is not what it claims to be,
 * empty, or too many files on the interaction.
 */
export function uploadProblem(error: unknown, formatSize: (bytes: number) => string): UploadProblem | null {
  if (!(error instanceof ApiError)) return null;
  const file = error.problem?.errors?.find((e) => e.path.replace(/^\/?(body[./])?/, '') === 'file');
  const maximum = file?.params?.maximum;
  if (file?.rule === 'too_big' || error.status === 413) {
    return typeof maximum === 'number'
      ? { id: 'attachment.error.tooBig', values: { size: formatSize(maximum) } }
      : { id: 'attachment.error.tooBigPlain', values: {} };
  }
  if (file?.rule === 'forbidden_type' || (error.status === 415 && file?.rule !== 'type_mismatch'))
    return { id: 'attachment.error.forbiddenType', values: {} };
  if (file?.rule === 'type_mismatch') return { id: 'attachment.error.typeMismatch', values: {} };
  if (file?.rule === 'required') return { id: 'attachment.error.empty', values: {} };
  if (error.code === 'conflict') return { id: 'attachment.error.tooMany', values: {} };
  return null;
}
