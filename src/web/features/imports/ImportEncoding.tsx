import { Alert, Select, Stack, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { LegacyEncoding } from '../../../shared/values/imports.js';
import { ErrorAlert } from '../../components/index.js';
import type { ImportUpload } from './imports.types.js';
import { usePreviewImport } from './imports.queries.js';

interface Props {
  workspaceId: string;
  upload: ImportUpload;
  onReread: (upload: ImportUpload) => void;
}

const isLegacy = (upload: ImportUpload, value: string | null): value is LegacyEncoding =>
  (upload.encodings as readonly string[]).includes(value ?? '');

/** The encoding to start the import with: the one chosen for a file that is not UTF-8, else none to send. */
export function encodingOf(upload: ImportUpload): { encoding?: LegacyEncoding } {
  return isLegacy(upload, upload.encoding) ? { encoding: upload.encoding } : {};
}

/**
 * For a file that is not UTF-8: the code page it was read in, and a choice of another; the
 * preview below is read again in the one chosen. Nothing shows for UTF-8 and UTF-16 files.
 */
export function ImportEncoding({ workspaceId, upload, onReread }: Props) {
  const intl = useIntl();
  const preview = usePreviewImport(workspaceId, upload.id);
  if (!upload.encodings.length) return null;
  const name = (encoding: string) => intl.formatMessage({ id: `import.encoding.${encoding}` });
  return (
    <Alert color="yellow" data-testid="import-encoding">
      <Stack gap="xs">
        <Text size="sm">{intl.formatMessage({ id: 'import.encoding.hint' }, { encoding: name(upload.encoding) })}</Text>
        <Select
          label={intl.formatMessage({ id: 'import.encoding' })}
          data={upload.encodings.map((e) => ({ value: e, label: name(e) }))}
          value={upload.encoding}
          allowDeselect={false}
          maw={360}
          disabled={preview.isPending}
          comboboxProps={{ withinPortal: true }}
          onChange={(value) => {
            if (isLegacy(upload, value) && value !== upload.encoding) preview.mutate(value, { onSuccess: onReread });
          }}
        />
        <ErrorAlert error={preview.error} />
      </Stack>
    </Alert>
  );
}
