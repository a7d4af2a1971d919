import { Stack, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useParams } from 'react-router';
import { useWorkspace } from '../../shared/index.js';
import { ErrorAlert, PageLoader } from '../../components/index.js';
import { EditPartnerForm } from './EditPartnerForm.js';
import { usePartner } from './partners.queries.js';

/** Edits a partner, loaded once: later server changes show up as a conflict on save, not under the user's hands. */
export function EditPartnerPage() {
  const { workspace } = useWorkspace();
  const { partnerId } = useParams();
  const partner = usePartner(workspace.id, partnerId);
  return (
    <Stack maw={980}>
      <Title order={1} size="h2">
        <FormattedMessage id="partners.edit" values={{ name: partner.data?.name ?? '' }} />
      </Title>
      <ErrorAlert error={partner.error} />
      {partner.isPending ? <PageLoader /> : null}
      {partner.data ? (
        <EditPartnerForm key={partner.data.id} workspaceId={workspace.id} partner={partner.data} />
      ) : null}
    </Stack>
  );
}
