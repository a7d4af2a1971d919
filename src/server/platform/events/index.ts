export { announce, installSubscriptions } from './bus.js';
export type { Subscriber, Subscriptions } from './bus.js';
export type { AssignedTask, EventName, Events } from './catalogue.js';
