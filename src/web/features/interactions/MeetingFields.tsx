import { Select, Stack, TextInput, Textarea, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { DateField, RowList } from '../../components/index.js';
import { useOwnerOptions } from '../partners/index.js';
import type { InteractionInput } from './interactions.types.js';
import { RichTextInput } from './RichTextInput.js';

interface Props {
  workspaceId: string;
  userId: string;
  value: InteractionInput;
  onChange: (change: Partial<InteractionInput>) => void;
  errors: Record<string, string>;
  /** Action items are created with the meeting; later ones are added as tasks on its page. */
  withActionItems: boolean;
}

const part = (titleId: string, body: ReactNode) => (
  <Stack gap={6}>
    <Title order={4} size="h6">
      <FormattedMessage id={titleId} />
    </Title>
    {body}
  </Stack>
);

/** A meeting's agenda (before), and its minutes, decisions and action items (after). */
export function MeetingFields({ workspaceId, userId, value, onChange, errors, withActionItems }: Props) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const members = useOwnerOptions(workspaceId);
  const grow = { style: { flex: 1 } };
  return (
    <Stack data-testid="meeting-fields">
      <TextInput
        label={t('interaction.field.location')}
        description={t('interaction.locationHint')}
        maxLength={500}
        value={value.location}
        error={errors.location}
        data-testid="meeting-location-input"
        // A link or a Latin address reads left to right on a Persian page, Persian text right to left.
        dir="auto"
        onChange={(e) => onChange({ location: e.currentTarget.value })}
      />
      {part(
        'interaction.section.agenda',
        <RowList
          rows={value.agenda}
          onChange={(agenda) => onChange({ agenda })}
          blank={() => ({ title: '', notes: '' })}
          addLabelId="interaction.addAgendaItem"
          testId="agenda-rows"
          render={(row, set, i) => (
            <>
              <TextInput
                {...grow}
                label={t('interaction.agendaTitle')}
                maxLength={500}
                value={row.title}
                error={errors[`agenda.${i}.title`]}
                onChange={(e) => set({ title: e.currentTarget.value })}
              />
              <TextInput
                {...grow}
                label={t('interaction.agendaNotes')}
                maxLength={5000}
                value={row.notes}
                error={errors[`agenda.${i}.notes`]}
                onChange={(e) => set({ notes: e.currentTarget.value })}
              />
            </>
          )}
        />,
      )}
      {part(
        'interaction.section.after',
        <Stack gap="sm">
          <RichTextInput
            label={t('interaction.field.minutes')}
            value={value.minutes}
            error={errors.minutes}
            testId="minutes-editor"
            onChange={(minutes) => onChange({ minutes })}
          />
          <Title order={5} size="sm">
            <FormattedMessage id="interaction.field.decisions" />
          </Title>
          <RowList
            rows={value.decisions}
            onChange={(decisions) => onChange({ decisions })}
            blank={() => ({ text: '' })}
            addLabelId="interaction.addDecision"
            testId="decision-rows"
            render={(row, set, i) => (
              <Textarea
                {...grow}
                label={t('interaction.decision')}
                autosize
                minRows={1}
                maxLength={5000}
                value={row.text}
                error={errors[`decisions.${i}.text`]}
                onChange={(e) => set({ text: e.currentTarget.value })}
              />
            )}
          />
          {withActionItems ? (
            <>
              <Title order={5} size="sm">
                <FormattedMessage id="interaction.field.actionItems" />
              </Title>
              <RowList
                rows={value.actionItems}
                onChange={(actionItems) => onChange({ actionItems })}
                blank={() => ({ title: '', ownerId: userId, dueOn: '' })}
                addLabelId="interaction.addActionItem"
                testId="action-item-rows"
                render={(row, set, i) => (
                  <>
                    <TextInput
                      style={{ flex: 2 }}
                      label={t('task.field.title')}
                      maxLength={500}
                      value={row.title}
                      error={errors[`actionItems.${i}.title`]}
                      onChange={(e) => set({ title: e.currentTarget.value })}
                    />
                    <Select
                      {...grow}
                      label={t('task.field.owner')}
                      data={members}
                      value={row.ownerId}
                      searchable
                      allowDeselect={false}
                      error={errors[`actionItems.${i}.ownerId`]}
                      comboboxProps={{ withinPortal: true }}
                      nothingFoundMessage={t('common.nothingFound')}
                      onChange={(ownerId) => set({ ownerId })}
                    />
                    <DateField
                      {...grow}
                      label={t('task.field.dueOn')}
                      value={row.dueOn}
                      error={errors[`actionItems.${i}.dueOn`]}
                      onChange={(v) => set({ dueOn: v })}
                    />
                  </>
                )}
              />
            </>
          ) : null}
        </Stack>,
      )}
    </Stack>
  );
}
