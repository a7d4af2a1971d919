import { describe, expect, it } from 'vitest';
import { addressGroup, labelFromHeader, namePart } from './headers.js';

describe('what a header says about its column', () => {
  it('gives the label of Outlook’s, Google’s and other exports’ phone and address columns', () => {
    expect(
      ['Business Phone', 'Business Phone 2', 'Mobile Phone', 'Home Phone', 'Business Fax', 'Home Fax'].map(
        labelFromHeader,
      ),
    ).toEqual(['Work', 'Work', 'Mobile', 'Home', 'Fax', 'Fax']);
    expect(
      ['Company Main Phone', 'Other Phone', 'Car Phone', 'MobilePhone', 'Home Street'].map(labelFromHeader),
    ).toEqual(['Main', 'Other', 'Car', 'Mobile', 'Home']);
    expect(['Điện thoại di động', 'Рабочий телефон', 'تلفن همراه', 'فکس'].map(labelFromHeader)).toEqual([
      'Mobile',
      'Work',
      'Mobile',
      'Fax',
    ]);
    // No word of a label: no label ("Phone 1 - Value" takes Google's "Phone 1 - Label" instead).
    expect(['Phone', 'Phone 1 - Value', 'Email 1', 'E-mail Address'].map(labelFromHeader)).toEqual(['', '', '', '']);
  });

  it('names the address a part belongs to', () => {
    expect(
      ['Business Street', 'Business Street 2', 'Business City', 'Business Postal Code', 'Business Country/Region'].map(
        addressGroup,
      ),
    ).toEqual(['business', 'business', 'business', 'business', 'business']);
    expect(['Address 1 - Street', 'Address 1 - City', 'Address 2 - City'].map(addressGroup)).toEqual(['1', '1', '2']);
    expect(['Street', 'City', 'Zip', 'Address Line 2', 'MailingCity'].map(addressGroup)).toEqual([
      '',
      '',
      '',
      '',
      'mailing',
    ]);
  });

  it('tells the given, middle and family name columns apart', () => {
    expect(['First Name', 'Middle Name', 'Last Name', 'Given Name', 'Family Name'].map(namePart)).toEqual([
      'given',
      'middle',
      'family',
      'given',
      'family',
    ]);
    expect(['Tên', 'Tên đệm', 'Họ', 'Name'].map(namePart)).toEqual(['given', 'middle', 'family', undefined]);
  });
});
