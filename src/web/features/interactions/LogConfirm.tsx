import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';

interface Props {
  question: string;
  confirm: string;
  back: string;
  onConfirm: () => void;
  onBack: () => void;
  testId: string;
}

/**
 * A question inside the log dialog (discard what was typed? save a date years ahead?). The safe
 * answer takes the focus, which also scrolls the question into view at the foot of a long form.
 */
export function LogConfirm({ question, confirm, back, onConfirm, onBack, testId }: Props) {
  const safe = useRef<HTMLButtonElement>(null);
  useEffect(() => safe.current?.focus(), []);
  return (
    <Alert color="yellow" variant="light" role="alert" data-testid={testId}>
      <Text size="sm" mb="xs">
        {question}
      </Text>
      <Group justify="flex-end" gap="xs">
        <Button ref={safe} size="xs" variant="default" onClick={onBack}>
          {back}
        </Button>
        <Button size="xs" color="yellow" onClick={onConfirm} data-testid={`${testId}-yes`}>
          {confirm}
        </Button>
      </Group>
    </Alert>
  );
}
