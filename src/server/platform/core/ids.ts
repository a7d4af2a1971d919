import { v7 as uuidv7 } from 'uuid';

/** New ids are UUID v7: unique, and they sort by creation time, which keyset pagination relies on. */
export function newId(): string {
  return uuidv7();
}
