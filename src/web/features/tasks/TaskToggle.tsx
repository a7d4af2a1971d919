import { Checkbox } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { notifyError } from '../../components/index.js';
import { useSetTaskStatus } from './tasks.queries.js';
import type { Task, TaskStatus } from './tasks.types.js';

interface Props {
  workspaceId: string;
  task: Pick<Task, 'id' | 'version' | 'title' | 'status'>;
  disabled?: boolean;
  /** After the change is saved (e.g. to offer Undo). */
  onChanged?: (saved: Task, status: TaskStatus) => void;
}

/** Completes or reopens a task with one click; its label names the task. */
export function TaskToggle({ workspaceId, task, disabled, onChanged }: Props) {
  const intl = useIntl();
  const mutation = useSetTaskStatus(workspaceId);
  // What the user clicked shows at once and stays until the list brings the saved version.
  const [sent, setSent] = useState<{ version: number; status: TaskStatus } | null>(null);
  const done = sent?.version === task.version ? sent.status === 'done' : task.status === 'done';
  const status: TaskStatus = done ? 'open' : 'done';
  return (
    <Checkbox
      checked={done}
      disabled={disabled || mutation.isPending}
      aria-label={intl.formatMessage({ id: done ? 'task.reopen' : 'task.complete' }, { title: task.title })}
      data-testid="task-toggle"
      onChange={() => {
        setSent({ version: task.version, status });
        mutation.mutate(
          { task, status },
          {
            onSuccess: (saved) => onChanged?.(saved, status),
            onError: (error) => {
              setSent(null);
              notifyError(intl, error);
            },
          },
        );
      }}
    />
  );
}
