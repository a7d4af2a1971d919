import { describe, expect, it } from 'vitest';
import { remapFields } from '../../shared/index.js';
import { compactInput, emptyInput } from './formValues.js';

describe('form values', () => {
  it('starts a new partner with one empty email row', () => {
    const input = emptyInput('person', 'u1');
    expect(input.contacts).toEqual([{ channel: 'email', label: '', value: '' }]);
    expect(input.ownerId).toBe('u1');
  });

  it('drops empty rows and maps server paths back to the form rows', () => {
    const input = {
      ...emptyInput('organization', null),
      contacts: [
        { channel: 'email' as const, label: '', value: '' },
        { channel: 'phone' as const, label: 'office', value: '+84 28 1234' },
        { channel: 'email' as const, label: '', value: ' ' },
        { channel: 'email' as const, label: '', value: 'bad@' },
      ],
      purchaseDeciders: [
        { personName: '', product: '' },
        { personName: 'An', product: '' },
      ],
    };
    const { body, formPath } = compactInput(input);
    expect(body.contacts.map((c) => c.value)).toEqual(['+84 28 1234', 'bad@']);
    expect(body.purchaseDeciders).toEqual([{ personName: 'An', product: '' }]);
    expect(formPath('contacts.1.value')).toBe('contacts.3.value');
    expect(formPath('purchaseDeciders.0.product')).toBe('purchaseDeciders.1.product');
    expect(formPath('name')).toBe('name');
    expect(formPath('profile.notes')).toBe('profile.notes');
    expect(remapFields({ 'contacts.1.value': 'Bad email' }, formPath)).toEqual({ 'contacts.3.value': 'Bad email' });
  });
});
