import { Button, Divider, Group, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { InteractionInput } from './interactions.types.js';
import { MeetingFields } from './MeetingFields.js';
import { RichTextInput } from './RichTextInput.js';
import { WhatFields } from './WhatFields.js';
import { WhoFields } from './WhoFields.js';

interface Props {
  workspaceId: string;
  userId: string;
  value: InteractionInput;
  onChange: (change: Partial<InteractionInput>) => void;
  errors: Record<string, string>;
  submitting: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  /** Logging (not editing): a meeting's action items can be given. */
  isNew: boolean;
  autoFocus?: boolean;
  /** Errors shown above the buttons. */
  children?: ReactNode;
}

/** Everything about an interaction; a meeting's parts appear once it is one. */
export function InteractionForm(props: Props) {
  const { workspaceId, value, onChange, errors } = props;
  const intl = useIntl();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate data-testid="interaction-form">
      <Stack>
        <WhoFields
          workspaceId={workspaceId}
          value={value}
          onChange={onChange}
          errors={errors}
          autoFocus={props.autoFocus}
        />
        <Divider />
        <WhatFields value={value} onChange={onChange} errors={errors} />
        <RichTextInput
          label={intl.formatMessage({ id: 'interaction.field.notes' })}
          value={value.notes}
          error={errors.notes}
          testId="notes-editor"
          onChange={(notes) => onChange({ notes })}
        />
        {value.isMeeting ? (
          <>
            <Divider label={intl.formatMessage({ id: 'interaction.section.meeting' })} labelPosition="left" />
            <MeetingFields
              workspaceId={workspaceId}
              userId={props.userId}
              value={value}
              onChange={onChange}
              errors={errors}
              withActionItems={props.isNew}
            />
          </>
        ) : null}
        {props.children}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            <FormattedMessage id="common.cancel" />
          </Button>
          <Button type="submit" loading={props.submitting} data-testid="interaction-submit">
            <FormattedMessage id={props.isNew ? 'interaction.log' : 'common.save'} />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
