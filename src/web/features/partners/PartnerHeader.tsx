import { Group, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useLocale } from '../../i18n/index.js';
import { countryName } from './countries.js';
import { KindBadges } from './KindBadges.js';
import type { Partner } from './partners.types.js';
import { TagBadges } from './TagBadges.js';
import { TypeLabel } from './TypeLabel.js';

/** Name, type, kinds, tags, country and owner. */
export function PartnerHeader({ partner }: { partner: Partner }) {
  const { locale } = useLocale();
  return (
    <Stack gap={6}>
      <Group gap="sm">
        <Title order={1} size="h2" data-testid="partner-name">
          <bdi>{partner.name}</bdi>
        </Title>
        <TypeLabel type={partner.type} />
      </Group>
      <Group gap="sm">
        <KindBadges kinds={partner.kinds} />
        <TagBadges tags={partner.tags} />
      </Group>
      <Group gap="lg">
        {partner.country ? (
          <Text size="sm" c="dimmed">
            {countryName(partner.country, locale)}
          </Text>
        ) : null}
        <Text size="sm" c="dimmed">
          <FormattedMessage id="partner.ownerIs" values={{ name: partner.owner?.name ?? '—' }} />
        </Text>
      </Group>
    </Stack>
  );
}
