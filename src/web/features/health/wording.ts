import type { HealthComponent } from './health.types.js';

/** A message id and its values: the reason a component earned the points it did. */
export interface Wording {
  id: string;
  values: Record<string, number>;
}

const num = (facts: Record<string, unknown>, name: string): number | undefined => {
  const value = facts[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};

type Reason = (facts: Record<string, unknown>) => Wording | null;
const w = (id: string, values: Record<string, number> = {}): Wording => ({ id, values });

const REASONS: Record<string, Reason> = {
  recency: (f) => {
    const cadence = num(f, 'cadenceDays');
    const days = num(f, 'daysSinceContact');
    // Never contacted: the API counts from the start instead.
    const sinceStart = num(f, 'daysSinceStart');
    if (cadence === undefined) return null;
    if (days !== undefined)
      return w(days > cadence ? 'health.reason.recency.late' : 'health.reason.recency.within', { days, cadence });
    return sinceStart === undefined ? null : w('health.reason.recency.never', { days: sinceStart, cadence });
  },
  frequency: (f) => {
    const contacts = num(f, 'contacts90d');
    const expected = num(f, 'expected90d');
    if (contacts === undefined || expected === undefined) return null;
    return w('health.reason.frequency', { contacts, expected: Math.round(expected * 10) / 10 });
  },
  reciprocity: (f) => {
    const inbound = num(f, 'inbound90d');
    const total = num(f, 'contacts90d');
    if (inbound === undefined || total === undefined) return null;
    if (total === 0) return w('health.reason.reciprocity.none');
    return w('health.reason.reciprocity', { inbound, total });
  },
  sentiment: (f) => {
    const positive = num(f, 'positive') ?? 0;
    const neutral = num(f, 'neutral') ?? 0;
    const negative = num(f, 'negative') ?? 0;
    const count = num(f, 'rated') ?? positive + neutral + negative;
    if (count === 0) return w('health.reason.sentiment.none');
    return w('health.reason.sentiment', { count, positive, neutral, negative });
  },
  value: (f) => {
    const we = num(f, 'canWeHelp');
    const they = num(f, 'canTheyHelp');
    if (we === undefined || they === undefined) return w('health.reason.value.none');
    return w('health.reason.value', { we, they });
  },
};

/**
 * Why a component earned its points, worded from its key and facts. A component the app does not
 * know yet (or facts it cannot read) falls back to the component's name alone.
 */
export function componentReason(component: HealthComponent): Wording {
  const reason = REASONS[component.key]?.(component.facts ?? {});
  return reason ?? w('health.reason.unknown');
}

/** The message id of a component's name ("Recency", "Frequency", …), or null for one not known. */
export function componentNameId(key: string): string | null {
  return key in REASONS || key === 'goals' || key === 'conflicts' ? `health.component.${key}` : null;
}
