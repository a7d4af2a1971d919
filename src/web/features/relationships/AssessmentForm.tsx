import { Button, Group, Paper, Radio, SimpleGrid, Stack, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { DateField, ErrorAlert, notifySaved, useFieldErrors } from '../../components/index.js';
import { useFormat } from '../../i18n/index.js';
import { today } from './formValues.js';
import { useAddAssessment } from './relationships.queries.js';

const SCORES = [1, 2, 3, 4, 5] as const;

interface Question {
  score: number | null;
  note: string;
}

/** Answers "can we help them?" and "can they help us?" from 1 to 5, each with a note. */
export function AssessmentForm({ workspaceId, relationshipId }: { workspaceId: string; relationshipId: string }) {
  const intl = useIntl();
  const format = useFormat();
  const add = useAddAssessment(workspaceId, relationshipId);
  const fieldError = useFieldErrors(add.error);
  const [we, setWe] = useState<Question>({ score: null, note: '' });
  const [they, setThey] = useState<Question>({ score: null, note: '' });
  const [on, setOn] = useState(today());
  const [tried, setTried] = useState(false);
  const required = intl.formatMessage({ id: 'error.rule.required' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (we.score === null || they.score === null) return;
    add.mutate(
      {
        canWeHelp: we.score,
        canWeHelpNote: we.note,
        canTheyHelp: they.score,
        canTheyHelpNote: they.note,
        assessedOn: on,
      },
      {
        onSuccess: () => {
          notifySaved(intl);
          setWe({ score: null, note: '' });
          setThey({ score: null, note: '' });
          setTried(false);
        },
      },
    );
  };

  const question = (id: 'canWeHelp' | 'canTheyHelp', value: Question, set: (q: Question) => void) => (
    <Stack gap="xs">
      <Radio.Group
        label={intl.formatMessage({ id: `value.${id}` })}
        description={intl.formatMessage({ id: 'value.scale' })}
        required
        value={value.score === null ? null : String(value.score)}
        onChange={(v) => set({ ...value, score: Number(v) })}
        error={fieldError(id) ?? (tried && value.score === null ? required : undefined)}
        data-testid={`score-${id}`}
      >
        <Group gap="md" mt={4}>
          {SCORES.map((n) => (
            <Radio key={n} value={String(n)} label={format.number(n)} />
          ))}
        </Group>
      </Radio.Group>
      <Textarea
        label={intl.formatMessage({ id: 'value.note' })}
        autosize
        minRows={2}
        maxLength={2000}
        value={value.note}
        error={fieldError(`${id}Note`)}
        onChange={(e) => set({ ...value, note: e.currentTarget.value })}
      />
    </Stack>
  );

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate data-testid="assessment-form">
        <Stack>
          <Title order={3} size="h5">
            <FormattedMessage id="value.new" />
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {question('canWeHelp', we, setWe)}
            {question('canTheyHelp', they, setThey)}
          </SimpleGrid>
          <DateField
            w={200}
            label={intl.formatMessage({ id: 'value.assessedOnLabel' })}
            value={on}
            error={fieldError('assessedOn')}
            onChange={(v) => setOn(v)}
          />
          <ErrorAlert error={add.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={add.isPending}>
              <FormattedMessage id="value.save" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
