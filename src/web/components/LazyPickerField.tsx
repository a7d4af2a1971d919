import { TextInput } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { PickerFieldProps } from './PickerField.js';

// React Aria's date picker is fetched with the first date field, so pages without one (and the
// first page) do not carry it, as with the rich text editor.
const PickerField = lazy(() => import('./PickerField.js').then((m) => ({ default: m.PickerField })));

/** The date picker, with a same-sized empty input while its code loads. */
export function LazyPickerField(props: PickerFieldProps) {
  const fallback = (
    <TextInput
      label={props.label}
      aria-label={props['aria-label']}
      description={props.description}
      required={props.required}
      size={props.size}
      style={props.style}
      w={props.w}
      readOnly
    />
  );
  return (
    <Suspense fallback={fallback}>
      <PickerField {...props} />
    </Suspense>
  );
}
