import { Button, MultiSelect, Stack } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { notifyError } from '../../components/index.js';
import { nextColor, useCreateTag, useTags } from '../tags/index.js';

interface Props {
  workspaceId: string;
  value: string[];
  onChange: (tagIds: string[]) => void;
  error?: string;
}

/** Chooses workspace tags; a name that does not exist yet can be created on the spot. */
export function TagPicker({ workspaceId, value, onChange, error }: Props) {
  const intl = useIntl();
  const tags = useTags(workspaceId);
  const create = useCreateTag(workspaceId);
  const [search, setSearch] = useState('');
  const all = tags.data ?? [];
  const name = search.trim();
  const exists = all.some((tag) => tag.name.toLocaleLowerCase() === name.toLocaleLowerCase());

  const add = () =>
    create.mutate(
      { name, color: nextColor(all.length) },
      {
        onSuccess: (tag) => {
          onChange([...value, tag.id]);
          setSearch('');
        },
        onError: (e) => notifyError(intl, e),
      },
    );

  return (
    <Stack gap={4}>
      <MultiSelect
        label={intl.formatMessage({ id: 'partner.tags' })}
        data={all.map((tag) => ({ value: tag.id, label: tag.name }))}
        value={value}
        onChange={onChange}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        clearable
        error={error}
        comboboxProps={{ withinPortal: true }}
        nothingFoundMessage={intl.formatMessage({ id: 'common.nothingFound' })}
      />
      {name && !exists ? (
        <Button
          size="compact-xs"
          variant="subtle"
          style={{ alignSelf: 'flex-start' }}
          loading={create.isPending}
          onMouseDown={(e) => e.preventDefault()}
          onClick={add}
        >
          <FormattedMessage id="tags.createNamed" values={{ name }} />
        </Button>
      ) : null}
    </Stack>
  );
}
