import { Input, Skeleton } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { RichTextEditorFieldProps } from './RichTextEditorField.js';

// The editor (tiptap, ProseMirror) is fetched the first time a form needs it, not with the app.
const RichTextEditorField = lazy(() => import('./RichTextEditorField.js'));

/** A labelled rich text field: bold, italic, lists and links. */
export function RichTextInput(props: RichTextEditorFieldProps & { error?: string }) {
  const { error, ...field } = props;
  return (
    <Input.Wrapper label={props.label} error={error} labelElement="div">
      <Suspense fallback={<Skeleton h={140} radius="sm" />}>
        <RichTextEditorField {...field} />
      </Suspense>
    </Input.Wrapper>
  );
}
