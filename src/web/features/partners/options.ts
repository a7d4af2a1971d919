import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useLocale } from '../../i18n/index.js';
import { useMembers } from '../members/index.js';
import { useTags } from '../tags/index.js';
import { countryOptions } from './countries.js';
import { CHANNELS, KINDS, PARTNER_TYPES } from '../../../shared/values/partners.js';

/** Select options for kinds, channels and partner types in the user's language. */
export function useEnumOptions() {
  const intl = useIntl();
  return useMemo(
    () => ({
      kinds: KINDS.map((kind) => ({ value: kind, label: intl.formatMessage({ id: `partner.kind.${kind}` }) })),
      channels: CHANNELS.map((c) => ({ value: c, label: intl.formatMessage({ id: `partner.channel.${c}` }) })),
      types: PARTNER_TYPES.map((t) => ({
        value: t,
        label: intl.formatMessage({ id: `partner.type.${t}` }),
      })),
    }),
    [intl],
  );
}

/** Countries by localized name. */
export function useCountryOptions() {
  const { locale } = useLocale();
  return useMemo(() => countryOptions(locale), [locale]);
}

/** Members as owner options. */
export function useOwnerOptions(workspaceId: string) {
  const members = useMembers(workspaceId);
  return useMemo(
    () => (members.data?.pages.flatMap((p) => p.items) ?? []).map((m) => ({ value: m.userId, label: m.name })),
    [members.data],
  );
}

/** Workspace tags as options. */
export function useTagOptions(workspaceId: string) {
  const tags = useTags(workspaceId);
  return useMemo(() => (tags.data ?? []).map((t) => ({ value: t.id, label: t.name })), [tags.data]);
}
