import { Alert, Button, CloseButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert, notifySaved } from '../../components/index.js';
import { PartnerPicker } from './PartnerPicker.js';
import { useMergePartners } from './partners.queries.js';
import type { Partner, SearchHit } from './partners.types.js';

interface Props {
  workspaceId: string;
  survivor: Partner;
  onClose: () => void;
}

/** Picks partners to fold into this one: their contacts, tags and people move here. */
export function MergeModal({ workspaceId, survivor, onClose }: Props) {
  const intl = useIntl();
  const merge = useMergePartners(workspaceId);
  const [picked, setPicked] = useState<SearchHit[]>([]);
  const submit = () =>
    merge.mutate(
      { survivorId: survivor.id, mergedIds: picked.map((p) => p.id) },
      {
        onSuccess: () => {
          notifySaved(intl);
          onClose();
        },
      },
    );
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={intl.formatMessage({ id: 'merge.title' }, { name: survivor.name })}
      closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
    >
      <Stack>
        <Alert variant="light">
          <FormattedMessage id="merge.intro" values={{ name: survivor.name }} />
        </Alert>
        <PartnerPicker
          workspaceId={workspaceId}
          label={intl.formatMessage({ id: 'merge.pick' })}
          exclude={[survivor.id, ...picked.map((p) => p.id)]}
          onPick={(hit) => setPicked((old) => [...old, hit])}
        />
        {picked.map((hit) => (
          <Group key={hit.id} justify="space-between" data-testid="merge-picked">
            <Text size="sm">
              <bdi>{hit.name}</bdi>
            </Text>
            <CloseButton
              size="sm"
              aria-label={intl.formatMessage({ id: 'common.removeRow' })}
              onClick={() => setPicked((old) => old.filter((p) => p.id !== hit.id))}
            />
          </Group>
        ))}
        <ErrorAlert error={merge.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            <FormattedMessage id="common.cancel" />
          </Button>
          <Button disabled={picked.length === 0} loading={merge.isPending} onClick={submit}>
            <FormattedMessage id="merge.submit" values={{ count: picked.length }} />
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
