import { ActionIcon, Anchor, Group, Text, ThemeIcon } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/index.js';
import type { Attachment } from './attachments.types.js';

interface Props {
  attachment: Attachment;
  size: string;
  /** Deletes it (absent for viewers). */
  onDelete?: () => void;
  deleting?: boolean;
}

const icon = (type: string) =>
  type.startsWith('image/') ? (
    <>
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <circle cx="9" cy="10" r="2" />
      <path d="M21 17l-5-5-8 8" />
    </>
  ) : (
    <>
      <path d="M6 3h8l5 5v13H6z" />
      <path d="M14 3v5h5" />
    </>
  );

/** One file: its name (downloads it, as an attachment), size, who added it and when; and delete. */
export function AttachmentRow({ attachment: a, size, onDelete, deleting }: Props) {
  const intl = useIntl();
  const format = useFormat();
  return (
    <Group gap="sm" wrap="nowrap" data-testid="attachment">
      <ThemeIcon variant="light" color="gray" aria-hidden>
        <svg
          width={16}
          height={16}
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth={2}
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          {icon(a.contentType)}
        </svg>
      </ThemeIcon>
      <div style={{ minWidth: 0, flex: 1 }}>
        <Anchor
          href={a.url}
          download={a.filename}
          size="sm"
          dir="auto"
          style={{ wordBreak: 'break-all' }}
          data-testid="attachment-link"
        >
          {a.filename}
        </Anchor>
        <Text size="xs" c="dimmed">
          {size} · {a.createdBy?.name ?? '—'} · {format.dateTime(a.createdAt)}
        </Text>
      </div>
      {onDelete ? (
        <ActionIcon
          variant="subtle"
          color="red"
          loading={deleting}
          onClick={onDelete}
          data-testid="attachment-delete"
          aria-label={intl.formatMessage({ id: 'attachment.delete' }, { name: a.filename })}
        >
          <span aria-hidden>×</span>
        </ActionIcon>
      ) : null}
    </Group>
  );
}
