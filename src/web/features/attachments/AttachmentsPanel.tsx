import { notifyError, showUndoToast } from '../../components/index.js';
import { Alert, Button, FileButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type DragEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { translateError, useLocale } from '../../i18n/index.js';
import { AttachmentRow } from './AttachmentRow.js';
import { useDeleteAttachment, useRestoreAttachment, useUploadAttachment } from './attachments.queries.js';
import { ACCEPTED_FILES, type Attachment } from './attachments.types.js';
import { uploadProblem } from './problems.js';
import { formatBytes } from './size.js';

interface Props {
  workspaceId: string;
  interactionId: string;
  attachments: Attachment[];
  canEdit: boolean;
}

/**
 * The interaction's files: download, delete (with undo), and add by choosing or dropping files,
 * one after the other; each refused file says why in the user's language (too large, a type that
 * cannot be attached, content that is not what its name says).
 */
export function AttachmentsPanel({ workspaceId, interactionId, attachments, canEdit }: Props) {
  const intl = useIntl();
  const { locale } = useLocale();
  const size = (bytes: number) => formatBytes(bytes, locale);
  const upload = useUploadAttachment(workspaceId, interactionId);
  const remove = useDeleteAttachment(workspaceId, interactionId);
  const restore = useRestoreAttachment(workspaceId, interactionId);
  const [current, setCurrent] = useState<string | null>(null);
  const [failures, setFailures] = useState<{ name: string; reason: string }[]>([]);

  const reasonOf = (error: unknown) => {
    const problem = uploadProblem(error, size);
    return problem ? intl.formatMessage({ id: problem.id }, problem.values) : translateError(intl, error).message;
  };
  const send = async (files: File[]) => {
    const failed: { name: string; reason: string }[] = [];
    for (const file of files) {
      setCurrent(file.name);
      await upload
        .mutateAsync(file)
        .catch((error: unknown) => failed.push({ name: file.name, reason: reasonOf(error) }));
    }
    setCurrent(null);
    setFailures(failed);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    if (canEdit && !current) void send([...event.dataTransfer.files]);
  };
  const doDelete = (a: Attachment) =>
    remove.mutate(a.id, {
      onError: (error) => notifyError(intl, error),
      onSuccess: () =>
        showUndoToast({
          id: `attachment-${a.id}`,
          message: <FormattedMessage id="attachment.deleted" values={{ name: a.filename }} />,
          onUndo: () => restore.mutate(a.id, { onError: (error) => notifyError(intl, error) }),
        }),
    });

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      data-testid="attachments"
      onDragOver={(e) => canEdit && e.preventDefault()}
      onDrop={drop}
    >
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5">
          <FormattedMessage id="attachment.title" />
        </Title>
        {canEdit ? (
          <FileButton multiple accept={ACCEPTED_FILES} onChange={(files) => void send(files)}>
            {(props) => (
              <Button {...props} size="xs" variant="light" loading={current !== null} data-testid="attachment-add">
                <FormattedMessage id="attachment.add" />
              </Button>
            )}
          </FileButton>
        ) : null}
      </Group>
      <Stack gap="xs">
        {current ? (
          <Text size="sm" c="dimmed">
            <FormattedMessage id="attachment.uploading" values={{ name: current }} />
          </Text>
        ) : null}
        {failures.map((f, i) => (
          <Alert
            key={i}
            color="red"
            variant="light"
            role="alert"
            data-testid="attachment-error"
            withCloseButton
            closeButtonLabel={intl.formatMessage({ id: 'common.close' })}
            onClose={() => setFailures((old) => old.filter((_, j) => j !== i))}
          >
            <FormattedMessage id="attachment.failed" values={{ name: f.name, reason: f.reason }} />
          </Alert>
        ))}
        {attachments.length === 0 ? (
          <Text size="sm" c="dimmed">
            <FormattedMessage id={canEdit ? 'attachment.emptyHint' : 'common.empty'} />
          </Text>
        ) : null}
        {attachments.map((a) => (
          <AttachmentRow
            key={a.id}
            attachment={a}
            size={size(a.sizeBytes)}
            onDelete={canEdit ? () => doDelete(a) : undefined}
            deleting={remove.isPending && remove.variables === a.id}
          />
        ))}
      </Stack>
    </Paper>
  );
}
