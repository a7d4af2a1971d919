import '@mantine/tiptap/styles.css';
import { RichTextEditor, type RichTextEditorLabels, type RichTextEditorProps } from '@mantine/tiptap';
import Link from '@tiptap/extension-link';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useMemo, useRef } from 'react';
import { useIntl } from 'react-intl';

export interface RichTextEditorFieldProps {
  label: string;
  value: string;
  onChange: (html: string) => void;
  testId?: string;
}

// Bold, italic, lists and links: what the server keeps, less what the issue does not ask for.
const extensions = [
  StarterKit.configure({
    heading: false,
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    link: false,
  }),
  Link.configure({
    openOnClick: false,
    autolink: true,
    defaultProtocol: 'https',
    protocols: ['http', 'https', 'mailto'],
  }),
];

/** Tiptap with Mantine's toolbar, its buttons labelled in the user's language. Loaded on first use. */
export default function RichTextEditorField({ label, value, onChange, testId }: RichTextEditorFieldProps) {
  const intl = useIntl();
  const emitted = useRef(value);
  const editor = useEditor({
    extensions,
    content: value,
    editorProps: { attributes: { 'aria-label': label, 'aria-multiline': 'true', role: 'textbox' } },
    onUpdate: ({ editor: e }) => {
      emitted.current = e.isEmpty ? '' : e.getHTML();
      onChange(emitted.current);
    },
  });
  // A value set from outside (the conflict dialog's "discard mine") replaces the text.
  useEffect(() => {
    if (editor && value !== emitted.current) {
      emitted.current = value;
      editor.commands.setContent(value, { emitUpdate: false });
    }
  }, [editor, value]);

  const labels = useMemo((): Partial<RichTextEditorLabels> => {
    const t = (id: string) => intl.formatMessage({ id: `editor.${id}` });
    return {
      boldControlLabel: t('bold'),
      italicControlLabel: t('italic'),
      bulletListControlLabel: t('bulletList'),
      orderedListControlLabel: t('orderedList'),
      linkControlLabel: t('link'),
      unlinkControlLabel: t('unlink'),
      linkEditorInputLabel: t('linkAddress'),
      linkEditorInputPlaceholder: 'https://…',
      linkEditorExternalLink: t('linkExternal'),
      linkEditorInternalLink: t('linkInternal'),
      linkEditorSave: t('linkSave'),
    };
  }, [intl]);

  return (
    // Mantine's typings see tiptap's CommonJS declarations, the app its ES ones: the same editor.
    <RichTextEditor editor={editor as unknown as RichTextEditorProps['editor']} labels={labels} data-testid={testId}>
      <RichTextEditor.Toolbar>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Bold />
          <RichTextEditor.Italic />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.BulletList />
          <RichTextEditor.OrderedList />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Link />
          <RichTextEditor.Unlink />
        </RichTextEditor.ControlsGroup>
      </RichTextEditor.Toolbar>
      <RichTextEditor.Content mih={96} />
    </RichTextEditor>
  );
}
