import { Button, FileInput, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../components/index.js';
import type { ImportTarget, ImportUpload } from './imports.types.js';
import { useUploadImport } from './imports.queries.js';

interface Props {
  workspaceId: string;
  target: ImportTarget;
  onUploaded: (u: ImportUpload, name: string) => void;
}

/** Step 1: choose a file (.csv or .vcf for partners, .csv for past interactions) and send it. */
export function ImportFileStep({ workspaceId, target, onUploaded }: Props) {
  const intl = useIntl();
  const upload = useUploadImport(workspaceId, target);
  const csvOnly = target === 'interactions';
  const [file, setFile] = useState<File | null>(null);
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Text size="sm">
          <FormattedMessage id={csvOnly ? 'interactionImport.intro' : 'import.intro'} />
        </Text>
        <FileInput
          label={intl.formatMessage({ id: 'import.file' })}
          placeholder={intl.formatMessage({ id: 'import.choose' })}
          accept={csvOnly ? '.csv,.tsv,.txt,text/csv' : '.csv,.tsv,.txt,.vcf,.vcard,text/csv,text/vcard'}
          value={file}
          onChange={setFile}
          clearable
          data-testid="import-file"
        />
        <ErrorAlert error={upload.error} />
        <Group justify="flex-end">
          <Button
            disabled={!file}
            loading={upload.isPending}
            onClick={() => file && upload.mutate(file, { onSuccess: (u) => onUploaded(u, file.name) })}
          >
            <FormattedMessage id="import.upload" />
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
