import { Anchor, Stack, Stepper, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useWorkspace } from '../../shared/index.js';
import { useFormat } from '../../i18n/index.js';
import { ImportFileStep } from './ImportFileStep.js';
import { ImportHistory } from './ImportHistory.js';
import { ImportJobView } from './ImportJobView.js';
import { ImportMapping } from './ImportMapping.js';
import type { ImportTarget, ImportUpload } from './imports.types.js';

const STEPS = ['import.step.file', 'import.step.mapping', 'import.step.result'];

/**
 * The import wizard: file, column mapping with preview, progress and result; and past imports. Of
 * partners (CSV or vCard, from the partner list), or of past interactions (CSV, from "log interaction").
 */
export function ImportPage({ target = 'partners' }: { target?: ImportTarget }) {
  const intl = useIntl();
  const format = useFormat();
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
      {target === 'partners' ? (
        <Anchor component={Link} to={`/w/${workspace.id}/partners`} size="sm">
          <FormattedMessage id="import.back" />
        </Anchor>
      ) : null}
      <Title order={1} size="h2">
        <FormattedMessage id={target === 'partners' ? 'import.title' : 'interactionImport.title'} />
      </Title>
      <Stepper active={step} size="sm" allowNextStepsSelect={false}>
        {STEPS.map((id, index) => (
          // The step number in the user's digits (Persian ones in Persian).
          <Stepper.Step key={id} label={intl.formatMessage({ id })} icon={format.number(index + 1)} />
        ))}
      </Stepper>
      {step === 0 ? (
        <ImportFileStep workspaceId={workspace.id} target={target} onUploaded={(u) => setUpload(u)} />
      ) : null}
      {step === 1 && upload ? (
        <ImportMapping
          // Read in another encoding, the columns may have other names: the mapping starts again from the suggestion.
          key={upload.encoding}
          workspaceId={workspace.id}
          upload={upload}
          onReread={setUpload}
          onStarted={setJobId}
          onCancel={restart}
        />
      ) : null}
      {step === 2 && jobId ? <ImportJobView workspaceId={workspace.id} id={jobId} onAnother={restart} /> : null}
      <ImportHistory workspaceId={workspace.id} />
    </Stack>
  );
}
