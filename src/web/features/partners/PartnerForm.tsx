import { Button, Divider, Group, Paper, Stack, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { AffiliationRows } from './AffiliationRows.js';
import { BasicFields } from './BasicFields.js';
import { ContactRows } from './ContactRows.js';
import { DeciderRows } from './DeciderRows.js';
import type { PartnerInput } from './partners.types.js';
import { ProfileFields } from './ProfileFields.js';

interface Props {
  workspaceId: string;
  selfId?: string;
  value: PartnerInput;
  onChange: (change: Partial<PartnerInput>) => void;
  names: Record<string, string>;
  onNames: (names: Record<string, string>) => void;
  errors: Record<string, string>;
  submitting: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  /** Warnings and errors shown above the buttons. */
  children?: ReactNode;
}

/** Every field of a partner, in sections. */
export function PartnerForm({
  workspaceId,
  selfId,
  value,
  onChange,
  names,
  onNames,
  errors,
  submitting,
  onSubmit,
  onCancel,
  children,
}: Props) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const section = (titleId: string, body: ReactNode) => (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h5" mb="sm">
        <FormattedMessage id={titleId} />
      </Title>
      {body}
    </Paper>
  );
  return (
    <form onSubmit={submit} noValidate data-testid="partner-form">
      <Stack>
        {section(
          'partner.section.basics',
          <BasicFields workspaceId={workspaceId} value={value} onChange={onChange} errors={errors} />,
        )}
        {section(
          'partner.section.contacts',
          <Stack>
            <ContactRows contacts={value.contacts} onChange={(contacts) => onChange({ contacts })} errors={errors} />
            <Divider />
            <AffiliationRows
              workspaceId={workspaceId}
              type={value.type}
              selfId={selfId}
              affiliations={value.affiliations}
              names={names}
              errors={errors}
              onChange={(affiliations, next) => {
                onChange({ affiliations });
                if (next) onNames(next);
              }}
            />
          </Stack>,
        )}
        {section(
          'partner.section.profile',
          <Stack>
            <ProfileFields profile={value.profile} onChange={(profile) => onChange({ profile })} errors={errors} />
            <DeciderRows
              deciders={value.purchaseDeciders}
              onChange={(purchaseDeciders) => onChange({ purchaseDeciders })}
              errors={errors}
            />
          </Stack>,
        )}
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            <FormattedMessage id="common.cancel" />
          </Button>
          <Button type="submit" loading={submitting}>
            <FormattedMessage id="common.save" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
