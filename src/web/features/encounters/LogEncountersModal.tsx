import { Alert, Button, Group, List, Modal, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { User } from '../../api/index.js';
import { DateTimeField, showToast } from '../../components/index.js';
import { useErrorText } from '../../i18n/index.js';
import { type InteractionKind, RichTextInput, type Sentiment, useInteractionOptions } from '../interactions/index.js';
import { errorFor, timeZoneOptions } from '../../shared/index.js';
import { useOwnerOptions } from '../partners/index.js';
import { emptyEncounterInput, encounterBody, type EncounterInput, splitErrors } from './encounterValues.js';
import { useLogEncounters } from './encounters.queries.js';
import { PeoplePicker } from './PeoplePicker.js';

interface Props {
  workspaceId: string;
  user: User;
  onClose: () => void;
}

/**
 * "Log event encounters": the many people met at one event, with one subject, notes and time, become
 * one interaction each in one step (all or none; a problem with one person is shown by their name).
 */
export function LogEncountersModal({ workspaceId, user, onClose }: Props) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const small = useMediaQuery('(max-width: 48em)');
  const options = useInteractionOptions();
  const members = useOwnerOptions(workspaceId);
  const [input, setInput] = useState<EncounterInput>(() => emptyEncounterInput(user.id, user.timeZone));
  const [sent, setSent] = useState(input.people);
  const zones = useMemo(() => timeZoneOptions(Intl.supportedValuesOf('timeZone'), input.timeZone), [input.timeZone]);
  const log = useLogEncounters(workspaceId);
  const text = useErrorText(log.error);
  const { perPerson, shared } = splitErrors(text?.fields ?? {}, sent);
  const set = (change: Partial<EncounterInput>) => setInput((old) => ({ ...old, ...change }));
  const combobox = { withinPortal: true };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSent(input.people);
    log.mutate(encounterBody(input), {
      onSuccess: ({ items }) => {
        showToast({
          live: 'status',
          color: 'green',
          message: intl.formatMessage({ id: 'encounters.logged' }, { count: items.length }),
          closeButtonProps: { 'aria-label': t('common.close') },
        });
        onClose();
      },
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      fullScreen={small}
      title={t('encounters.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="log-encounters"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <PeoplePicker
            workspaceId={workspaceId}
            label={t('encounters.people')}
            description={t('encounters.peopleHint')}
            value={input.people}
            error={errorFor(shared, 'personIds')}
            onChange={(people) => set({ people })}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('encounters.subject')}
              maxLength={500}
              value={input.subject}
              error={shared.subject}
              data-testid="encounter-subject"
              onChange={(e) => set({ subject: e.currentTarget.value })}
            />
            <Select
              label={t('interaction.field.kind')}
              data={options.kinds}
              value={input.kind}
              allowDeselect={false}
              error={shared.kind}
              comboboxProps={combobox}
              onChange={(v) => v && set({ kind: v as InteractionKind })}
            />
            <DateTimeField
              label={t('interaction.field.occurredAt')}
              required
              value={input.localTime}
              error={shared.occurredAt}
              onChange={(v) => set({ localTime: v })}
            />
            <Select
              label={t('interaction.field.timeZone')}
              data={zones}
              value={input.timeZone}
              searchable
              allowDeselect={false}
              error={shared.timeZone}
              comboboxProps={combobox}
              nothingFoundMessage={t('common.nothingFound')}
              onChange={(v) => v && set({ timeZone: v })}
            />
            <MultiSelect
              label={t('interaction.field.members')}
              data={members}
              value={input.memberIds}
              searchable
              hidePickedOptions
              error={errorFor(shared, 'memberIds')}
              comboboxProps={combobox}
              nothingFoundMessage={t('common.nothingFound')}
              onChange={(memberIds) => set({ memberIds })}
            />
            <Select
              label={t('interaction.field.sentiment')}
              data={options.sentiments}
              value={input.sentiment}
              clearable
              error={shared.sentiment}
              comboboxProps={combobox}
              onChange={(v) => set({ sentiment: (v as Sentiment | null) ?? null })}
            />
          </SimpleGrid>
          <RichTextInput
            label={t('interaction.field.notes')}
            value={input.notes}
            error={shared.notes}
            testId="encounter-notes"
            onChange={(notes) => set({ notes })}
          />
          {perPerson.length ? (
            <Alert color="red" variant="light" role="alert" data-testid="encounter-person-errors">
              <List size="sm">
                {perPerson.map((e) => (
                  <List.Item key={e.person.id}>
                    {e.person.name}: {e.message}
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : text ? (
            <Alert color="red" variant="light" role="alert" data-testid="error-alert">
              {text.message}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              <FormattedMessage id="common.cancel" />
            </Button>
            <Button
              type="submit"
              loading={log.isPending}
              disabled={input.people.length === 0}
              data-testid="encounter-submit"
            >
              <FormattedMessage id="encounters.submit" values={{ count: input.people.length }} />
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
