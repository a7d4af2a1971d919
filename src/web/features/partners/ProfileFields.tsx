import { SimpleGrid, Textarea } from '@mantine/core';
import { useIntl } from 'react-intl';
import { type Profile, PROFILE_FIELDS } from './partners.types.js';

interface Props {
  profile: Profile;
  onChange: (profile: Profile) => void;
  errors: Record<string, string>;
}

/** What we learn about a partner when we meet: free text per topic. */
export function ProfileFields({ profile, onChange, errors }: Props) {
  const intl = useIntl();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
      {PROFILE_FIELDS.map((field) => (
        <Textarea
          key={field}
          label={intl.formatMessage({ id: `partner.profile.${field}` })}
          autosize
          minRows={2}
          maxRows={8}
          value={profile[field]}
          onChange={(e) => onChange({ ...profile, [field]: e.currentTarget.value })}
          error={errors[`profile.${field}`]}
        />
      ))}
    </SimpleGrid>
  );
}
