import { describe, expect, it } from 'vitest';
import { locationUrl } from './location.js';

describe('locationUrl', () => {
  it('links web addresses only', () => {
    expect(locationUrl(' https://meet.example.com/abc-defg ')).toBe('https://meet.example.com/abc-defg');
    expect(locationUrl('http://zoom.example/j/123?pwd=x')).toBe('http://zoom.example/j/123?pwd=x');
    expect(locationUrl('javascript:alert(1)')).toBeNull();
    expect(locationUrl('file:///etc/passwd')).toBeNull();
    expect(locationUrl('https://a.example/x y')).toBeNull();
    expect(locationUrl('Phòng họp 3, tầng 2; Hà Nội')).toBeNull();
    expect(locationUrl('')).toBeNull();
  });
});
