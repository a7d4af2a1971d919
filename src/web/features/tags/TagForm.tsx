import { Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert, useFieldErrors } from '../../components/index.js';
import { ColorSwatches } from './ColorSwatches.js';
import { nextColor } from './palette.js';
import { useCreateTag } from './tags.queries.js';

/** Creates a tag with a name and a colour. */
export function TagForm({ workspaceId, count }: { workspaceId: string; count: number }) {
  const intl = useIntl();
  const create = useCreateTag(workspaceId);
  const fieldError = useFieldErrors(create.error);
  const [name, setName] = useState('');
  const [color, setColor] = useState<string | null>(null);
  const chosen = color ?? nextColor(count);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name, color: chosen },
      {
        onSuccess: () => {
          setName('');
          setColor(null);
        },
      },
    );
  };
  return (
    <Paper withBorder p="md" radius="md" data-testid="tag-form">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h5">
            <FormattedMessage id="tags.new" />
          </Title>
          <ErrorAlert error={create.error} />
          <Group align="flex-end">
            <TextInput
              label={intl.formatMessage({ id: 'tags.name' })}
              value={name}
              error={fieldError('name')}
              onChange={(e) => setName(e.currentTarget.value)}
            />
            <Stack gap={4}>
              <ColorSwatches value={chosen} onChange={setColor} />
            </Stack>
            <Button type="submit" loading={create.isPending}>
              <FormattedMessage id="common.create" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
