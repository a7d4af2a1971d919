import { Anchor, Stack, Stepper, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useWorkspace } from '../../app/WorkspaceContext.js';
import { ImportFileStep } from './ImportFileStep.js';
import { ImportHistory } from './ImportHistory.js';
import { ImportJobView } from './ImportJobView.js';
import { ImportMapping } from './ImportMapping.js';
import type { ImportUpload } from './imports.types.js';

/** The import wizard: file, column mapping with preview, progress and result; and past imports. */
export function ImportPage() {
  const intl = useIntl();
  const { workspace } = useWorkspace();
  const [upload, setUpload] = useState<ImportUpload | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const step = jobId ? 2 : upload ? 1 : 0;
  const restart = () => {
    setUpload(null);
    setJobId(null);
  };
  return (
    <Stack maw={1100}>
      <Anchor component={Link} to={`/w/${workspace.id}/partners`} size="sm">
        <FormattedMessage id="import.back" />
      </Anchor>
      <Title order={2}><FormattedMessage id="import.title" /></Title>
      <Stepper active={step} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={intl.formatMessage({ id: 'import.step.file' })} />
        <Stepper.Step label={intl.formatMessage({ id: 'import.step.mapping' })} />
        <Stepper.Step label={intl.formatMessage({ id: 'import.step.result' })} />
      </Stepper>
      {step === 0 ? <ImportFileStep workspaceId={workspace.id} onUploaded={(u) => setUpload(u)} /> : null}
      {step === 1 && upload ? (
        <ImportMapping workspaceId={workspace.id} upload={upload} onStarted={setJobId} onCancel={restart} />
      ) : null}
      {step === 2 && jobId ? <ImportJobView workspaceId={workspace.id} id={jobId} onAnother={restart} /> : null}
      <ImportHistory workspaceId={workspace.id} />
    </Stack>
  );
}
