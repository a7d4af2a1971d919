import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert, notifySaved } from '../../components/index.js';
import { useErrorText } from '../../i18n/index.js';
import { addItem, type DraftItem, isChanged, moveItem, toBody, toDraft } from './checklistDraft.js';
import { useSaveChecklist } from './relationships.queries.js';
import type { SettingsItem, Stage } from './relationships.types.js';
import { itemLabel } from './stages.js';

interface Props {
  workspaceId: string;
  stage: Stage;
  items: SettingsItem[];
}

/** One stage's checklist: rename, reorder, remove and add items, then save the list. */
export function ChecklistEditor({ workspaceId, stage, items }: Props) {
  const intl = useIntl();
  const translate = (key: string) => itemLabel(intl, { key, label: null });
  const [saved, setSaved] = useState(() => toDraft(items, translate));
  const [draft, setDraft] = useState<DraftItem[]>(saved);
  const save = useSaveChecklist(workspaceId);
  const errors = useErrorText(save.error);
  const stageName = intl.formatMessage({ id: `relationship.stage.${stage}` });
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const set = (index: number, text: string) =>
    setDraft((d) => d.map((item, i) => (i === index ? { ...item, text } : item)));

  const submit = () =>
    save.mutate(
      { stage, items: toBody(draft) },
      {
        onSuccess: (settings) => {
          const next = toDraft(
            (settings as { checklists: Record<Stage, SettingsItem[]> }).checklists[stage],
            translate,
          );
          setSaved(next);
          setDraft(next);
          notifySaved(intl);
        },
      },
    );

  return (
    <Paper withBorder p="md" radius="md" data-testid={`checklist-editor-${stage}`}>
      <Title order={3} size="h5" mb="sm">
        {stageName}
      </Title>
      <Stack gap="xs">
        {draft.length === 0 ? (
          <Text size="sm" c="dimmed">
            <FormattedMessage id="relationship.checklistEmpty" />
          </Text>
        ) : null}
        {draft.map((item, index) => (
          <Group key={item.uid} gap={4} wrap="nowrap" align="flex-start" data-testid="checklist-row">
            <TextInput
              style={{ flex: 1 }}
              value={item.text}
              maxLength={500}
              aria-label={t('settings.checklist.item', { stage: stageName, number: index + 1 })}
              placeholder={item.shippedText ?? undefined}
              error={errors?.fields[`items.${index}.label`]}
              rightSection={
                item.shippedText !== null && item.text.trim() === item.shippedText ? (
                  <Badge size="xs" variant="light" color="gray">
                    <FormattedMessage id="settings.checklist.shipped" />
                  </Badge>
                ) : null
              }
              rightSectionWidth={item.shippedText !== null ? 80 : undefined}
              onChange={(e) => set(index, e.currentTarget.value)}
            />
            <ActionIcon
              variant="subtle"
              mt={4}
              disabled={index === 0}
              aria-label={t('settings.checklist.up', { text: item.text })}
              onClick={() => setDraft((d) => moveItem(d, index, -1))}
            >
              <span aria-hidden>↑</span>
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              mt={4}
              disabled={index === draft.length - 1}
              aria-label={t('settings.checklist.down', { text: item.text })}
              onClick={() => setDraft((d) => moveItem(d, index, 1))}
            >
              <span aria-hidden>↓</span>
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              mt={4}
              aria-label={t('settings.checklist.remove', { text: item.text })}
              onClick={() => setDraft((d) => d.filter((_, i) => i !== index))}
            >
              <span aria-hidden>×</span>
            </ActionIcon>
          </Group>
        ))}
        {errors && Object.keys(errors.fields).length === 0 ? <ErrorAlert error={save.error} /> : null}
        <Group justify="space-between">
          <Button size="compact-sm" variant="subtle" onClick={() => setDraft((d) => addItem(d))}>
            <FormattedMessage id="settings.checklist.add" />
          </Button>
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              disabled={!isChanged(draft, saved)}
              onClick={() => {
                save.reset();
                setDraft(saved);
              }}
            >
              <FormattedMessage id="settings.undoChanges" />
            </Button>
            <Button size="xs" loading={save.isPending} disabled={!isChanged(draft, saved)} onClick={submit}>
              <FormattedMessage id="common.save" />
            </Button>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
