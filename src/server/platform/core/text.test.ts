import { describe, expect, it } from 'vitest';
import { foldText, nameKey } from './text.js';

describe('foldText', () => {
  it('drops Vietnamese diacritics and folds đ', () => {
    expect(foldText('Nguyễn Văn An')).toBe('nguyen van an');
    expect(foldText('Đặng Thị Hồng')).toBe('dang thi hong');
    expect(foldText('CÔNG TY TNHH ĐỐI TÁC')).toBe('cong ty tnhh doi tac');
  });

  it('matches ё with е and ignores case, but keeps й', () => {
    expect(foldText('Фёдоров')).toBe(foldText('ФЕДОРОВ'));
    expect(foldText('ИВАНОВ')).toBe('иванов');
    expect(foldText('Йошкар-Ола Сергей')).toBe('йошкар-ола сергей');
  });

  it('folds Persian and Arabic letter variants, zero-width non-joiners and digits', () => {
    expect(foldText('علي')).toBe(foldText('علی'));
    expect(foldText('كامران')).toBe(foldText('کامران'));
    expect(foldText('می‌خواهم')).toBe('میخواهم');
    expect(foldText('۰۹۱۲ ٣٤٥')).toBe('0912 345');
    expect(foldText('مؤسسهٔ آموزش')).toBe(foldText('موسسه اموزش'));
  });

  it('collapses spacing', () => {
    expect(foldText('  Acme \n  Trading ')).toBe('acme trading');
  });
});

describe('nameKey', () => {
  it('ignores punctuation and spacing', () => {
    expect(nameKey('Acme, Inc.')).toBe(nameKey('ACME Inc'));
    expect(nameKey('Công ty Đối-Tác')).toBe('congtydoitac');
  });
});
