import type { Db, ImportTarget, Tx } from '../../platform/db/index.js';
import type { Auth } from '../../platform/http/index.js';
import type { ImportPlan, Job } from './plan.js';

/**
 * An import target another module brings: the import engine (upload, mapping, batches, progress,
 * undo) is this module's; what the rows become is the target's. Partners are this module's own
 * target; past interactions come from the activity layer, registered where the app is composed.
 */
export type ImportTargetModule = {
  /** The fields its mapping may use, and those it must use. */
  fields: ReadonlySet<string>;
  required: string[];
  /** A mapping proposed from the file's columns. */
  suggest: (columns: string[]) => Record<string, string | null>;
  plan: (db: Db, job: Job, columns: string[]) => Promise<ImportPlan<unknown>>;
  /** Moves what the import created and still lives to the trash; answers how many. */
  undo: (trx: Tx, auth: Auth, workspaceId: string, importId: string) => Promise<number>;
};

type OtherTarget = Exclude<ImportTarget, 'partners'>;
const targets = new Map<OtherTarget, ImportTargetModule>();

export function registerImportTarget(target: OtherTarget, module: ImportTargetModule): void {
  targets.set(target, module);
}

export function targetOf(target: OtherTarget): ImportTargetModule {
  const module = targets.get(target);
  if (!module) throw new Error(`No module was registered for ${target} imports`);
  return module;
}
