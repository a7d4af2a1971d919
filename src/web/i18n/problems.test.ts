import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { ApiError, type Locale, type Problem } from '../api/index.js';
import { intlTag } from './format.js';
import { MESSAGES } from './messages.js';
import { translateError } from './problems.js';

function intlFor(locale: Locale) {
  return createIntl({ locale: intlTag(locale), messages: MESSAGES[locale] });
}

function problem(status: number, body: Problem, retryAfter: number | null = null): ApiError {
  return new ApiError(status, body, retryAfter);
}

describe('translateError', () => {
  it('translates a known code and ignores the English detail', () => {
    const error = problem(401, { code: 'invalid_credentials', detail: 'Invalid email or password' });
    expect(translateError(intlFor('en'), error).message).toBe('The email or password is incorrect.');
    expect(translateError(intlFor('ru'), error).message).toBe('Неверный адрес электронной почты или пароль.');
  });

  it('says how many minutes to wait, with Russian plural forms', () => {
    const ru = intlFor('ru');
    const wait = (seconds: number) => translateError(ru, problem(429, { code: 'rate_limited' }, seconds)).message;
    expect(wait(60)).toContain('1 минуту');
    expect(wait(120)).toContain('2 минуты');
    expect(wait(300)).toContain('5 минут');
    expect(translateError(intlFor('en'), problem(429, { code: 'rate_limited' }, 900)).message).toBe(
      'Too many attempts. Try again in 15 minutes.',
    );
    expect(translateError(intlFor('fa'), problem(429, { code: 'rate_limited' }, 300)).message).toContain('۵');
  });

  it('puts validation messages under their fields, from rule and params', () => {
    const error = problem(400, {
      code: 'validation',
      errors: [
        { path: 'password', message: 'Too small', rule: 'too_short', params: { minimum: 10 } },
        { path: 'email', message: 'Invalid email', rule: 'invalid_email' },
        { path: 'name', message: 'Odd', rule: 'made_up_rule' },
      ],
    });
    const text = translateError(intlFor('en'), error);
    expect(text.message).toBe('Some fields need correcting.');
    expect(text.fields.password).toBe('Must be at least 10 characters.');
    expect(text.fields.email).toBe('Enter a valid email address.');
    expect(text.fields.name).toBe('Odd');
    expect(translateError(intlFor('ru'), error).fields.password).toBe('Не менее 10 символов.');
  });

  it('falls back to the server text only for an unknown code', () => {
    // A code this web app does not know yet (a newer server).
    const error = problem(418, { code: 'teapot' as Problem['code'], detail: 'I am a teapot' });
    expect(translateError(intlFor('vi'), error).message).toBe('I am a teapot');
  });

  it('has a sentence for network failures and non-API errors', () => {
    expect(translateError(intlFor('en'), new ApiError(0, null, null)).message).toContain('Cannot reach the server');
    expect(translateError(intlFor('en'), new Error('boom')).message).toBe('Something went wrong. Please try again.');
  });
});
