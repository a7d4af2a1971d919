import type { Tx } from '../db/index.js';
import type { EventName, Events } from './catalogue.js';

export type Subscriber<K extends EventName> = (trx: Tx, payload: Events[K]) => Promise<void>;
export type Subscriptions = { [K in EventName]: Subscriber<K>[] };

/**
 * Who listens to what. One table for the process, written once where the application is composed
 * (app/wiring.ts); every app built in the same process wires the same modules, so installing
 * again replaces the table instead of adding to it.
 */
let installed: Subscriptions | undefined;

export function installSubscriptions(subscriptions: Subscriptions): void {
  installed = subscriptions;
}

/**
 * Tells the subscribers, in the order they are listed, inside the announcing transaction: what
 * they derive commits or rolls back with the change itself. Announcing before the subscriptions
 * are installed is a wiring mistake, not something to skip quietly.
 */
export async function announce<K extends EventName>(trx: Tx, name: K, payload: Events[K]): Promise<void> {
  if (!installed) throw new Error(`"${name}" was announced before the application installed its subscriptions`);
  for (const subscriber of installed[name]) await subscriber(trx, payload);
}
