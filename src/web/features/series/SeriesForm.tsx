import { Button, Divider, Group, Stack, TextInput } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { RowList } from '../../components/index.js';
import { WhoFields } from '../interactions/index.js';
import { ScheduleFields } from './ScheduleFields.js';
import type { SeriesInput } from './series.types.js';

interface Props {
  workspaceId: string;
  value: SeriesInput;
  onChange: (change: Partial<SeriesInput>) => void;
  errors: Record<string, string>;
  submitting: boolean;
  submitLabelId: string;
  onSubmit: () => void;
  onCancel: () => void;
  /** Errors shown above the buttons. */
  children?: ReactNode;
}

/**
 * A recurring meeting: its schedule, who takes part and what it concerns, and the agenda each occurrence starts with.
 */
export function SeriesForm({ workspaceId, value, onChange, errors, ...props }: Props) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate data-testid="series-form">
      <Stack>
        <ScheduleFields value={value} onChange={onChange} errors={errors} />
        <Divider label={t('interaction.section.participants')} labelPosition="left" />
        <WhoFields workspaceId={workspaceId} value={value} onChange={onChange} errors={errors} />
        <Divider label={t('series.agendaTemplate')} labelPosition="left" />
        <RowList
          rows={value.agenda}
          onChange={(agenda) => onChange({ agenda })}
          blank={() => ({ title: '', notes: '' })}
          addLabelId="interaction.addAgendaItem"
          testId="series-agenda-rows"
          render={(row, set, i) => (
            <>
              <TextInput
                style={{ flex: 1 }}
                label={t('interaction.agendaTitle')}
                maxLength={500}
                value={row.title}
                error={errors[`agenda.${i}.title`]}
                onChange={(e) => set({ title: e.currentTarget.value })}
              />
              <TextInput
                style={{ flex: 1 }}
                label={t('interaction.agendaNotes')}
                maxLength={5000}
                value={row.notes}
                error={errors[`agenda.${i}.notes`]}
                onChange={(e) => set({ notes: e.currentTarget.value })}
              />
            </>
          )}
        />
        {props.children}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            <FormattedMessage id="common.cancel" />
          </Button>
          <Button type="submit" loading={props.submitting} data-testid="series-submit">
            <FormattedMessage id={props.submitLabelId} />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
