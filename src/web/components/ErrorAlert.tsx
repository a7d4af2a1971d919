import { Alert } from '@mantine/core';
import { useErrorText } from '../i18n/index.js';

interface Props {
  error: unknown;
}

/** The translated sentence for a failed request, or nothing. */
export function ErrorAlert({ error }: Props) {
  const text = useErrorText(error);
  if (!text) return null;
  return (
    <Alert color="red" variant="light" role="alert" data-testid="error-alert">
      {text.message}
    </Alert>
  );
}
