import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { useLocale } from '../../i18n/index.js';
import { useTags } from '../tags/index.js';
import type { FieldKey } from './conflict.js';
import { countryName } from './countries.js';
import { useOwnerOptions } from './options.js';
import type { PartnerInput, ProfileField } from './partners.types.js';
import type { Tag } from '../../shared/index.js';

/** A label for a form field, and its value as one readable line, for the conflict dialog. */
export function useFieldDisplay(workspaceId: string, names: Record<string, string>, extraTags: Tag[]) {
  const intl = useIntl();
  const { locale } = useLocale();
  const tags = useTags(workspaceId);
  const owners = useOwnerOptions(workspaceId);
  const t = useCallback((id: string) => intl.formatMessage({ id }), [intl]);

  const label = useCallback(
    (field: FieldKey) =>
      field.startsWith('profile.') ? t(`partner.profile.${field.slice(8)}`) : t(`partner.field.${field}`),
    [t],
  );

  const value = useCallback(
    (input: PartnerInput, field: FieldKey): string => {
      if (field.startsWith('profile.')) return input.profile[field.slice(8) as ProfileField];
      const tagName = (id: string) => [...(tags.data ?? []), ...extraTags].find((tag) => tag.id === id)?.name ?? id;
      switch (field) {
        case 'type':
          return t(`partner.type.${input.type}`);
        case 'name':
          return input.name;
        case 'kinds':
          return input.kinds.map((k) => t(`partner.kind.${k}`)).join(', ');
        case 'country':
          return input.country ? countryName(input.country, locale) : '';
        case 'ownerId':
          return owners.find((o) => o.value === input.ownerId)?.label ?? '';
        case 'tagIds':
          return input.tagIds.map(tagName).join(', ');
        case 'contacts':
          return input.contacts.map((c) => `${t(`partner.channel.${c.channel}`)}: ${c.value}`).join('; ');
        case 'purchaseDeciders':
          return input.purchaseDeciders.map((d) => `${d.personName} — ${d.product}`).join('; ');
        case 'affiliations':
          return input.affiliations
            .map((a) => [names[a.partnerId] ?? a.partnerId, a.title].filter(Boolean).join(' — '))
            .join('; ');
        default:
          return '';
      }
    },
    [t, locale, owners, tags.data, extraTags, names],
  );
  return { label, value };
}
