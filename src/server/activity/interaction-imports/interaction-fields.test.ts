import { describe, expect, it } from 'vitest';
import {
  directionFromWord,
  kindFromWord,
  parseDate,
  parseDuration,
  parseTime,
  suggestInteractionMapping,
} from './interaction-fields.js';

describe('interaction import: reading cells', () => {
  it('reads ISO and day-first dates, with or without a time or offset, in any digits; refuses dates that do not exist', () => {
    const day = (text: string) => {
      const parsed = parseDate(text);
      return (
        parsed && [
          parsed.date.year,
          parsed.date.month,
          parsed.date.day,
          parsed.time ? `${parsed.time.hour}:${parsed.time.minute}` : null,
          parsed.offsetMinutes ?? null,
        ]
      );
    };
    expect(day('2026-03-10')).toEqual([2026, 3, 10, null, null]);
    expect(day('2026-03-10T14:30')).toEqual([2026, 3, 10, '14:30', null]);
    expect(day('2026-03-10 14:30:15+07:00')).toEqual([2026, 3, 10, '14:30', 420]);
    expect(day('2026-03-10T07:30:00.000Z')).toEqual([2026, 3, 10, '7:30', 0]);
    expect(day('10.03.2026')).toEqual([2026, 3, 10, null, null]);
    expect(day('10/03/2026 09:05')).toEqual([2026, 3, 10, '9:5', null]);
    expect(day('1-3-2026')).toEqual([2026, 3, 1, null, null]);
    expect(day('2026/03/10')).toEqual([2026, 3, 10, null, null]);
    expect(day('۱۰/۰۳/۲۰۲۶')).toEqual([2026, 3, 10, null, null]);
    for (const bad of ['31.02.2026', '2026-13-01', '10.03.26', 'yesterday', '2026-03-10T25:00', ''])
      expect(parseDate(bad), bad).toBeUndefined();
  });

  it('reads two-way dates in the order given; dots are always day first', () => {
    const ymd = (text: string, order: 'day_first' | 'month_first') => {
      const parsed = parseDate(text, order);
      return parsed && [parsed.date.year, parsed.date.month, parsed.date.day, parsed.time?.hour ?? null];
    };
    expect(ymd('3/4/2024 2:00 PM', 'month_first')).toEqual([2024, 3, 4, 14]);
    expect(ymd('3/4/2024 2:00 PM', 'day_first')).toEqual([2024, 4, 3, 14]);
    expect(ymd('3/15/2024', 'month_first')).toEqual([2024, 3, 15, null]);
    expect(ymd('3/15/2024', 'day_first')).toBeUndefined();
    expect(ymd('03-04-2024', 'month_first')).toEqual([2024, 3, 4, null]);
    expect(ymd('03.04.2024', 'month_first')).toEqual([2024, 4, 3, null]);
  });

  it('reads times, durations, kinds and directions in English, Vietnamese, Russian and Persian', () => {
    expect(parseTime('14:30')).toEqual({ hour: 14, minute: 30, second: 0 });
    expect(parseTime('2:30 PM')).toEqual({ hour: 14, minute: 30, second: 0 });
    expect(parseTime('12:05 am')).toEqual({ hour: 0, minute: 5, second: 0 });
    expect(parseTime('9.15')).toEqual({ hour: 9, minute: 15, second: 0 });
    expect(parseTime('2:00:00 PM')).toEqual({ hour: 14, minute: 0, second: 0 });
    expect(parseTime('2:30pm')).toEqual({ hour: 14, minute: 30, second: 0 });
    expect(parseTime('2 PM')).toEqual({ hour: 14, minute: 0, second: 0 });
    expect(parseTime('11:15 p.m.')).toEqual({ hour: 23, minute: 15, second: 0 });
    expect(parseTime('9:00 SA')).toEqual({ hour: 9, minute: 0, second: 0 });
    expect(parseTime('14')).toBeUndefined();
    expect(parseTime('13:00 PM')).toBeUndefined();
    expect(parseTime('24:00')).toBeUndefined();
    expect(['45', '1:30', '90 min', '1.5 h', '1h30', '1 giờ 30 phút', '2 ч', '۴۵'].map(parseDuration)).toEqual([
      45, 90, 90, 90, 90, 90, 120, 45,
    ]);
    expect(parseDuration('soon')).toBeUndefined();
    expect(parseDuration('1 fortnight')).toBeUndefined();
    const kinds = [
      'email',
      'E-mail',
      'письмо',
      'thư điện tử',
      'ایمیل',
      'звонок',
      'cuộc gọi',
      'تماس تلفنی',
      'Phone call',
      'Zoom',
      'видеозвонок',
      'встреча',
      'Cuộc họp',
      'جلسه',
      'SMS',
      'tin nhắn',
      'выставка',
      'hội chợ',
      'نمایشگاه',
      'site visit',
      'визит',
      'بازدید',
      'khác',
      'phone_call',
    ];
    expect(kinds.map(kindFromWord)).toEqual([
      'email',
      'email',
      'email',
      'email',
      'email',
      'phone_call',
      'phone_call',
      'phone_call',
      'phone_call',
      'video_call',
      'video_call',
      'meeting',
      'meeting',
      'meeting',
      'message',
      'message',
      'event_encounter',
      'event_encounter',
      'event_encounter',
      'site_visit',
      'site_visit',
      'site_visit',
      'other',
      'phone_call',
    ]);
    expect(kindFromWord('carrier pigeon')).toBeUndefined();
    expect(
      ['outbound', 'Исходящий', 'gọi đi', 'خروجی', 'Inbound', 'входящий', 'đến', 'ورودی'].map(directionFromWord),
    ).toEqual(['outbound', 'outbound', 'outbound', 'outbound', 'inbound', 'inbound', 'inbound', 'inbound']);
  });

  it('suggests a mapping from headers in the four languages', () => {
    expect(
      suggestInteractionMapping([
        'Date',
        'Time',
        'Type',
        'Partner email',
        'Subject',
        'Notes',
        'Duration (min)',
        'Direction',
        'Owner',
      ]),
    ).toEqual({
      Date: 'date',
      Time: 'time',
      Type: 'kind',
      'Partner email': 'partner',
      Subject: 'subject',
      Notes: 'notes',
      'Duration (min)': 'duration',
      Direction: 'direction',
      Owner: null,
    });
    expect(suggestInteractionMapping(['Ngày', 'Giờ', 'Loại', 'Đối tác', 'Chủ đề', 'Ghi chú'])).toEqual({
      Ngày: 'date',
      Giờ: 'time',
      Loại: 'kind',
      'Đối tác': 'partner',
      'Chủ đề': 'subject',
      'Ghi chú': 'notes',
    });
    expect(
      suggestInteractionMapping(['Дата', 'Время', 'Тип', 'Компания', 'Тема', 'Комментарий', 'Длительность']),
    ).toEqual({
      Дата: 'date',
      Время: 'time',
      Тип: 'kind',
      Компания: 'partner',
      Тема: 'subject',
      Комментарий: 'notes',
      Длительность: 'duration',
    });
    expect(suggestInteractionMapping(['تاریخ', 'ساعت', 'نوع', 'شرکت', 'موضوع', 'یادداشت'])).toEqual({
      تاریخ: 'date',
      ساعت: 'time',
      نوع: 'kind',
      شرکت: 'partner',
      موضوع: 'subject',
      یادداشت: 'notes',
    });
  });
});
