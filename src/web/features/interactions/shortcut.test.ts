import { describe, expect, it } from 'vitest';
import { isQuickLogKey, pageContext } from './shortcut.js';

const press = (key: string, extra: Partial<Parameters<typeof isQuickLogKey>[0]> = {}) =>
  isQuickLogKey({
    key,
    code: `Key${key.toUpperCase()}`,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    target: null,
    ...extra,
  });

const element = (tagName: string, inside: string | null = null) =>
  ({
    tagName,
    isContentEditable: false,
    closest: (selector: string) => (inside && selector.includes(inside) ? {} : null),
  }) as unknown as EventTarget;

describe('isQuickLogKey', () => {
  it('is L, small or capital, on the page', () => {
    expect(press('l')).toBe(true);
    expect(press('L')).toBe(true);
    expect(press('l', { target: element('BUTTON') })).toBe(true);
    expect(press('k')).toBe(false);
  });

  it('works by the physical key with another keyboard layout', () => {
    expect(press('д', { code: 'KeyL' })).toBe(true);
    expect(press('م', { code: 'KeyL' })).toBe(true);
  });

  it('is ignored with modifiers, repeats or when something handled it', () => {
    expect(press('l', { ctrlKey: true })).toBe(false);
    expect(press('l', { metaKey: true })).toBe(false);
    expect(press('l', { altKey: true })).toBe(false);
    expect(press('l', { repeat: true })).toBe(false);
    expect(press('l', { defaultPrevented: true })).toBe(false);
  });

  it('is ignored while typing in inputs, text areas, selects, editors and comboboxes', () => {
    expect(press('l', { target: element('INPUT') })).toBe(false);
    expect(press('l', { target: element('TEXTAREA') })).toBe(false);
    expect(press('l', { target: element('SELECT') })).toBe(false);
    expect(press('l', { target: { tagName: 'DIV', isContentEditable: true } as unknown as EventTarget })).toBe(false);
    expect(press('l', { target: element('SPAN', '[role="combobox"]') })).toBe(false);
  });
});

describe('pageContext', () => {
  const id = '0190f5a8-1c2d-7e3f-8a9b-0c1d2e3f4a5b';

  it('finds the partner, relationship or interaction of the page', () => {
    expect(pageContext(`/w/ws/partners/${id}`)).toEqual({ type: 'partner', id });
    expect(pageContext(`/w/ws/partners/${id}/edit`)).toEqual({ type: 'partner', id });
    expect(pageContext(`/w/ws/relationships/${id}`)).toEqual({ type: 'relationship', id });
    expect(pageContext(`/w/ws/interactions/${id}`)).toEqual({ type: 'interaction', id });
  });

  it('is null elsewhere', () => {
    expect(pageContext('/w/ws/partners/new')).toBeNull();
    expect(pageContext('/w/ws/partners')).toBeNull();
    expect(pageContext('/w/ws/tasks')).toBeNull();
  });
});
